/** Shared names between the Jest global setup (parent process) and the test files (workers). */
export const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEMPLATE_ENV = 'PI_TEST_TEMPLATE_DB';
export const RUN_ENV = 'PI_TEST_RUN_ID';
