import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { isolatedEnvironment } from './harness';

const ROOT = join(__dirname, '..', '..');

function run(entry: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', entry], {
      cwd: ROOT,
      env: { ...env, TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'), LOG_LEVEL: 'silent' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('worker start-up check', () => {
  it('should exit non-zero with one line naming a job of the catalogue that has no handler', async () => {
    const env = await isolatedEnvironment();
    try {
      const result = await run('test/fixtures/entries/worker-missing-handler.ts', process.env);
      expect(result.code).not.toBe(0);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^press-inspect worker: no handler is registered for job "licence-expiry-sweep"/);
    } finally {
      await env.dispose();
    }
  }, 60_000);
});
