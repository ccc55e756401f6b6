// Builds every test site of tests/sites.ts (or those named on the command line), one after another.
import { siteOrigin, testSites } from '../tests/sites.ts';
import { buildUnit } from './lib/unit-builds.ts';

const wanted = process.argv.slice(2);
const sites = wanted.length ? testSites.filter((s) => wanted.includes(s.name)) : testSites;
for (const site of sites) {
  console.log(`\n▶ Dựng ${site.name} (${site.unit}, ${site.base}) vào ${site.outDir}/`);
  if (!buildUnit({ ...site, url: siteOrigin(site) }).ok) process.exit(1);
}
console.log(`✓ Đã dựng ${sites.map((s) => `${s.name} (${s.base})`).join(', ')}.`);
