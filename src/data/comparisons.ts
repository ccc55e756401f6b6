// Figures of every unit, for side-by-side comparisons on /so-lieu/. Each unit's files are checked with
// the same schemas; a file that does not pass is left out here (npm run check reports it).
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir, listUnits } from '../build/units.ts';
import { compareAcrossUnits, type ComparisonRow, type Dataset } from '../lib/metrics.ts';
import { metricsSchema } from '../schemas/metrics.ts';
import { unitSchema } from '../schemas/unit.ts';

export function unitComparisons(groupOf: (indicator: string) => string | undefined): Map<string, ComparisonRow[]> {
  const units = listUnits().flatMap((unit) => {
    const profile = unitSchema.safeParse(parse(readFileSync(join(contentDir, 'units', unit, 'unit.yaml'), 'utf8')));
    if (!profile.success) return [];
    const datasets = globSync(`units/${unit}/metrics/*.json`, { cwd: contentDir }).flatMap((file): Dataset[] => {
      const parsed = metricsSchema.safeParse(JSON.parse(readFileSync(join(contentDir, file), 'utf8')));
      return parsed.success ? [parsed.data] : [];
    });
    return [{ unit, unitName: profile.data.name, datasets }];
  });
  return compareAcrossUnits(units, groupOf);
}
