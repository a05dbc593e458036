import { ComingSoon } from '../components/coming-soon';

export const NewCasePage = ComingSoon;
