// The check's and the build's time grows with the content's size, not with its square: a 1 MB body (real
// news and campaign text, repeated) is checked and read aloud in seconds. The bulletin's choice of what to read
// is measured by what it words (a count, whatever the machine's speed); the wording of a paragraph and the
// check of a body by the ratio of their fastest times at two sizes, with a bound far from either growth.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { lintEntry } from '../../src/checks/content-lint.ts';
import { bulletinSource } from '../../src/data/bulletin-sources.ts';
import { visibleText } from '../../src/lib/mdast.ts';
import { assembleBulletin, itemScript, toSpokenScript } from '../../src/lib/spoken/index.ts';
import { imagePath, kindFiles, readContentFile, readFile } from '../../src/reader/index.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';

/** Characters the loudspeaker wording was given (every call, from any caller). */
const worded = vi.hoisted(() => ({ characters: 0 }));
vi.mock('../../src/lib/spoken/script.ts', async (original) => {
  const script = await original<typeof import('../../src/lib/spoken/script.ts')>();
  return {
    ...script,
    toSpokenScript: (paragraphs: readonly string[], options?: Parameters<typeof script.toSpokenScript>[1]) => {
      worded.characters += paragraphs.reduce((sum, p) => sum + p.length, 0);
      return script.toSpokenScript(paragraphs, options);
    },
  };
});

const content = join(import.meta.dirname, '..', '..', 'content');
const units = ['hong-bang', 'cat-hai', 'phu-lien'];
/** Every real news item's and campaign article's body, one after another. */
const realText = [collectionSpecs.news, collectionSpecs.campaigns]
  .flatMap((spec) => [...new Set(units.flatMap((unit) => kindFiles(spec, unit, content)))])
  .map((rel) => readFile(rel, content).body)
  .join('\n\n');

/** A body of at least `bytes`, of real text. */
const realBody = (bytes: number) => `${realText}\n\n`.repeat(Math.ceil(bytes / Buffer.byteLength(realText)));

const front = [
  'title: Tin kiểm thử rất dài',
  'date: 2025-12-11',
  'summary: Một tin dài để đo thời gian kiểm tra và đọc trên loa.',
  'sources:',
  '  - { document: Báo cáo số 1/BC-UBND, issuer: UBND phường Hồng Bàng, date: 2025-12-11 }',
].join('\n');
const unit = { name: 'Phường Hồng Bàng', shortName: 'Hồng Bàng', committee: 'Ủy ban nhân dân phường Hồng Bàng' };
const context = {
  pages: new Set(['/']),
  fileSize: () => undefined,
  allowedHosts: new Set<string>(),
  unit: 'hong-bang',
};

/** What the check does with one news file: parse, schema, body text, lint. */
function check(body: string) {
  const file = 'content/units/hong-bang/news/tin-dai.mdx';
  const raw = `---\n${front}\n---\n\n${body}`;
  const read = readContentFile(file, raw);
  const parsed = collectionSpecs.news.schema(imagePath).safeParse(read.data);
  visibleText(read.tree ?? { type: 'root', children: [] });
  return { parsed, problems: lintEntry({ file, raw, data: parsed.data, tree: read.tree }, context) };
}

/** What the build does with it for the loudspeakers: its script read alone, and the weekly bulletin. */
function readAloud(body: string) {
  const data = { title: 'Tin kiểm thử rất dài', summary: 'Tóm tắt.', date: new Date('2025-12-11'), sources: [] };
  const source = bulletinSource('news', { id: 'tin-dai', body, data: { ...data, sources: [{ issuer: 'UBND' }] } });
  return { script: itemScript(source), bulletin: assembleBulletin([source], unit) };
}

/** The shortest of three runs, in milliseconds: the least disturbed by other work on the machine. */
function fastest(work: () => unknown): number {
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
  return Math.max(Math.min(...times), 1);
}

describe('a 1 MB body', () => {
  const body = realBody(1024 * 1024);

  it('is checked in seconds', () => {
    const start = performance.now();
    const { parsed, problems } = check(body);
    expect(parsed.success).toBe(true);
    expect(problems).toEqual([]);
    expect(performance.now() - start).toBeLessThan(15_000);
  }, 60_000);

  it('is read aloud in seconds: its whole script, and the bulletin', () => {
    const start = performance.now();
    const { script, bulletin } = readAloud(body);
    expect(script.join(' ').length).toBeGreaterThan(500_000);
    expect(bulletin.seconds).toBeLessThanOrEqual(300);
    expect(performance.now() - start).toBeLessThan(15_000);
  }, 60_000);
});

describe('the weekly bulletin', () => {
  it('words what it reads, not the whole of an item, however long the item', () => {
    const wordedFor = (bytes: number) => {
      const data = {
        title: 'Tin dài',
        summary: 'Tóm tắt.',
        date: new Date('2025-12-11'),
        sources: [{ issuer: 'UBND' }],
      };
      const source = bulletinSource('news', { id: 'tin-dai', body: realBody(bytes), data });
      worded.characters = 0;
      assembleBulletin([source], unit);
      return worded.characters;
    };
    const small = wordedFor(64 * 1024);
    const large = wordedFor(512 * 1024);
    expect(small).toBeLessThan(64 * 1024);
    expect(large).toBeLessThanOrEqual(small * 1.1);
  });
});

describe('time that grows with the size, not its square', () => {
  /** Paragraphs that each once took time growing with the square of their length. */
  const hardParagraphs = (n: number) => [
    `Chữ ${'a'.repeat(n)} hết.`,
    `Xem ${'a-'.repeat(n / 2)} hết.`,
    `Tổng ${'12 người, '.repeat(n / 10)}hết.`,
    `Theo ${'Kế hoạch số 192/KH-UBND, '.repeat(n / 25)}hết.`,
    `Người dân ${'trong đó có một hai ba bốn năm sáu bảy tám chín, '.repeat(n / 50)}hết.`,
    `${'Một hai ba bốn năm sáu bảy tám chín mười: '.repeat(n / 45)}hết.`,
    `Thư ${'a@'.repeat(n / 2)} hết.`,
    `Có ${'('.repeat(n / 4)}x${')'.repeat(n / 4)} hết.`,
  ];

  it('to word paragraphs for the loudspeakers', () => {
    const [small, large] = [hardParagraphs(20_000), hardParagraphs(80_000)];
    const ratio = fastest(() => toSpokenScript(large)) / fastest(() => toSpokenScript(small));
    expect(ratio).toBeLessThan(8);
  }, 120_000);

  it('to check a body full of findings (links that lead nowhere, tags, addresses)', () => {
    const hardBody = (n: number) =>
      [
        '[chữ](/khong-co/)\n'.repeat(n / 18),
        `Đoạn ${'<a href="/khong-co/">x '.repeat(400)}\n`,
        'Xem https://la.example/a ở đây.\n'.repeat(n / 32),
      ].join('\n');
    // The lint alone, on files already parsed: where a finding's line was found by reading the file from its start.
    const lint = (n: number) => {
      const file = 'content/units/hong-bang/news/tin-dai.md';
      const raw = `---\n${front}\n---\n\n${hardBody(n)}`;
      const read = readContentFile(file, raw);
      return () => lintEntry({ file, raw, data: read.data, tree: read.tree }, context);
    };
    // Eight times the size: linear takes about 8 times as long (less, with the fixed costs), the square 64.
    const [small, large] = [lint(25_000), lint(200_000)];
    expect(large().length).toBeGreaterThan(8000);
    const ratio = fastest(large) / fastest(small);
    expect(ratio).toBeLessThan(20);
  }, 120_000);
});
