// Astro loader of every unit's figures (its name and datasets), for the side-by-side comparisons on
// /so-lieu/: the only content a build reads from other units, read as `npm run check` reads it.
import type { Loader } from 'astro/loaders';
import { collectionSpecs } from '../schemas/index.ts';
import { contentDir, listUnits } from '../units.ts';
import { readEntries } from './entries.ts';

export function unitFiguresLoader(dir = contentDir): Loader {
  return {
    name: 'nq57-unit-figures',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const unit of listUnits(dir)) {
        const [profile] = readEntries(collectionSpecs.units, unit, dir);
        if (!profile) continue;
        const datasets = readEntries(collectionSpecs.metrics, unit, dir).map((e) => e.data);
        const data = await parseData({ id: unit, data: { unit, unitName: profile.data.name, datasets } });
        store.set({ id: unit, data, digest: generateDigest(data) });
      }
    },
  };
}
