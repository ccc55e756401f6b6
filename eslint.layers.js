// @ts-check
// The layer rules of ARCHITECTURE.md, as ESLint config blocks: a runtime import that runs against them is a
// lint error (`import type` is exempt: types leave no trace in what runs). `astro:content` and `astro:env`
// are read in src/data only (and astro:content by src/content.config.ts, which defines the collections).
// Imports are matched by the folder they name (relative imports: ../checks/…, ../../src/checks/…).

/** What each layer is, as a folder (or file) an import names. */
const targets = {
  schemas: 'schemas/',
  reader: 'reader/',
  units: 'units\\.ts$',
  checks: 'checks/',
  cms: 'cms/',
  integrations: 'integrations/',
  contentConfig: 'content\\.config\\.ts$',
  data: 'data/',
  browser: 'browser/',
  pages: 'pages/',
  layouts: 'layouts/',
  components: 'components/',
  scripts: 'scripts/',
};

/** @typedef {keyof typeof targets} Layer */

/**
 * Each layer's files and the layers it may import at run time, besides itself and src/lib (which every layer
 * may import). Whatever is not listed is refused.
 * @type {{ layer: Layer | 'lib'; files: string[]; may: Layer[] }[]}
 */
export const layerRules = [
  { layer: 'lib', files: ['src/lib/**'], may: [] },
  { layer: 'schemas', files: ['src/schemas/**'], may: [] },
  { layer: 'reader', files: ['src/reader/**'], may: ['schemas', 'units'] },
  { layer: 'units', files: ['src/units.ts'], may: [] },
  { layer: 'checks', files: ['src/checks/**'], may: ['reader', 'schemas', 'units'] },
  { layer: 'cms', files: ['src/cms/**'], may: ['schemas', 'reader'] },
  { layer: 'integrations', files: ['src/integrations/**'], may: ['checks', 'cms', 'reader', 'schemas', 'units'] },
  { layer: 'contentConfig', files: ['src/content.config.ts'], may: ['reader', 'schemas', 'units'] },
  { layer: 'data', files: ['src/data/**'], may: ['schemas'] },
  { layer: 'browser', files: ['src/browser/**'], may: [] },
  { layer: 'pages', files: ['src/pages/**'], may: ['data', 'components', 'layouts', 'browser'] },
  { layer: 'layouts', files: ['src/layouts/**'], may: ['data', 'components', 'layouts', 'browser'] },
  { layer: 'components', files: ['src/components/**'], may: ['data', 'components', 'layouts', 'browser'] },
  {
    layer: 'scripts',
    files: ['scripts/**'],
    may: ['schemas', 'reader', 'units', 'checks', 'cms', 'integrations', 'contentConfig', 'data', 'browser'],
  },
];

/** Astro's modules that read content and settings, and the layers that may use them. */
const astroModules = [
  { name: 'astro:content', readers: ['data', 'contentConfig'] },
  { name: 'astro:env/server', readers: ['data'] },
  { name: 'astro:env/client', readers: ['data'] },
];

/** Pure layers use no Node or Astro API (a type is fine). */
const platformFree = [
  { regex: '^node:', allowTypeImports: true, message: 'src/lib and src/browser use no Node API (ARCHITECTURE.md).' },
  {
    regex: '^astro:',
    allowTypeImports: true,
    message: 'src/lib and src/browser use no Astro module (ARCHITECTURE.md).',
  },
];
const purity = { lib: platformFree, browser: platformFree };

const importOf = (/** @type {Layer} */ target) => `^\\.{1,2}/(\\.\\./)*(src/)?${targets[target]}`;

/** @returns {import('eslint').Linter.Config[]} */
export function layerConfigs() {
  return layerRules.map(({ layer, files, may }) => {
    const refused = /** @type {Layer[]} */ (Object.keys(targets)).filter((t) => t !== layer && !may.includes(t));
    return {
      name: `nq57/layers/${layer}`,
      files,
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            paths: astroModules
              .filter((m) => !m.readers.includes(layer))
              .map(({ name, readers }) => ({
                name,
                allowTypeImports: true,
                message: `${name} is read only in ${readers.map((r) => `src/${r === 'contentConfig' ? 'content.config.ts' : r}`).join(' and ')}: get content through src/data (ARCHITECTURE.md).`,
              })),
            patterns: [
              ...refused.map((target) => ({
                regex: importOf(target),
                allowTypeImports: true,
                message: `${layer} may not import ${target} at run time (ARCHITECTURE.md lists what each layer may import; \`import type\` is allowed).`,
              })),
              ...(layer === 'lib' || layer === 'browser' ? purity[layer] : []),
            ],
          },
        ],
      },
    };
  });
}
