// The npm scripts a newcomer or a host runs on a built site, on a clean copy of the checkout (what a fresh
// clone holds: no dist/, no caches, nothing left from this machine), so a missing folder or file can't hide
// again: start builds dist/, which budget, search:measure and lighthouse then read. The scripts that build
// their own (bench, dev) are in npm-scripts-own-build.test.ts, so that Vitest runs the two copies side by side.
// Slow (it builds the site and runs Lighthouse): scripts/test.sh runs it in its own step.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanCopy } from '../../scripts/clean-copy.ts';
import { changesIn, npmIn, serves } from './support/npm-in-copy.ts';

const root = join(import.meta.dirname, '..', '..');
const copy = cleanCopy(root);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const npmRun = (script: string, ...args: string[]): string => npmIn(copy, script, args);

describe('npm scripts on a clean copy of the checkout', { timeout: 900_000 }, () => {
  it('the copy holds what a fresh clone holds, and nothing the machine left behind', () => {
    for (const kept of ['package-lock.json', 'public/favicon.svg', 'scripts/with-node.sh']) {
      expect(existsSync(join(copy, kept)), kept).toBe(true);
    }
    for (const left of ['dist', '.astro', 'test-results']) expect(existsSync(join(copy, left)), left).toBe(false);
  });

  it('npm start builds the site and serves it', async () => {
    const home = await serves(copy, 'start', '/');
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

  // Two of its five pages: this shows the script runs on a fresh clone (each page costs about 9 s here).
  it('npm run lighthouse scores the unit’s QR landing page and a news article', () => {
    const output = npmRun('lighthouse', '--pages=qr,news');
    expect(output).toMatch(/Trang mã QR +\d+ +\d+ +\d+ +\d+/);
    expect(output).toMatch(/Bài tin +\d+ +\d+ +\d+ +\d+/);
    expect(output).not.toMatch(/Trang chủ +\d+/);
  });

  it('npm run check checks the content', () => {
    npmRun('check', '--content-only');
  });

  it('the scripts left the copy as git found it: what they wrote, git ignores', () => {
    expect(changesIn(copy)).toBe('');
  });
});
