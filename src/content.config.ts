// Every collection the site holds. Where the files live and the schema of each kind are in
// src/schemas/index.ts (shared with `npm run check`); this file hands them to Astro's loaders.
// Shared content is read for every unit; a unit's own content only for the unit being built. Drafts are
// left out here, at the source, so nothing downstream can publish one.
import { globSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir, listUnits } from './units.ts';
import { readEntries } from './reader/index.ts';
import { readSiteEnv } from './lib/site-env.ts';
import { isDraft, withDraft } from './schemas/common.ts';
import { collectionSpecs, entryId, type CollectionSpec } from './schemas/index.ts';
import { infographicSchema } from './schemas/infographic.ts';
import { newsSchema } from './schemas/news.ts';

const { unit } = readSiteEnv(process.env, listUnits());
// «Today» for the news date check is read in the unit's time zone (its profile, as the check reads it).
const timeZone = readEntries(collectionSpecs.units, unit)[0]?.data.timeZone;

function loaderFor<S extends z.ZodType>(spec: CollectionSpec<S>) {
  const patterns = spec.patterns(unit);
  if (patterns.some((p) => globSync(p, { cwd: contentDir }).length > 0)) {
    const loader = glob({
      base: contentDir,
      pattern: patterns,
      generateId: ({ entry }) => entryId(entry, spec.idFrom),
    });
    return {
      ...loader,
      load: async (context: Parameters<typeof loader.load>[0]) => {
        // A draft never enters the collection: its data skips the schema (it may still lack fields) and is
        // not stored, so no page, list, feed, slide or index can show it. One stored before it became a
        // draft is removed.
        const drafts = new Set<string>();
        await loader.load({
          ...context,
          parseData: async (props) => {
            if (!spec.drafts || !isDraft(props.data)) return context.parseData(props);
            if (props.filePath) drafts.add(props.filePath);
            return props.data;
          },
          store: {
            ...context.store,
            set: (entry) => {
              if (!spec.drafts || !isDraft(entry.data)) return context.store.set(entry);
              context.store.delete(entry.id);
              return false;
            },
          },
          // Astro only logs a file it cannot render, and its page would go out with an empty body: stop
          // instead (a draft's body is not published, so it cannot stop the build).
          logger: Object.assign(Object.create(context.logger) as typeof context.logger, {
            error: (message: string) => {
              const detail = message.replace(/^Error rendering /, '');
              const file = detail.replace(/: [\s\S]*$/, '');
              if ([...drafts].some((path) => path.endsWith(file))) return;
              console.error(
                `\nKhông dựng được nội dung ${detail}\nSửa tệp này (hoặc báo cán bộ kỹ thuật), rồi dựng lại.\n`,
              );
              process.exit(1);
            },
          }),
        });
        if (context.store.keys().length === 0) keepEmpty(context.store);
      },
    };
  }
  return {
    name: 'empty',
    load: async ({ store }: { store: EmptyStore }) => {
      store.clear();
      keepEmpty(store);
    },
  };
}

interface EmptyStore {
  clear(): void;
  set(e: { id: string; data: Record<string, unknown> }): boolean;
  delete(id: string): void;
}

/**
 * A unit may have no screens or QR codes yet, or only drafts of them: register the collection with no entry,
 * so that getCollection() returns [] without warning that it is missing.
 */
function keepEmpty(store: Omit<EmptyStore, 'clear'>): void {
  store.set({ id: '-', data: {} });
  store.delete('-');
}

function collection<S extends z.ZodType>(spec: CollectionSpec<S>) {
  return defineCollection({ loader: loaderFor(spec), schema: ({ image }) => spec.schema(image) });
}

export const collections = {
  units: collection(collectionSpecs.units),
  procedures: collection(collectionSpecs.procedures),
  procedureOverrides: collection(collectionSpecs.procedureOverrides),
  samples: collection(collectionSpecs.samples),
  // Kinds with images take Astro's image() directly, so their entries are typed as optimised images.
  news: defineCollection({
    loader: loaderFor(collectionSpecs.news),
    schema: ({ image }) => newsSchema(image, timeZone),
  }),
  campaigns: collection(collectionSpecs.campaigns),
  infographics: defineCollection({
    loader: loaderFor(collectionSpecs.infographics),
    schema: ({ image }) => withDraft(infographicSchema(image)),
  }),
  faq: collection(collectionSpecs.faq),
  indicators: collection(collectionSpecs.indicators),
  metrics: collection(collectionSpecs.metrics),
  qr: collection(collectionSpecs.qr),
  messages: collection(collectionSpecs.messages),
  screens: collection(collectionSpecs.screens),
};
