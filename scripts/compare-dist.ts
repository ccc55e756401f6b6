// Checks that a change of structure left the built sites as they were: builds the three real units from
// this checkout (each under the base path it is tested with) and compares every output file with a baseline
// built the same way from an earlier commit. Hashed file names are normalised first, since moving a module
// may rename a chunk without changing what the reader gets.
//
//   node scripts/compare-dist.ts --out <dir>            build the units into <dir>/<unit> (make a baseline)
//   node scripts/compare-dist.ts --baseline <dir>       build into a temporary folder and compare with <dir>
//   node scripts/compare-dist.ts --baseline <dir> --no-build   compare that folder's existing builds
// Builds go outside the project: Tailwind scans the project's files for class names, so a build left inside
// it would change the next one's CSS.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareTrees, type TreeDifference } from './lib/compare-trees.ts';
import { buildUnit } from './lib/unit-builds.ts';
import { unitSites } from '../tests/sites.ts';

/** The real units, each under the base path it is tested with (Cát Hải under /nq57/). */
const units = unitSites.map(({ unit, base }) => ({ unit, base }));

const { values } = parseArgs({
  options: { out: { type: 'string' }, baseline: { type: 'string' }, 'no-build': { type: 'boolean' } },
});
const outRoot = resolve(values.out ?? join(tmpdir(), 'nq57-compare', basename(process.cwd())));

if (!values['no-build']) {
  for (const { unit, base } of units) {
    const outDir = join(outRoot, unit);
    rmSync(outDir, { recursive: true, force: true });
    console.log(`▶ Dựng ${unit} (${base}) vào ${outDir}`);
    const run = buildUnit(
      { unit, base, url: 'http://localhost:4321', outDir },
      { quiet: true, env: { SITE_BUILD_ID: 'so-sanh' } },
    );
    if (!run.ok) {
      console.error(run.log);
      process.exit(1);
    }
  }
}

if (!values.baseline) process.exit(0);
const baseline = resolve(values.baseline);
let total = 0;
for (const { unit } of units) {
  const before = join(baseline, unit);
  const after = join(outRoot, unit);
  if (!existsSync(before)) {
    console.error(`Không có bản dựng gốc ${before}.`);
    process.exit(2);
  }
  const { files, differences } = compareTrees(before, after, (p) => readFileSync(p));
  total += differences.length;
  console.log(`\n${unit}: ${files} tệp, ${differences.length} khác biệt`);
  for (const d of differences) console.log(`  ${describe(d)}`);
}
console.log(total === 0 ? '\n✓ Bản dựng giống hệt bản gốc.' : `\n✗ ${total} khác biệt.`);
process.exit(total === 0 ? 0 : 1);

function describe(d: TreeDifference): string {
  if (d.kind !== 'changed')
    return d.kind === 'only-before' ? `− ${d.path} (chỉ có ở bản gốc)` : `+ ${d.path} (chỉ có ở bản mới)`;
  return `≠ ${d.path}${d.line ? ` dòng ${d.line}:\n      trước: ${d.before}\n      sau:   ${d.after}` : ''}`;
}
