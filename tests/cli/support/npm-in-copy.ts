// npm scripts run in a clean copy of the checkout (scripts/clean-copy.ts) as from a newcomer's shell: none of
// the test run's settings (SITE_*, ports) or Vitest's own (NODE_ENV=test makes `astro dev` answer 404). A
// script must end well, with no stack trace in what it prints.
import { spawnSync } from 'node:child_process';
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
