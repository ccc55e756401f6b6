// npm run budget [outDir]: prints, per page type, the gzip bytes of HTML plus CSS and of JavaScript
// (the heaviest page of each type), and fails when a page passes its budget or ships script it may not.
import { globSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  budgets,
  FIRST_RESULTS,
  firstResultsProblem,
  pageTypeOf,
  PRECACHE,
  precachedUrls,
  precacheProblem,
} from './lib/budget.ts';

import { moduleGraph, scriptsOf } from '../src/lib/module-graph.ts';
import * as routes from '../src/lib/routes.ts';

const outDir = process.argv[2] ?? 'dist';
const base = process.env.SITE_BASE ?? '/';
const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const fileOf = (url: string) => join(outDir, url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, ''));

/** Script files a page loads at once: its module scripts and what they import statically (not import()). */
const loadedWith = (srcs: readonly string[]): string[] =>
  moduleGraph(
    srcs.map(fileOf),
    (file) => readFileSync(file, 'utf8'),
    (specifier, from) => join(dirname(from), specifier),
  );

interface Row {
  type: string;
  pages: number;
  htmlCss: number;
  js: number;
  worst: string;
  problems: string[];
}
const rows = new Map<string, Row>();
const unknown: string[] = [];

for (const file of globSync('**/*.html', { cwd: outDir }).sort()) {
  const type = pageTypeOf(file);
  if (!type) {
    unknown.push(file);
    continue;
  }
  const html = readFileSync(join(outDir, file), 'utf8');
  const { inline, external, stylesheets } = scriptsOf(html);
  const htmlCss = gz(html) + stylesheets.reduce((sum, href) => sum + gz(readFileSync(fileOf(href))), 0);
  const js =
    inline.reduce((sum, s) => sum + gz(s), 0) +
    [...loadedWith(external)].reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const budget = budgets[type];
  const row = rows.get(type) ?? { type, pages: 0, htmlCss: 0, js: 0, worst: file, problems: [] };
  row.pages++;
  if (htmlCss > row.htmlCss) [row.htmlCss, row.worst] = [htmlCss, file];
  row.js = Math.max(row.js, js);
  if (budget) {
    if (htmlCss > budget.htmlCss) row.problems.push(`${file}: HTML+CSS ${htmlCss} B > ${budget.htmlCss} B`);
    if (js > budget.js) row.problems.push(`${file}: JS ${js} B > ${budget.js} B`);
    if (external.length > 0 && !budget.externalScripts)
      row.problems.push(`${file}: tải tệp script không cần: ${external.join(', ')}`);
  }
  rows.set(type, row);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(`Ngân sách dung lượng (gzip) — ${outDir}\n`);
console.log(
  [
    'Loại trang'.padEnd(24),
    'Số trang'.padStart(8),
    'HTML+CSS'.padStart(10),
    'Hạn'.padStart(8),
    'JS'.padStart(8),
    'Hạn JS'.padStart(10),
    '  Kết quả',
  ].join(''),
);
for (const row of [...rows.values()].sort((a, b) => a.type.localeCompare(b.type, 'vi'))) {
  const b = budgets[row.type];
  console.log(
    [
      row.type.padEnd(24),
      String(row.pages).padStart(8),
      kb(row.htmlCss).padStart(10),
      (b ? kb(b.htmlCss) : '—').padStart(8),
      kb(row.js).padStart(8),
      (b ? kb(b.js) : '—').padStart(10),
      row.problems.length ? '  ✗ VƯỢT' : '  ✓',
    ].join(''),
  );
}
// First search results: the search page with its scripts, and the compact index they search.
const searchHtml = readFileSync(join(outDir, routes.builtFile(routes.search())), 'utf8');
const searchScripts = scriptsOf(searchHtml);
const firstResults = {
  'trang tìm kiếm (HTML+CSS)':
    gz(searchHtml) + searchScripts.stylesheets.reduce((sum, href) => sum + gz(readFileSync(fileOf(href))), 0),
  'script của trang': loadedWith(searchScripts.external).reduce((sum, f) => sum + gz(readFileSync(f)), 0),
  'chỉ mục tìm nhanh': gz(readFileSync(join(outDir, routes.builtFile(routes.searchQuickIndex())))),
};
const firstTotal = Object.values(firstResults).reduce((a, b) => a + b, 0);
const firstProblem = firstResultsProblem(firstResults);
console.log(
  `\nKết quả tìm kiếm đầu tiên: ${kb(firstTotal)} / ${kb(FIRST_RESULTS)} (${Object.entries(firstResults)
    .map(([name, bytes]) => `${name} ${kb(bytes)}`)
    .join(', ')})${firstProblem ? '  ✗ VƯỢT' : '  ✓'}`,
);

// What the service worker downloads when the site is first opened, before the reader asks for anything more.
const precached = precachedUrls(readFileSync(join(outDir, routes.builtFile(routes.serviceWorker())), 'utf8'));
const precacheBytes = precached.reduce((sum, url) => sum + gz(readFileSync(fileOf(url.split('?')[0] ?? url))), 0);
const precacheIssue = precacheProblem(precached.length, precacheBytes);
console.log(
  `Service worker giữ sẵn khi mở lần đầu: ${precached.length} tệp, ${kb(precacheBytes)} / ${kb(PRECACHE)}${
    precacheIssue ? '  ✗ VƯỢT' : '  ✓'
  }`,
);

const problems = [...rows.values()].flatMap((r) => r.problems);
if (firstProblem) problems.push(firstProblem);
if (precacheIssue) problems.push(precacheIssue);
if (unknown.length > 0) problems.push(`Trang chưa có loại và ngân sách: ${unknown.join(', ')}`);
const missing = Object.keys(budgets).filter((t) => !rows.has(t) && !budgets[t]?.optional);
if (missing.length > 0) problems.push(`Không có trang nào của loại: ${missing.join(', ')}`);
if (problems.length > 0) {
  console.error(`\n${problems.map((p) => `✗ ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\n✓ Mọi trang trong ngân sách.');
