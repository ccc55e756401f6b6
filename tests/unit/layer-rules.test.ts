// The layer rules of ARCHITECTURE.md (eslint.layers.js) hold: ESLint, with the project's own configuration,
// refuses a sample file in each layer that imports the wrong way at run time, and lets the same file import
// the right way (and take a type from anywhere).
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const rule = '@typescript-eslint/no-restricted-imports';
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The layer-rule messages ESLint gives for `code` written at `path` (an .astro file gets it as frontmatter). */
async function refusals(path: string, code: string): Promise<string[]> {
  const text = path.endsWith('.astro') ? `---\n${code}\n---\n\n<p>x</p>\n` : code;
  const [result] = await eslint.lintText(text, { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

// [file in the layer, an import it must not make, an import it may make]
const cases: [string, string, string][] = [
  [
    'src/lib/sample.ts',
    "import { collectionSpecs } from '../schemas/index.ts';",
    "import { slugify } from './slug.ts';",
  ],
  [
    'src/lib/sample.ts',
    "import { readFileSync } from 'node:fs';",
    "import type { Procedure } from '../schemas/procedure.ts';",
  ],
  [
    'src/schemas/sample.ts',
    "import { contentDir } from '../units.ts';",
    "import { keysOf } from '../lib/vocabulary.ts';",
  ],
  [
    'src/reader/sample.ts',
    "import { checkContent } from '../checks/validate-content.ts';",
    "import { contentDir } from '../units.ts';",
  ],
  [
    'src/units.ts',
    "import { readEntries } from './reader/index.ts';",
    "import { readSiteEnv } from './lib/site-env.ts';",
  ],
  [
    'src/checks/sample.ts',
    "import { cmsConfig } from '../cms/config.ts';",
    "import { collectionSpecs } from '../schemas/index.ts';",
  ],
  [
    'src/cms/sample.ts',
    "import { checkContent } from '../checks/validate-content.ts';",
    "import { readEntries } from '../reader/index.ts';",
  ],
  [
    'src/integrations/sample.ts',
    "import { getUnit } from '../data/site.ts';",
    "import { cmsConfig } from '../cms/config.ts';",
  ],
  [
    'src/content.config.ts',
    "import { checkContent } from './checks/validate-content.ts';",
    "import { listUnits } from './units.ts';",
  ],
  [
    'src/data/sample.ts',
    "import { cmsConfig } from '../cms/config.ts';",
    "import { getCollection } from 'astro:content';",
  ],
  [
    'src/data/sample.ts',
    "import { publicDir } from '../units.ts';",
    "import { collectionSpecs } from '../schemas/index.ts';",
  ],
  ['src/browser/sample.ts', "import { getUnit } from '../data/site.ts';", "import { onAir } from '../lib/kiosk.ts';"],
  [
    'src/pages/sample.astro',
    "import { getCollection } from 'astro:content';",
    "import { getNews } from '../data/site.ts';",
  ],
  [
    'src/pages/so-lieu/sample.ts',
    "import { render } from 'astro:content';",
    "import type { CollectionEntry } from 'astro:content';",
  ],
  [
    'src/pages/sample.astro',
    "import { editorCsp } from '../integrations/csp.ts';",
    "import { withBase } from '../lib/url.ts';",
  ],
  [
    'src/pages/admin/sample.astro',
    "import { contentDir } from '../../units.ts';",
    "import Base from '../../layouts/BaseLayout.astro';",
  ],
  [
    'src/components/charts/Sample.astro',
    "import { readEntries } from '../../checks/validate-content.ts';",
    "import { getDataset } from '../../data/metrics.ts';",
  ],
  [
    'src/layouts/Sample.astro',
    "import { collectionSpecs } from '../schemas/index.ts';",
    "import Head from '../components/site/DocumentHead.astro';",
  ],
  [
    'scripts/sample.ts',
    "import Page from '../src/pages/index.astro';",
    "import { checkContent } from '../src/checks/validate-content.ts';",
  ],
  [
    'scripts/lib/sample.ts',
    "import Card from '../../src/components/common/EntryCard.astro';",
    "import { listUnits } from '../../src/units.ts';",
  ],
];

describe('layer rules (ARCHITECTURE.md, enforced by eslint.layers.js)', () => {
  it.each(cases)('%s: refuses «%s», allows «%s»', async (path, wrong, right) => {
    expect(await refusals(path, wrong)).toHaveLength(1);
    expect(await refusals(path, right)).toEqual([]);
  });

  it('names the rule and the layer in its message', async () => {
    const [message] = await refusals('src/data/sample.ts', "import { cmsConfig } from '../cms/config.ts';");
    expect(message).toMatch(/data may not import cms at run time.*ARCHITECTURE\.md/);
  });

  it('lets the tests import anything', async () => {
    expect(await refusals('tests/unit/sample.test.ts', "import { getCollection } from 'astro:content';")).toEqual([]);
  });
});
