import { ComingSoon } from '../components/coming-soon';

export const RegistryNewPage = ComingSoon;
