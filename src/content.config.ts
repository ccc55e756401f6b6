// Every collection the site holds. Where the files live and the schema of each kind are in
// src/schemas/index.ts (shared with `npm run check`); this file hands them to Astro's loaders.
// Shared content is read for every unit; a unit's own content only for the unit being built.
import { globSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { contentDir, listUnits } from './build/units.ts';
import { readEntries } from './build/validate-content.ts';
import { readSiteEnv } from './lib/site-env.ts';
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
    // Astro only logs a file it cannot render, and its page would go out with an empty body: stop instead.
    return {
      ...loader,
      load: (context: Parameters<typeof loader.load>[0]) =>
        loader.load({
          ...context,
          logger: Object.assign(Object.create(context.logger) as typeof context.logger, {
            error: (message: string) => {
              const file = message.replace(/^Error rendering /, '');
              console.error(
                `\nKhông dựng được nội dung ${file}\nSửa tệp này (hoặc báo cán bộ kỹ thuật), rồi dựng lại.\n`,
              );
              process.exit(1);
            },
          }),
        }),
    };
  }
  // A unit may have no screens or QR codes yet: register the collection with no entry, so that
  // getCollection() returns [] without warning that it is missing.
  return {
    name: 'empty',
    load: async ({
      store,
    }: {
      store: { clear(): void; set(e: { id: string; data: object }): boolean; delete(id: string): void };
    }) => {
      store.clear();
      store.set({ id: '-', data: {} });
      store.delete('-');
    },
  };
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
    schema: ({ image }) => infographicSchema(image),
  }),
  faq: collection(collectionSpecs.faq),
  indicators: collection(collectionSpecs.indicators),
  metrics: collection(collectionSpecs.metrics),
  qr: collection(collectionSpecs.qr),
  messages: collection(collectionSpecs.messages),
  screens: collection(collectionSpecs.screens),
};
