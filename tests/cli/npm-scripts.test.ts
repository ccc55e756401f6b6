// Every npm script a newcomer or a host runs, on a clean copy of the checkout (what a fresh clone holds:
// no dist/, no caches, nothing left from this machine), so a missing folder or file can't hide again.
// Slow (it builds the site twice and runs Lighthouse): scripts/test.sh runs it in its own step.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanCopy } from '../../scripts/clean-copy.ts';
import { newcomerEnv, npmIn } from './support/npm-in-copy.ts';

const root = join(import.meta.dirname, '..', '..');
const copy = cleanCopy(root);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const env = newcomerEnv;
const npmRun = (script: string, ...args: string[]): string => npmIn(copy, script, args);

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

/** Starts a long-running script, waits until `path` answers 200, and stops the script and its children. */
async function serves(script: string, path: string): Promise<string> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'npm',
    ['run', '--silent', script, ...(script === 'dev' ? ['--', '--port', String(port)] : [])],
    {
      cwd: copy,
      env: { ...env, PORT: String(port) },
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

describe('npm scripts on a clean copy of the checkout', { timeout: 900_000 }, () => {
  it('the copy holds what a fresh clone holds, and nothing the machine left behind', () => {
    for (const kept of ['package-lock.json', 'public/favicon.svg', 'scripts/with-node.sh']) {
      expect(existsSync(join(copy, kept)), kept).toBe(true);
    }
    for (const left of ['dist', '.astro', 'test-results']) expect(existsSync(join(copy, left)), left).toBe(false);
  });

  it('npm start builds the site and serves it', async () => {
    const home = await serves('start', '/');
    expect(home).toContain('<html lang="vi"');
    expect(existsSync(join(copy, 'dist', 'favicon.svg'))).toBe(true);
  });

  it('npm run budget measures the build', () => {
    expect(npmRun('budget')).toMatch(/Trang chủ|trang chủ/);
  });

  // One query, not the five it measures by default: this shows the script runs on a fresh clone; the
  // figures themselves are for a developer to read (it asserts nothing), and each query costs about 40 s here.
  it('npm run search:measure times the first and the full results of a query on both links, both ways', () => {
    const output = npmRun('search:measure', '--query=dang ky khai sinh');
    for (const link of ['mạng nhanh', '3G yếu']) {
      expect(output).toMatch(new RegExp(`«dang ky khai sinh» +${link} +\\d+ +[\\d.]+ +\\d+ +[\\d.]+ +\\d+ yc`));
    }
    expect(output).not.toMatch(/«ket hon»/);
    expect(output.match(/ yc /g)?.length).toBe(4);
  });

  it('npm run lighthouse scores five page types, the unit’s QR landing page among them', () => {
    const output = npmRun('lighthouse');
    expect(output).toMatch(/Trang mã QR +\d+ +\d+ +\d+ +\d+/);
    expect(output).toMatch(/Bài tin +\d+ +\d+ +\d+ +\d+/);
  });

  it('npm run bench builds a synthetic unit with a few extra pages', () => {
    expect(npmRun('bench', '10')).toMatch(/\+10: \+\d+ trang HTML/);
  });

  it('npm run dev serves the site', async () => {
    expect(await serves('dev', '/')).toContain('<html lang="vi"');
  });

  it('npm run check checks the content', () => {
    npmRun('check', '--content-only');
  });

  it('the scripts left the copy as git found it: what they wrote, git ignores', () => {
    const status = spawnSync('git', ['status', '--porcelain'], { cwd: copy, encoding: 'utf8' });
    expect(status.stdout).toBe('');
  });
});
