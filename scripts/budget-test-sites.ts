// The size budgets (scripts/budget.ts) over the build of every real unit in tests/sites.ts, each under the base
// path it was built for. Run by npm test after scripts/build-test-sites.ts.
import { spawnSync } from 'node:child_process';
import { unitSites } from '../tests/sites.ts';

for (const site of unitSites) {
  console.log(`\n▶ Ngân sách dung lượng: ${site.name} (${site.outDir}/)`);
  const run = spawnSync(process.execPath, ['scripts/budget.ts', site.outDir], {
    stdio: 'inherit',
    env: { ...process.env, SITE_BASE: site.base },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
