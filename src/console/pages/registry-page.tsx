import { ComingSoon } from '../components/coming-soon';

export const RegistryPage = ComingSoon;
