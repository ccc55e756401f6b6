// Every collection the site holds. Where the files live and the schema of each kind are in
// src/schemas/index.ts (shared with `npm run check`); the files are read by the same reader the check uses
// (src/reader/loader.ts). Shared content is read for every unit; a unit's own content only for the unit
// being built. Drafts are left out by the loader, at the source, so nothing downstream can publish one.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { activeUnit } from './units.ts';
import { contentLoader, readEntries, unitFiguresLoader } from './reader/index.ts';
import { withDraft } from './schemas/common.ts';
import { collectionSpecs, type CollectionSpec } from './schemas/index.ts';
import { infographicSchema } from './schemas/infographic.ts';
import { newsSchema } from './schemas/news.ts';

// The settings themselves were checked by astro.config.mjs, which runs first.
const unit = activeUnit();
// «Today» for the news date check is read in the unit's time zone (its profile, as the check reads it).
const timeZone = readEntries(collectionSpecs.units, unit)[0]?.data.timeZone;

function collection<S extends z.ZodType>(spec: CollectionSpec<S>) {
  return defineCollection({ loader: contentLoader(spec, unit), schema: ({ image }) => spec.schema(image) });
}

export const collections = {
  units: collection(collectionSpecs.units),
  procedures: collection(collectionSpecs.procedures),
  procedureOverrides: collection(collectionSpecs.procedureOverrides),
  samples: collection(collectionSpecs.samples),
  // Kinds with images take Astro's image() directly, so their entries are typed as optimised images.
  news: defineCollection({
    loader: contentLoader(collectionSpecs.news, unit),
    schema: ({ image }) => newsSchema(image, timeZone),
  }),
  campaigns: collection(collectionSpecs.campaigns),
  infographics: defineCollection({
    loader: contentLoader(collectionSpecs.infographics, unit),
    schema: ({ image }) => withDraft(infographicSchema(image)),
  }),
  faq: collection(collectionSpecs.faq),
  indicators: collection(collectionSpecs.indicators),
  metrics: collection(collectionSpecs.metrics),
  qr: collection(collectionSpecs.qr),
  messages: collection(collectionSpecs.messages),
  screens: collection(collectionSpecs.screens),
  // Every unit's name and datasets (not only this unit's), for the comparisons on /so-lieu/.
  unitFigures: defineCollection({
    loader: unitFiguresLoader(),
    schema: ({ image }) =>
      z.strictObject({
        unit: z.string(),
        unitName: z.string(),
        datasets: z.array(collectionSpecs.metrics.schema(image)),
      }),
  }),
};
