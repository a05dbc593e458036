import { ConfigError } from '@app/config/env.schema';
import { UnreachableError } from '@app/database/preflight';
import { MissingJobHandlerError } from '@app/jobs/job-handler.registry';

/**
 * Runs a command-line entry point: known operator errors (bad config, a service down) print one
 * line and exit 1 without a stack trace; anything else prints the stack.
 */
export function runCli(name: string, main: () => Promise<void>): void {
  main().then(
    () => undefined,
    (e: unknown) => {
      if (e instanceof UnreachableError || e instanceof ConfigError || e instanceof MissingJobHandlerError) {
        process.stderr.write(`press-inspect ${name}: ${e.message}\n`);
      } else {
        process.stderr.write(`press-inspect ${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      }
      process.exit(1);
    },
  );
}
