// npm run lighthouse: Lighthouse (mobile, simulated slow 4G and a 4× slower CPU: its defaults) in Debian's
// Chromium over the home page, the unit's QR landing page, a procedure guide, the figures page and a news
// article of one build (`npm run lighthouse [outDir] [--pages=qr,news]`, default dist/ and all five, under
// SITE_BASE). Prints the four scores per page; asserts nothing. The build is served on loopback with gzip, as a host would.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as routes from '../src/lib/routes.ts';
import { relativeToBase } from '../src/lib/url.ts';
import { chromiumFlags, chromiumPath } from './chromium.ts';
import { StaticServer } from './static-server.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const chosen = args
  .find((a) => a.startsWith('--pages='))
  ?.slice('--pages='.length)
  .split(',');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`Chưa có bản dựng ${dir}/: chạy npm test (hoặc npm run build) trước.`);
  process.exit(1);
}
// The unit's first QR landing page (every real unit ships at least one code).
const qrCode = existsSync(join(dir, 'q'))
  ? readdirSync(join(dir, 'q'), { withFileTypes: true }).find((d) => d.isDirectory() && d.name !== 'in')?.name
  : undefined;
if (!qrCode) {
  console.error(`Bản dựng ${dir}/ không có trang mã QR nào (${join(dir, routes.qrLanding('<mã>'))}).`);
  process.exit(1);
}
const allPages: { key: string; name: string; path: string }[] = [
  { key: 'home', name: 'Trang chủ', path: routes.home() },
  { key: 'qr', name: 'Trang mã QR', path: routes.qrLanding(qrCode) },
  { key: 'guide', name: 'Hướng dẫn thủ tục', path: routes.guide('dang-ky-khai-sinh') },
  { key: 'figures', name: 'Số liệu', path: routes.figures() },
  { key: 'news', name: 'Bài tin', path: routes.newsItem('ma-qr-kenh-thong-tin-den-100-phan-tram-ho-dan') },
];
const unknown = chosen?.filter((key) => !allPages.some((p) => p.key === key)) ?? [];
if (unknown.length) {
  console.error(`Không có trang «${unknown.join(', ')}»; chọn trong: ${allPages.map((p) => p.key).join(', ')}.`);
  process.exit(1);
}
const pages = allPages
  .filter((p) => !chosen || chosen.includes(p.key))
  .map((p) => ({ ...p, path: relativeToBase(p.path) }));
const categories = [
  ['performance', 'Hiệu năng'],
  ['accessibility', 'Trợ năng'],
  ['best-practices', 'Thực hành tốt'],
  ['seo', 'SEO'],
] as const;

const server = new StaticServer(dir, { base: process.env.SITE_BASE ?? '/', gzip: true });
await server.start();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumFlags],
});

const rows: string[][] = [];
const notes: string[] = [];
try {
  for (const page of pages) {
    const url = `${server.origin}${process.env.SITE_BASE ?? '/'}${page.path}`;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse không trả kết quả cho ${url}`);
    const { lhr } = result;
    rows.push([page.name, ...categories.map(([id]) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100)))]);
    // What keeps a category under 100: its failing audits, by weight.
    for (const [id, label] of categories) {
      const category = lhr.categories[id];
      if (!category || category.score === 1) continue;
      const failing = category.auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`);
      if (failing.length) notes.push(`${page.name} · ${label}: ${failing.join(', ')}`);
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}

const header = ['Trang', ...categories.map(([, label]) => label)];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[0] ?? 0))).join('  ');
console.log('\nLighthouse (di động, mạng chậm mô phỏng, Chromium của Debian)\n');
console.log(line(header));
for (const row of rows) console.log(line(row));
if (notes.length) console.log(`\nĐiểm chưa tối đa vì:\n${notes.map((n) => `  • ${n}`).join('\n')}`);
