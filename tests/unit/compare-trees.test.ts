import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, normaliseHashes } from '../../scripts/lib/compare-trees.ts';

describe('normaliseHashes', () => {
  it('hides the hash in a script, a style sheet and an optimised image name', () => {
    expect(normaliseHashes('<script src="/nq57/_astro/search.Blu72JBX.js">')).toBe(
      '<script src="/nq57/_astro/search.[hash].js">',
    );
    expect(normaliseHashes('import{t as e}from"./search.CWZrOdJ_.js";')).toBe(
      'import{t as e}from"./search.[hash].js";',
    );
    expect(normaliseHashes('_astro/anh.Dd5Hpqqb_Z2chwe2.svg')).toBe('_astro/anh.[hash]_Z2chwe2.svg');
    expect(normaliseHashes('{"revision":"0123456789abcdef0123456789abcdef","url":"index.html"}')).toBe(
      '{"revision":"[rev]","url":"index.html"}',
    );
  });

  it('leaves names without a hash, and text outside _astro/, as they are', () => {
    expect(normaliseHashes('/thu-tuc/dang-ky-khai-sinh/ chart-setup.js')).toBe(
      '/thu-tuc/dang-ky-khai-sinh/ chart-setup.js',
    );
  });
});

describe('compareTrees', () => {
  function tree(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'cmp-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return root;
  }

  it('finds no difference when only hashes changed', () => {
    const a = tree({ 'index.html': '<script src="/_astro/a.AAAAAAAA.js">', '_astro/a.AAAAAAAA.js': 'x' });
    const b = tree({ 'index.html': '<script src="/_astro/a.BBBBBBBB.js">', '_astro/a.BBBBBBBB.js': 'x' });
    expect(compareTrees(a, b, readFileSync)).toEqual({ files: 2, differences: [] });
  });

  it('names a changed line, a missing file and an added one', () => {
    const a = tree({ 'index.html': 'một\nhai', 'old.txt': '' });
    const b = tree({ 'index.html': 'một\nba', 'new.txt': '' });
    expect(compareTrees(a, b, readFileSync).differences).toEqual([
      { kind: 'changed', path: 'index.html', line: 2, before: 'hai', after: 'ba' },
      { kind: 'only-after', path: 'new.txt' },
      { kind: 'only-before', path: 'old.txt' },
    ]);
  });
});

describe('compareTrees with chunks that share a name', () => {
  it('pairs them by content, whatever order their hashes sort in', () => {
    const root = (files: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'cmp-'));
      mkdirSync(join(dir, '_astro'));
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, '_astro', name), text);
      return dir;
    };
    const a = root({ 'index.AAAAAAAA.js': 'một', 'index.BBBBBBBB.js': 'hai' });
    const b = root({ 'index.CCCCCCCC.js': 'hai', 'index.DDDDDDDD.js': 'một' });
    expect(compareTrees(a, b, readFileSync)).toEqual({ files: 2, differences: [] });
    const c = root({ 'index.CCCCCCCC.js': 'hai', 'index.DDDDDDDD.js': 'ba' });
    expect(compareTrees(a, c, readFileSync).differences).toEqual([
      { kind: 'changed', path: '_astro/index.[hash].js', line: 1, before: 'một', after: 'ba' },
    ]);
  });
});
