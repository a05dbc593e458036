import { AsyncLocalStorage } from 'node:async_hooks';
import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Code running inside a transaction asked the pool for a second connection. Under load this is the deadlock the
 * outside test found (issue 12, finding 1): when every pooled connection is held by a transaction waiting for one
 * more, nothing moves again. Pass the transaction's EntityManager down instead, or do the work before or after it.
 */
export class SecondConnectionInTransactionError extends Error {
  constructor() {
    super('a second database connection was requested while this request holds one in a transaction: pass the transaction manager down');
  }
}

interface TransactionContext {
  holding: boolean;
}

type TransactionFn = EntityManager['transaction'];
type ObtainConnection = () => Promise<unknown>;

/**
 * Makes "a transaction takes a second pooled connection" fail at once instead of deadlocking under load: the
 * request's async context remembers that it holds a connection, and the driver refuses to hand it another.
 * `strict` throws (development, tests: every path the suites drive is checked); otherwise it is logged with the
 * stack, so production keeps serving while the path is found.
 */
export function installTransactionGuard(dataSource: DataSource, strict: boolean): void {
  const context = new AsyncLocalStorage<TransactionContext>();
  const logger = new Logger('TransactionGuard');
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  const guarded = (...args: unknown[]): Promise<unknown> => {
    const i = args.findIndex((a) => typeof a === 'function');
    const run = args[i] as (m: EntityManager) => Promise<unknown>;
    const state: TransactionContext = { holding: false };
    const wrapped = async (m: EntityManager): Promise<unknown> => {
      state.holding = true;
      try {
        return await run(m);
      } finally {
        state.holding = false;
      }
    };
    const next = [...args];
    next[i] = wrapped;
    return context.run(state, () => transaction(...next));
  };
  Object.defineProperty(manager, 'transaction', { value: guarded as TransactionFn, configurable: true, writable: true });

  const driver = dataSource.driver as unknown as { obtainMasterConnection: ObtainConnection };
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () => {
    if (context.getStore()?.holding) {
      const error = new SecondConnectionInTransactionError();
      if (strict) return Promise.reject(error);
      logger.error({ stack: error.stack }, error.message);
    }
    return obtain();
  };
}
