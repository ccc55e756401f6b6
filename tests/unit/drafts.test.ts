// Drafts, one rule at a time: the `draft` field every kind but the unit profile takes, a draft's findings kept
// as a reminder, a draft left out of the entries build steps read, and published content that names a draft
// refused as if it named nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatDrafts } from '../../src/checks/validate-content.ts';
import { readEntries } from '../../src/reader/index.ts';
import { isDraft, withDraft } from '../../src/schemas/common.ts';
import { collectionJsonSchema } from '../../src/schemas/schema-json.ts';
import { collectionSpecs, type CollectionName } from '../../src/schemas/index.ts';

const site = mkdtempSync(join(tmpdir(), 'nq57-drafts-unit-'));
const dir = join(site, 'content');
cpSync(join(import.meta.dirname, '..', 'fixtures', 'valid'), dir, { recursive: true });
cpSync(join(import.meta.dirname, '..', 'fixtures', 'public'), join(site, 'public'), { recursive: true });
afterAll(() => rmSync(site, { recursive: true, force: true }));

const check = () => checkContent(['demo'], dir, join(site, 'public'));
const metrics = 'units/demo/metrics/so-lieu-mau.json';
const screen = 'units/demo/screens/man-hinh-mau.yaml';
const chart = 'units/demo/news/tin-co-bieu-do.mdx';

/** Runs `body` with one file rewritten, then puts it back. */
function withFile(path: string, edit: (text: string) => string, body: () => void) {
  const file = join(dir, path);
  const before = readFileSync(file, 'utf8');
  writeFileSync(file, edit(before));
  try {
    body();
  } finally {
    writeFileSync(file, before);
  }
}

describe('the draft field', () => {
  it('is taken by every kind but the unit profile, in each variant of a kind made of variants', () => {
    for (const [name, spec] of Object.entries(collectionSpecs)) {
      const schema = collectionJsonSchema(name as CollectionName);
      for (const entry of schema.oneOf ?? [schema]) {
        expect(entry.properties?.draft?.type === 'boolean', name).toBe(spec.drafts);
      }
    }
    const union = withDraft(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('a') }),
        z.strictObject({ kind: z.literal('b') }),
      ]),
    );
    expect(union.safeParse({ kind: 'b', draft: true }).success).toBe(true);
    expect(() => withDraft(z.string())).toThrow();
  });

  it('is read off raw data: only `true` makes a draft', () => {
    expect([{ draft: true }, { draft: false }, { draft: 'true' }, {}, null].map(isDraft)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the check and build steps, given a draft', () => {
  it('keeps what a draft lacks as a reminder, and the draft out of the entries build steps read', () => {
    withFile(
      metrics,
      (text) => JSON.stringify({ ...(JSON.parse(text) as object), draft: true, title: '' }),
      () => {
        const { problems, drafts } = check();
        expect(drafts).toEqual([
          { file: `content/${metrics}`, missing: [expect.objectContaining({ field: 'title' })] },
        ]);
        expect(formatDrafts(drafts)).toContain(`◦ Bản nháp content/${metrics} — còn thiếu hoặc chưa đúng:`);
        // The screen and the news item that show this dataset now name something that is not published.
        expect(new Set(problems.map((p) => p.file))).toEqual(new Set([`content/${screen}`, `content/${chart}`]));
        expect(problems.map((p) => p.message).every((m) => m.includes('so-lieu-mau'))).toBe(true);
        expect(readEntries(collectionSpecs.metrics, 'demo', dir)).toEqual([]);
      },
    );
  });

  it('says a complete draft is ready, and checks it in full once the flag is gone', () => {
    withFile(
      metrics,
      (text) => JSON.stringify({ draft: true, ...(JSON.parse(text) as object) }),
      () => {
        expect(formatDrafts(check().drafts)).toContain(`◦ Bản nháp content/${metrics} — đã đủ`);
      },
    );
    withFile(
      metrics,
      (text) => JSON.stringify({ ...(JSON.parse(text) as object), draft: false, title: '' }),
      () => {
        const { problems, drafts } = check();
        expect(drafts).toEqual([]);
        expect(problems).toContainEqual(expect.objectContaining({ file: `content/${metrics}`, field: 'title' }));
      },
    );
  });

  it('refuses a unit profile marked as a draft: every page is built from it', () => {
    withFile(
      'units/demo/unit.yaml',
      (text) => `draft: true\n${text}`,
      () => {
        const { problems, drafts } = check();
        expect(drafts).toEqual([]);
        expect(problems).toContainEqual(
          expect.objectContaining({ file: 'content/units/demo/unit.yaml', field: 'draft' }),
        );
      },
    );
  });
});
