// Astro's collections load through the reader: the files the reader lists, stored as Astro's glob loader
// stores them, drafts left out, an empty collection registered, and a .md file that cannot be rendered
// stopping the build with a Vietnamese message.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { contentLoader } from '../../src/reader/index.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';

const site = mkdtempSync(join(tmpdir(), 'nq57-loader-'));
const dir = join(site, 'content');
cpSync(join(import.meta.dirname, '..', 'fixtures', 'valid'), dir, { recursive: true });
afterAll(() => rmSync(site, { recursive: true, force: true }));

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
  rendered?: { html: string };
  deferredRender?: boolean;
}

/** What Astro hands a loader, with a renderer that says what it was given (or fails). */
function contextFor(render: (body: string) => string) {
  const entries = new Map<string, Stored>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Stored) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    addModuleImport: vi.fn(),
  };
  const getRenderFunction = async () => async (entry: { body: string }) => ({
    html: render(entry.body),
    metadata: { imagePaths: [] },
  });
  const context = {
    config: { root: new URL(`file://${site}/`) },
    store,
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: string) => String(text.length),
    entryTypes: new Map<string, object>([
      ['.md', { getRenderFunction }],
      ['.mdx', { contentModuleTypes: '' }],
      ['.yaml', {}],
      ['.json', {}],
    ]),
  };
  return { entries, context };
}

const load = async (name: keyof typeof collectionSpecs, render = (body: string) => `<p>${body.length}</p>`) => {
  const { entries, context } = contextFor(render);
  await contentLoader(collectionSpecs[name], 'demo', dir).load(context as never);
  return entries;
};

describe('contentLoader', () => {
  it('stores each file as the glob loader does: data, trimmed body, rendered .md, deferred .mdx', async () => {
    const faq = [...(await load('faq')).values()];
    expect(faq.length).toBeGreaterThan(0);
    for (const entry of faq) {
      expect(entry.filePath).toMatch(/^content\/(shared|units\/demo)\/faq\/[^/]+\.md$/);
      expect(entry.body).toBe(entry.body?.trim());
      expect(entry.rendered?.html).toBe(`<p>${entry.body?.length}</p>`);
    }
    const news = await load('news');
    expect(news.get('tin-mau')).toMatchObject({ deferredRender: true, data: { title: expect.any(String) } });
    expect(news.get('tin-mau')?.rendered).toBeUndefined();
    const units = await load('units');
    expect([...units.keys()]).toEqual(['demo']);
    expect(units.get('demo')?.body).toBeUndefined();
  });

  it('leaves drafts out, and registers a collection with nothing published', async () => {
    const qr = join(dir, 'units/demo/qr');
    const before = [...(await load('qr')).keys()];
    expect(before.length).toBeGreaterThan(0);
    for (const id of before) writeFileSync(join(qr, `${id}.yaml`), `draft: true\n`, { flag: 'a' });
    expect([...(await load('qr')).keys()]).toEqual([]);
  });

  it('stops the build, naming the file, when a Markdown file cannot be rendered', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(
        load('faq', () => {
          throw new Error('hỏng');
        }),
      ).rejects.toThrow('exit');
      expect(exit).toHaveBeenCalledWith(1);
      expect(error.mock.calls[0]?.[0]).toMatch(
        /^\nKhông dựng được nội dung (shared|units\/demo)\/faq\/[^:]+\.md: hỏng\nSửa tệp này/,
      );
    } finally {
      exit.mockRestore();
      error.mockRestore();
    }
  });

  it('never stores a body with code, so its MDX is never compiled: the build stops, `astro dev` leaves it out', async () => {
    const file = join(dir, 'units/demo/news/zz-nap-fs.mdx');
    writeFileSync(
      file,
      "---\ntitle: Tin\nsummary: Tóm tắt.\ndate: 2025-11-01\ntags: [su-kien]\n---\n\nimport fs from 'node:fs'\n",
    );
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit');
    });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(load('news')).rejects.toThrow('exit');
      expect(exit).toHaveBeenCalledWith(1);
      expect(error.mock.calls[0]?.[0]).toContain(
        'Nội dung content/units/demo/news/zz-nap-fs.mdx có mã hoặc thẻ không được phép, tệp này không được dựng:\n  • dòng 8: có dòng import/export',
      );
      // Under `astro dev` (a watcher): the file is left out, the rest is stored.
      const { entries, context } = contextFor(() => '');
      const watcher = { add: vi.fn(), on: vi.fn() };
      await contentLoader(collectionSpecs.news, 'demo', dir).load({ ...context, watcher } as never);
      expect(entries.has('zz-nap-fs')).toBe(false);
      expect(entries.has('tin-mau')).toBe(true);
    } finally {
      exit.mockRestore();
      error.mockRestore();
      rmSync(file);
    }
  });
});
