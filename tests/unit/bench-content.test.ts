import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validateContent } from '../../src/checks/validate-content.ts';
import { readEntries } from '../../src/reader/index.ts';
import {
  BENCH_SOURCE,
  BENCH_UNIT,
  benchFiles,
  benchUnitProfile,
  newsDate,
  plan,
  syntheticGuide,
  syntheticNews,
} from '../../scripts/lib/bench-content.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';

const root = join(import.meta.dirname, '..', '..');
const templates = readEntries(collectionSpecs.procedures, 'hong-bang', join(root, 'content')).map((e) => e.data);

describe('plan', () => {
  it.each([0, 1, 2, 3, 7, 200, 999, 1000, 5000])('splits %i extra pages exactly, about 60% news', (extra) => {
    const { news, guides } = plan(extra);
    expect(news + guides).toBe(extra);
    expect(news).toBeGreaterThanOrEqual(0);
    expect(guides).toBeGreaterThanOrEqual(0);
    expect(Math.abs(news - extra * 0.6)).toBeLessThanOrEqual(0.5);
  });

  it('gives 600 news and 400 guides for 1,000', () => {
    expect(plan(1000)).toEqual({ news: 600, guides: 400 });
  });

  it.each([-1, 1.5, Number.NaN])('rejects %s', (extra) => {
    expect(() => plan(extra)).toThrow(RangeError);
  });
});

describe('benchFiles', () => {
  const files = benchFiles(5000, templates);

  it('makes one file per extra page, with unique ids and paths', () => {
    expect(files).toHaveLength(5000);
    expect(new Set(files.map((f) => f.id)).size).toBe(5000);
    expect(new Set(files.map((f) => f.path)).size).toBe(5000);
    expect(files.filter((f) => f.path.startsWith(`units/${BENCH_UNIT}/news/`))).toHaveLength(3000);
    expect(files.filter((f) => f.path.startsWith('shared/procedures/'))).toHaveLength(2000);
  });

  it('names ids as slugs the site accepts, and the file after its id', () => {
    for (const f of files) {
      expect(f.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(f.path).toMatch(new RegExp(`/${f.id}\\.(mdx|yaml)$`));
    }
  });

  it('never gives a guide a code (codes must be unique), and marks every item as synthetic', () => {
    for (const f of files) {
      expect(f.text).toContain(BENCH_SOURCE);
      if (f.path.endsWith('.yaml')) expect(f.text).toMatch(/^code: null$/m);
    }
    const guide = files.find((f) => f.path.endsWith('.yaml'));
    expect((parseYaml(guide?.text ?? '') as { code: unknown }).code).toBeNull();
  });

  it('uses every real guide as a template in turn', () => {
    const guides = files.filter((f) => f.path.endsWith('.yaml')).slice(0, templates.length);
    const titles = new Set(guides.map((f) => /«(.+)»\)/.exec(parseYaml(f.text).title)?.[1]));
    expect(titles).toEqual(new Set(templates.map((t) => t.title)));
  });
});

describe('dates of synthetic news', () => {
  it('are valid calendar dates in the past, written YYYY-MM-DD', () => {
    for (const i of [1, 2, 365, 999, 1000, 1001, 4999, 5000]) {
      const date = newsDate(i);
      expect(Number.isNaN(date.getTime())).toBe(false);
      expect(date.getTime()).toBeLessThan(Date.now());
      const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(syntheticNews(i, date).text)?.[1] ?? '') as {
        date: unknown;
      };
      expect(front.date).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      expect(new Date(String(front.date)).getTime()).toBe(date.getTime());
    }
  });

  it('spread over many days', () => {
    expect(new Set(Array.from({ length: 1000 }, (_, i) => newsDate(i).getTime())).size).toBe(1000);
  });
});

describe('synthetic guide', () => {
  it('takes the documents and steps of its template and a distinct title', () => {
    const template = templates.find((t) => t.code === '1.001193');
    if (!template) throw new Error('no guide with code 1.001193 in content/shared/procedures');
    const data = parseYaml(syntheticGuide(12, template).text);
    expect(data.title).toMatch(/^Thủ tục thử tải số 12 /);
    expect(data.documents).toHaveLength(template.documents.length);
    expect(data.steps).toHaveLength(template.steps.length);
    expect(data.portalUrl).toBeUndefined();
  });
});

describe('a small batch passes the real content check', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'nq57-bench-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('20 news and 10 guides in a synthetic unit: no problem', () => {
    const dir = join(tmp, 'content');
    cpSync(join(root, 'content'), dir, { recursive: true });
    cpSync(join(dir, 'units', 'hong-bang'), join(dir, 'units', BENCH_UNIT), { recursive: true });
    const profile = parseYaml(readFileSync(join(dir, 'units', 'hong-bang', 'unit.yaml'), 'utf8'));
    writeFileSync(join(dir, 'units', BENCH_UNIT, 'unit.yaml'), benchUnitProfile(profile));
    const files = [
      ...benchFiles(50, templates)
        .filter((f) => f.path.endsWith('.mdx'))
        .slice(0, 20),
      ...benchFiles(25, templates).filter((f) => f.path.endsWith('.yaml')),
    ];
    expect(files).toHaveLength(30);
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    expect(validateContent([BENCH_UNIT], dir, join(root, 'public'))).toEqual([]);
    // The check did read them: all 30 are entries, and a guide given a code already in use is refused.
    expect(readEntries(collectionSpecs.units, BENCH_UNIT, dir)[0]?.data.name).toBe('Đơn vị thử tải');
    expect(
      readEntries(collectionSpecs.news, BENCH_UNIT, dir).filter((e) => e.id.startsWith('tin-thu-tai-')),
    ).toHaveLength(20);
    const guide = files.find((f) => f.path.endsWith('.yaml'));
    writeFileSync(join(dir, guide?.path ?? ''), guide?.text.replace(/^code: null$/m, "code: '1.001193'") ?? '');
    expect(validateContent([BENCH_UNIT], dir, join(root, 'public'))).toContainEqual(
      expect.objectContaining({ file: `content/${guide?.path}`, field: 'code' }),
    );
  });
});
