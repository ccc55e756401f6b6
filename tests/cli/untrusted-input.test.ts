// Content that would crash or exhaust a parser stops the build quickly, before anything is built, with the
// Vietnamese message `npm run check` gives, naming the file: never a stack trace, never the file's contents.
// (A review found an alias bomb stopping the check with a stack trace naming no file, and a 5.6 MB news file
// running the build out of memory after 2 min 42 s.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const astro = join(root, 'node_modules', '.bin', 'astro');
const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;
const outDir = mkdtempSync(join(tmpdir(), 'nq57-untrusted-out-'));
const site = mkdtempSync(join(tmpdir(), 'nq57-untrusted-site-'));
cpSync(join(root, 'tests', 'fixtures', 'valid'), join(site, 'content'), { recursive: true });
cpSync(join(root, 'tests', 'fixtures', 'public'), join(site, 'public'), { recursive: true });
const env = { SITE_CONTENT_DIR: join(site, 'content'), SITE_UNIT: 'demo', SITE_OUT_DIR: outDir };
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

function run(command: string, args: string[]) {
  const start = performance.now();
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    seconds: (performance.now() - start) / 1000,
  };
}

const bomb = readFileSync(join(root, 'tests/fixtures/invalid/units/demo/qr/bom-tham-chieu.yaml'), 'utf8');

describe.each([
  [
    'an alias bomb in a news item',
    'units/demo/news/zz-bom.mdx',
    `---\ntitle: Tin có bom\n${bomb}---\n\nNội dung.\n`,
    /dùng quá nhiều tham chiếu YAML/,
  ],
  [
    'a 5 MB news item',
    'units/demo/news/zz-qua-lon.mdx',
    `---\ntitle: Tin quá lớn\ndate: 2025-12-11\n---\n\n${'Nội dung bí mật dài. '.repeat(250_000)}\n`,
    /tệp nặng \d+ kB, quá giới hạn 300 kB của mục Tin nổi bật/,
  ],
  [
    'an alias bomb in the unit profile (the site configuration reads it first)',
    'units/demo/unit.yaml',
    `${readFileSync(join(root, 'tests/fixtures/valid/units/demo/unit.yaml'), 'utf8')}${bomb}`,
    /dùng quá nhiều tham chiếu YAML/,
  ],
])('%s', (_name, rel, text, message) => {
  it('stops the build and the check at once, naming the file, with no stack trace', () => {
    const path = join(site, 'content', rel);
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    writeFileSync(path, text);
    try {
      for (const [command, args] of [
        [astro, ['build']],
        [process.execPath, ['scripts/check.ts', '--content-only']],
      ] as const) {
        const { status, output, seconds } = run(command, [...args]);
        expect(status).toBe(1);
        expect(output).toContain(`✗ content/${rel}`);
        expect(output).toMatch(message);
        expect(output).not.toMatch(stackTrace);
        expect(output).not.toMatch(/lol|bí mật/);
        expect(seconds).toBeLessThan(90);
      }
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    } finally {
      if (before === undefined) rmSync(path);
      else writeFileSync(path, before);
    }
  }, 300_000);
});
