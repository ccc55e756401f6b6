// Astro's content loader, built on the reader: each collection's entries are the files the reader lists and
// parses, stored as Astro's own glob loader stores them (data checked by the collection's schema, a digest,
// the rendered HTML of a .md file, a deferred render for .mdx). Drafts never enter a collection, so no page,
// list, feed, slide or index can show one; a .md file Astro cannot render stops the build. A body with code or
// HTML outside the allow-list (src/lib/body-code.ts) never enters a collection either, so its MDX is never
// compiled: the build stops, and `astro dev` (which reloads collections without the check) leaves it out.
import { relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { bodyCodeProblems } from '../lib/body-code.ts';
import { isDraft } from '../schemas/common.ts';
import { entryId, type CollectionSpec } from '../schemas/index.ts';
import { contentDir } from '../units.ts';
import { kindFiles, readFile } from './entries.ts';
import type { ContentFile } from './read-file.ts';

type RenderedEntry = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;
type Render = (entry: {
  id: string;
  data: unknown;
  body: string;
  filePath: string;
  digest: string;
}) => Promise<RenderedEntry>;
/** What Astro hands every loader beside the documented context (its glob loader reads it the same way). */
interface EntryType {
  getRenderFunction?: (config: LoaderContext['config']) => Promise<Render>;
  contentModuleTypes?: string;
}
type Context = LoaderContext & { entryTypes: Map<string, EntryType> };
type Store = LoaderContext['store'] & { addAssetImports?: (assets: string[], filePath: string) => void };

/** Astro only logs a file it cannot render, and its page would go out with an empty body: stop instead. */
function renderFailed(rel: string, error: unknown): never {
  console.error(
    `\nKhông dựng được nội dung ${rel}: ${(error as Error).message}\nSửa tệp này (hoặc báo cán bộ kỹ thuật), rồi dựng lại.\n`,
  );
  process.exit(1);
}

/** Whether a body is data only; if not, says why in Vietnamese and, in a build (not `astro dev`), stops it. */
function bodyIsData(rel: string, read: ContentFile, building: boolean): boolean {
  const problems = read.tree ? bodyCodeProblems(read.tree) : [];
  if (problems.length === 0) return true;
  console.error(
    `\nNội dung content/${rel} có mã hoặc thẻ không được phép, tệp này không được dựng:\n${problems.map((p) => `  • dòng ${p.line}: ${p.message}`).join('\n')}\n`,
  );
  if (building) process.exit(1);
  return false;
}

/** Stores one file as an entry of the collection (what Astro's glob loader does for one file). */
async function storeFile(
  context: Context,
  id: string,
  rel: string,
  read: ContentFile,
  renders: Map<string, Render>,
  dir: string,
) {
  const { store, config, generateDigest, parseData } = context;
  const scoped = store as Store;
  const digest = generateDigest(read.raw);
  const absolute = `${dir}/${rel}`;
  const filePath = relative(fileURLToPath(config.root), absolute).split('\\').join('/');
  const existing = store.get(id);
  if (existing && existing.digest === digest && existing.filePath) {
    if (existing.deferredRender) store.addModuleImport(existing.filePath);
    if (existing.assetImports?.length) scoped.addAssetImports?.(existing.assetImports, existing.filePath);
    return;
  }
  const data = await parseData({ id, data: read.data as Record<string, unknown>, filePath: absolute });
  const extension = rel.slice(rel.lastIndexOf('.'));
  const entryType = context.entryTypes.get(extension);
  const body = read.tree ? { body: read.body.trim() } : {};
  if (entryType?.getRenderFunction) {
    const render = renders.get(extension) ?? (await entryType.getRenderFunction(config));
    renders.set(extension, render);
    let rendered: RenderedEntry | undefined;
    try {
      rendered = await render({ id, data: read.data, body: read.body.trim(), filePath: absolute, digest });
    } catch (error) {
      renderFailed(rel, error);
    }
    const assetImports = rendered.metadata?.imagePaths;
    store.set({ id, data, ...body, filePath, digest, rendered, ...(assetImports && { assetImports }) });
  } else if (entryType && 'contentModuleTypes' in entryType) {
    store.set({ id, data, ...body, filePath, digest, deferredRender: true });
  } else store.set({ id, data, filePath, digest });
}

/** The loader of one kind's collection, for the unit being built. */
export function contentLoader<S extends z.ZodType>(spec: CollectionSpec<S>, unit: string, dir = contentDir): Loader {
  return {
    name: 'nq57-content',
    load: async (loaderContext) => {
      const context = loaderContext as Context;
      const { store } = context;
      const renders = new Map<string, Render>();
      const sync = async () => {
        const untouched = new Set(store.keys());
        for (const rel of kindFiles(spec, unit, dir)) {
          const read = readFile(rel, dir, spec);
          if (spec.drafts && isDraft(read.data)) continue;
          if (!bodyIsData(rel, read, !context.watcher)) continue;
          const id = entryId(rel, spec.idFrom);
          untouched.delete(id);
          await storeFile(context, id, rel, read, renders, dir);
        }
        for (const id of untouched) store.delete(id);
        // A unit may have no screens or QR codes yet, or only drafts of them: register the collection with no
        // entry, so that getCollection() returns [] without warning that it is missing.
        if (store.keys().length === 0) {
          store.set({ id: '-', data: {} });
          store.delete('-');
        }
      };
      await sync();
      // `astro dev`: a change to a file of this kind reloads the collection.
      const watcher = context.watcher;
      if (!watcher) return;
      watcher.add(dir);
      const files = () => new Set(kindFiles(spec, unit, dir).map((rel) => pathToFileURL(`${dir}/${rel}`).pathname));
      let known = files();
      const onChange = async (path: string) => {
        const now = files();
        const affected = known.has(pathToFileURL(path).pathname) || now.has(pathToFileURL(path).pathname);
        known = now;
        if (affected) await sync();
      };
      for (const event of ['change', 'add', 'unlink'] as const)
        watcher.on(event, (path: string) => void onChange(path));
    },
  };
}
