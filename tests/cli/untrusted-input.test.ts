// Content that would crash or exhaust a parser stops the build quickly, before anything is built, with the
// Vietnamese message `npm run check` gives, naming the file: never a stack trace, never the file's contents.
// (A review found an alias bomb stopping the check with a stack trace naming no file, and a 5.6 MB news file
// running the build out of memory after 2 min 42 s.)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite, root, stackTrace } from './support/fixture-site.ts';

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
])('%s', (name, rel, text, message) => {
  const copy = fixtureSite(name.replace(/[^a-z0-9]+/gi, '-'), (site) =>
    writeFileSync(join(site, 'content', rel), text),
  );

  // The build's own time limit (two minutes, the helper's) stands for «quickly»: before, the 5.6 MB file ran
  // the build out of memory after 2 min 42 s. Nothing here times the machine.
  it.each([
    ['the build', copy.build],
    ['npm run check', copy.check],
  ])('stops %s at once, naming the file, with no stack trace and nothing of the file', (_, run) => {
    const { status, output } = run();
    expect(status).toBe(1);
    expect(output).toContain(`✗ content/${rel}`);
    expect(output).toMatch(message);
    expect(output).not.toMatch(stackTrace);
    expect(output).not.toMatch(/lol|bí mật/);
    expect(existsSync(join(copy.site, 'dist', 'index.html'))).toBe(false);
  });
});
