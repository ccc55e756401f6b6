// Every collection the site holds. Where the files live and the schema of each kind are in
// src/schemas/index.ts (shared with `npm run check`); this file hands them to Astro's loaders.
// Shared content is read for every unit; a unit's own content only for the unit being built.
import { globSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readSiteEnv } from './lib/site-env.ts';
import { contentDir, listUnits } from './build/units.ts';
import { collectionSpecs, entryId, type CollectionSpec } from './schemas/index.ts';

const { unit } = readSiteEnv(process.env, listUnits());

function collection<S extends z.ZodType>(spec: CollectionSpec<S>) {
  const patterns = spec.patterns(unit);
  const hasFiles = patterns.some((p) => globSync(p, { cwd: contentDir }).length > 0);
  return defineCollection({
    // A unit may have no screens or QR codes yet: an empty collection is normal, not a warning.
    loader: hasFiles
      ? glob({ base: contentDir, pattern: patterns, generateId: ({ entry }) => entryId(entry, spec.idFrom) })
      : {
          name: 'empty',
          load: async ({ store }) => {
            // Register the collection with no entry, so getCollection() returns [] without warning.
            store.clear();
            store.set({ id: '-', data: {} });
            store.delete('-');
          },
        },
    schema: ({ image }) => spec.schema(image),
  });
}

export const collections = {
  units: collection(collectionSpecs.units),
  procedures: collection(collectionSpecs.procedures),
  procedureOverrides: collection(collectionSpecs.procedureOverrides),
  samples: collection(collectionSpecs.samples),
  news: collection(collectionSpecs.news),
  campaigns: collection(collectionSpecs.campaigns),
  infographics: collection(collectionSpecs.infographics),
  faq: collection(collectionSpecs.faq),
  indicators: collection(collectionSpecs.indicators),
  metrics: collection(collectionSpecs.metrics),
  qr: collection(collectionSpecs.qr),
  screens: collection(collectionSpecs.screens),
};
