import { ComingSoon } from '../components/coming-soon';

export const CasePage = ComingSoon;
