import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { validateEnv } from '@app/config/env.schema';
import { dataSourceOptions } from '@app/entities';

/** Used only by the TypeORM CLI (`npm run migration:*`); the app builds its own through Nest. */
export default new DataSource(dataSourceOptions(validateEnv(process.env).DATABASE_URL));
