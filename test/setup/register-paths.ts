import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// Jest's moduleNameMapper does not apply to globalSetup/globalTeardown: resolve our aliases here.
register({ baseUrl: join(__dirname, '..', '..'), paths: { '@app/*': ['src/*'], '@libs/*': ['libs/*'] } });
