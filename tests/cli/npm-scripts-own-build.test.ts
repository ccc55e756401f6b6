// The npm scripts that build a site of their own (bench in temporary folders, dev in memory), on a clean copy
// of the checkout: beside npm-scripts.test.ts, whose scripts share the dist/ that npm start builds, so that
// Vitest runs the two copies side by side. Slow: scripts/test.sh runs it in its own step.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanCopy } from '../../scripts/clean-copy.ts';
import { changesIn, npmIn, serves } from './support/npm-in-copy.ts';

const root = join(import.meta.dirname, '..', '..');
const copy = cleanCopy(root);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('npm scripts that build their own site, on a clean copy of the checkout', { timeout: 900_000 }, () => {
  it('npm run bench builds a synthetic unit with a few extra pages', () => {
    expect(npmIn(copy, 'bench', ['10'])).toMatch(/\+10: \+\d+ trang HTML/);
  });

  it('npm run dev serves the site', async () => {
    expect(await serves(copy, 'dev', '/')).toContain('<html lang="vi"');
  });

  it('the scripts left the copy as git found it: what they wrote, git ignores', () => {
    expect(changesIn(copy)).toBe('');
  });
});
