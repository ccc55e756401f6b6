// Figures of every unit, for side-by-side comparisons on /so-lieu/, read as `npm run check` reads them.
import { listUnits } from '../units.ts';
import { readEntries } from '../reader/index.ts';
import { compareAcrossUnits, type ComparisonRow } from '../lib/metrics.ts';
import { collectionSpecs } from '../schemas/index.ts';

export function unitComparisons(groupOf: (indicator: string) => string | undefined): Map<string, ComparisonRow[]> {
  const units = listUnits().flatMap((unit) => {
    const [profile] = readEntries(collectionSpecs.units, unit);
    if (!profile) return [];
    const datasets = readEntries(collectionSpecs.metrics, unit).map((e) => e.data);
    return [{ unit, unitName: profile.data.name, datasets }];
  });
  return compareAcrossUnits(units, groupOf);
}
