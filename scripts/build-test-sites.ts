// Builds every test site of tests/sites.ts (or those named on the command line), one after another.
import { spawnSync } from 'node:child_process';
import { siteEnv, testSites } from '../tests/sites.ts';

const wanted = process.argv.slice(2);
const sites = wanted.length ? testSites.filter((s) => wanted.includes(s.name)) : testSites;
for (const site of sites) {
  console.log(`\n▶ Dựng ${site.name} (${site.unit}, ${site.base}) vào ${site.outDir}/`);
  const run = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...process.env, ...siteEnv(site) } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
console.log(`✓ Đã dựng ${sites.map((s) => `${s.name} (${s.base})`).join(', ')}.`);
