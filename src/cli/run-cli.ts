import { parseArgs, ParseArgsConfig } from 'node:util';
import { ConfigError } from '@app/config/env.schema';
import { UnreachableError } from '@app/database/preflight';
import { MissingJobHandlerError } from '@app/jobs/job-handler.registry';

/** A command line the program cannot act on (unknown or missing option): printed with the usage, no stack trace. */
export class UsageError extends Error {}

const HELP_FLAGS = new Set(['--help', '-h']);

/** node:util parseArgs, with its errors (unknown option, missing value) turned into a UsageError. */
export function parseCliArgs<T extends ParseArgsConfig['options']>(options: T, args: string[] = process.argv.slice(2)): ReturnType<typeof parseArgs<{ options: T }>>['values'] {
  try {
    return parseArgs({ options, args }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/**
 * Runs a command-line entry point. `--help` (or `-h`) prints the usage and exits 0 without running anything. Known
 * operator errors (bad config, a service down, a wrong option) print one line and exit 1 without a stack trace;
 * anything else prints the stack.
 */
export function runCli(name: string, main: () => Promise<void>, usage = `usage: press-inspect ${name} (settings come from the environment, see .env.example)`): void {
  if (process.argv.slice(2).some((a) => HELP_FLAGS.has(a))) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  main().then(
    () => undefined,
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`press-inspect ${name}: ${e.message}\n${usage}\n`);
      } else if (e instanceof UnreachableError || e instanceof ConfigError || e instanceof MissingJobHandlerError) {
        process.stderr.write(`press-inspect ${name}: ${e.message}\n`);
      } else {
        process.stderr.write(`press-inspect ${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      }
      process.exit(1);
    },
  );
}
