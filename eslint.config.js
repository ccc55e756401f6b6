// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layerConfigs } from './eslint.layers.js';
import * as routes from './src/lib/routes.ts';

// A URL path of the site written as text outside src/lib/routes.ts ("/thu-tuc/", `${base}tin-tuc/`,
// 'sw.js'): the lint error that keeps every address in one module. Built from the routes' own first segments.
const segments = routes.firstSegments().map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const files = segments.filter((s) => s.includes('.'));
const urlPath = new RegExp(
  `^(?:/(?:${segments.join('|')})(?:[/.]|$)|(?:${segments.join('|')})/|(?:${files.join('|')})$)`,
);
const contentGlob = /\*\.(?:ya?ml|mdx?)$/;
/** @type {import('eslint').Rule.RuleModule} */
const noUrlLiteral = {
  meta: {
    type: 'problem',
    messages: { literal: 'Đường dẫn «{{path}}» viết tay: dựng nó bằng hàm trong src/lib/routes.ts.' },
    schema: [],
  },
  create(context) {
    // Globs of content files (units/<unit>/thu-tuc/*.yaml) name folders that share a section's name, not addresses.
    /** @param {import('eslint').Rule.Node} node @param {unknown} text */
    const check = (node, text) => {
      if (typeof text === 'string' && urlPath.test(text) && !contentGlob.test(text))
        context.report({ node, messageId: 'literal', data: { path: text } });
    };
    return {
      Literal: (node) => check(node, node.value),
      TemplateElement: (node) => check(node, node.value.cooked),
    };
  },
};

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', '.tools/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // Layers point one way (ARCHITECTURE.md): a wrong-way runtime import fails.
  ...layerConfigs(),
  {
    files: ['src/**', 'scripts/**', 'astro.config.mjs'],
    ignores: ['src/lib/routes.ts'],
    plugins: { routes: { rules: { 'no-url-literal': noUrlLiteral } } },
    rules: { 'routes/no-url-literal': 'error' },
  },
);
