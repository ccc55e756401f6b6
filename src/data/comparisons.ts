// Figures of every unit, for side-by-side comparisons on /so-lieu/ (the collection `unitFigures` holds every
// unit's name and datasets; the others hold the active unit's only).
import { getCollection } from 'astro:content';
import { compareAcrossUnits, type ComparisonRow } from '../lib/metrics.ts';

export async function unitComparisons(
  groupOf: (indicator: string) => string | undefined,
): Promise<Map<string, ComparisonRow[]>> {
  const units = (await getCollection('unitFigures'))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => ({ unit: e.id, unitName: e.data.unitName, datasets: e.data.datasets }));
  return compareAcrossUnits(units, groupOf);
}
