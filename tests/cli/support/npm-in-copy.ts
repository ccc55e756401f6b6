// npm scripts run in a clean copy of the checkout (scripts/clean-copy.ts) as from a newcomer's shell: none of
// the test run's settings (SITE_*, ports) or Vitest's own (NODE_ENV=test makes `astro dev` answer 404). A
// script must end well, with no stack trace in what it prints.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect } from 'vitest';

export const newcomerEnv: Record<string, string | undefined> = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(SITE_|VITEST|TEST_PORT_BASE$|PORT$|NODE_ENV$)/.test(key)),
);

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

/** Runs `npm run <script> -- <args>` in `copy` (with `extra` settings), expects exit 0, returns what it printed. */
export function npmIn(copy: string, script: string, args: readonly string[] = [], extra: Record<string, string> = {}) {
  const run = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: copy,
    env: { ...newcomerEnv, ...extra },
    encoding: 'utf8',
    timeout: 600_000,
  });
  const output = `${run.stdout}\n${run.stderr}`;
  expect(output, output).not.toMatch(stackTrace);
  expect(run.status, `npm run ${script} thoát với mã ${run.status}:\n${output}`).toBe(0);
  return output;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('port'))));
    });
  });
}

/** Starts a long-running script in `copy`, waits until `path` answers 200, stops the script and its children. */
export async function serves(copy: string, script: string, path: string): Promise<string> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'npm',
    ['run', '--silent', script, ...(script === 'dev' ? ['--', '--port', String(port)] : [])],
    {
      cwd: copy,
      env: { ...newcomerEnv, PORT: String(port) },
      detached: true,
      stdio: 'ignore',
    },
  );
  try {
    const deadline = Date.now() + 300_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm run ${script} dừng với mã ${child.exitCode}`);
      const response = await fetch(`http://localhost:${port}${path}`).catch(() => undefined);
      // Awaited here: the finally below stops the server, and must not do so while the page is still arriving.
      if (response?.status === 200) return await response.text();
      if (Date.now() > deadline) throw new Error(`npm run ${script} không trả lời ở cổng ${port}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

/** What `git status` reports in `copy`: empty when the scripts wrote only what git ignores. */
export function changesIn(copy: string): string {
  return spawnSync('git', ['status', '--porcelain'], { cwd: copy, encoding: 'utf8' }).stdout;
}
