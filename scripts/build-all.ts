// npm run build:all [-- <đơn vị>…]: builds every unit of the deploy list (deploy/units.json), or those named,
// one after another, each under its own base path into dist-units/<unit>/, and prints each unit's pages and
// seconds and the total. The deploy workflow (deploy/ci/xuat-ban.yml) builds each unit with it.
// A unit's origin (for canonical links, the sitemap and QR codes) comes from SITE_URL_<UNIT> (as the workflow
// names it, SITE_URL_HONG_BANG), else SITE_URL, else http://localhost:4321. A failed unit does not stop the
// others: its log is printed, and the command exits 1 at the end.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentDir, projectRoot } from '../src/units.ts';
import { buildUnit, deployListFile, readDeployList, siteUrlVariable } from './lib/unit-builds.ts';

/** Where build:all writes each unit: dist-units/<unit>/ (ignored by git, as every dist-*). */
const outDirOf = (unit: string): string => join(projectRoot, 'dist-units', unit);

function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

const seconds = (ms: number) =>
  (ms / 1000).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function main(): number {
  let deployed;
  try {
    deployed = readDeployList(deployListFile(contentDir));
  } catch (error) {
    console.error(`\n${(error as Error).message}\n`);
    return 1;
  }
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !deployed.some((d) => d.unit === name));
  if (unknown.length) {
    console.error(
      `\nKhông có đơn vị ${unknown.map((u) => `«${u}»`).join(', ')} trong deploy/units.json. Các đơn vị: ${deployed.map((d) => d.unit).join(', ')}.\n`,
    );
    return 1;
  }
  const units = wanted.length ? deployed.filter((d) => wanted.includes(d.unit)) : deployed;

  const rows: { unit: string; base: string; pages: number; ms: number; ok: boolean }[] = [];
  const start = performance.now();
  for (const { unit, base } of units) {
    const outDir = outDirOf(unit);
    const url = process.env[siteUrlVariable(unit)] || process.env.SITE_URL || 'http://localhost:4321';
    rmSync(outDir, { recursive: true, force: true });
    const { ok, exit, ms, log: printed } = buildUnit({ unit, base, url, outDir }, { quiet: true });
    const pages = ok ? htmlPages(outDir) : 0;
    rows.push({ unit, base, pages, ms, ok });
    if (ok) console.log(`✓ ${unit} (${base}, ${url}): ${pages} trang, ${seconds(ms)} giây → dist-units/${unit}/`);
    else {
      const log = printed.trimEnd().split('\n').slice(-40).join('\n');
      console.error(`✗ ${unit}: dựng không được (mã ${exit}), ${seconds(ms)} giây:\n${log}\n`);
    }
  }
  const total = performance.now() - start;

  const width = Math.max(...rows.map((r) => r.unit.length), 'Tổng'.length) + 2;
  console.log(`\n${'Đơn vị'.padEnd(width)}${'Gốc'.padEnd(10)}${'Trang'.padStart(7)}${'Giây'.padStart(9)}`);
  for (const r of rows) {
    const pages = r.ok ? String(r.pages) : 'lỗi';
    console.log(`${r.unit.padEnd(width)}${r.base.padEnd(10)}${pages.padStart(7)}${seconds(r.ms).padStart(9)}`);
  }
  const pages = rows.reduce((sum, r) => sum + r.pages, 0);
  console.log(
    `${'Tổng'.padEnd(width)}${`${rows.length} đv`.padEnd(10)}${String(pages).padStart(7)}${seconds(total).padStart(9)}`,
  );
  const failed = rows.filter((r) => !r.ok);
  if (failed.length) {
    console.error(`\n✗ ${failed.length} đơn vị dựng không được: ${failed.map((r) => r.unit).join(', ')}.`);
    return 1;
  }
  console.log(`\n✓ Đã dựng ${rows.length} đơn vị, ${pages} trang, trong ${seconds(total)} giây.`);
  return 0;
}

process.exitCode = main();
