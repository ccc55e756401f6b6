// One list of sites: deploy/units.json names every unit (as the deploy workflow checks), and the test sites
// that the builds, Playwright and the budgets use are derived from it, with the fixture site beside them.
import { describe, expect, it } from 'vitest';
import { listUnits } from '../../src/units.ts';
import { deployedUnits, testSite, testSites, unitSites } from '../sites.ts';

describe('the list of sites', () => {
  it('deploys every unit in content/units once, each under a base path', () => {
    expect(deployedUnits.map((u) => u.unit).sort()).toEqual(listUnits());
    for (const { base } of deployedUnits) expect(base).toMatch(/^\/(?:[a-z0-9._-]+\/)*$/);
  });

  it('tests every deployed unit, Cát Hải under /nq57/, and the fixture site', () => {
    expect(unitSites.map((s) => s.unit)).toEqual(deployedUnits.map((u) => u.unit));
    expect(testSite('cat-hai-nq57')).toMatchObject({ unit: 'cat-hai', base: '/nq57/' });
    expect(testSite('hong-bang')).toMatchObject({ base: '/', outDir: 'dist' });
    expect(testSite('fixture')).toMatchObject({ unit: 'demo', contentDir: 'tests/fixtures/valid' });
  });

  it('gives every site its own name, build folder and port', () => {
    for (const key of ['name', 'outDir', 'offset'] as const) {
      expect(new Set(testSites.map((s) => s[key])).size).toBe(testSites.length);
    }
  });
});
