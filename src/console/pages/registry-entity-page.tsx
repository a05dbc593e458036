import { ComingSoon } from '../components/coming-soon';

export const RegistryEntityPage = ComingSoon;
