// npm run bench [-- <extra pages>…]: build-scale benchmark. For 0 (the baseline) and each size (default
// 1,000 and 5,000), builds a synthetic unit «thu-tai» with that many extra pages (60% news, 40% procedure
// guides, scripts/lib/bench-content.ts) and prints build time, pages per second, output and search index size,
// and peak memory, after one build that is not counted (it warms the disk cache). Prints numbers; asserts
// nothing. Everything happens in temporary folders, removed afterwards: content/ is never written, nothing
// reaches the internet.
//
// Each build runs in its own copy of the project (src/, the config, content/, public/; node_modules linked
// entry by entry), not in this checkout: Astro writes .astro/ (the list of content modules) and its cache
// under the project root, and a build here would share them with anyone else building in the checkout.
// BENCH_LOG_DIR=<folder> keeps each build's log, every line stamped with the seconds since the start.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readEntries, readFile } from '../src/reader/index.ts';
import { linkPackages } from './clean-copy.ts';
import { BENCH_UNIT, benchFiles, benchUnitProfile, plan } from './lib/bench-content.ts';
import { collectionSpecs } from '../src/schemas/index.ts';

const root = process.cwd();
const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const SAMPLE_MS = 200;
const baseUnit = 'hong-bang';

const args = process.argv.slice(2);
const sizes = args.length > 0 ? args.map(Number) : [1000, 5000];
if (sizes.some((n) => !Number.isSafeInteger(n) || n <= 0)) {
  console.error(`Số trang thêm phải là số nguyên dương, ví dụ: npm run bench -- 200 (nhận được: ${args.join(' ')})`);
  process.exit(1);
}
const runs = [...new Set([0, ...sizes])];

// ---------------------------------------------------------------------------------------------------------
// Temporary folders and the build process, removed or stopped whatever happens.

const temps = new Set<string>();
let running: ChildProcess | undefined;

function cleanUp(): void {
  if (running?.pid && running.exitCode === null && running.signalCode === null) {
    try {
      process.kill(-running.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  temps.clear();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\nDừng (${signal}): xóa thư mục tạm.`);
    cleanUp();
    process.exit(130);
  });
}

const projectFiles = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** The checkout's sources as they are now, copied once so that every size builds the same code. */
function snapshot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nq57-bench-src-'));
  temps.add(dir);
  for (const name of projectFiles) cpSync(join(root, name), join(dir, name), { recursive: true });
  return dir;
}

/** A copy of the project in a temporary folder, with the synthetic unit and `extra` pages added. */
function prepare(
  source: string,
  extra: number,
  templates: Parameters<typeof benchFiles>[1],
): { tmp: string; project: string } {
  const tmp = mkdtempSync(join(tmpdir(), 'nq57-bench-'));
  temps.add(tmp);
  const project = join(tmp, 'project');
  for (const name of projectFiles) cpSync(join(source, name), join(project, name), { recursive: true });
  // Packages are linked, not copied. Astro's cache (.astro) and Vite's (.vite) stay in the copy; the web
  // editor's bundle (.cache), built once per editor version, is shared as in any repeated build.
  linkPackages(root, project);
  const content = join(project, 'content');
  const unitDir = join(content, 'units', BENCH_UNIT);
  cpSync(join(content, 'units', baseUnit), unitDir, { recursive: true });
  rmSync(join(unitDir, 'qr'), { recursive: true, force: true });
  const profile = readFile(`units/${BENCH_UNIT}/unit.yaml`, content).data as Record<string, unknown>;
  writeFileSync(join(unitDir, 'unit.yaml'), benchUnitProfile(profile));
  for (const file of benchFiles(extra, templates)) {
    const path = join(content, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return { tmp, project };
}

// ---------------------------------------------------------------------------------------------------------
// Memory of the build's whole process tree: the sum of VmRSS, read from /proc every SAMPLE_MS.

function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [rootPid];
  for (let k = 0; k < tree.length; k++) tree.push(...(children.get(tree[k] ?? -1) ?? []));
  return tree;
}

function treeRssKb(rootPid: number): number {
  let sum = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      sum += Number(m?.[1] ?? 0);
    } catch {
      // ended
    }
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------------------
// One build, measured.

interface BuildResult {
  ok: boolean;
  seconds: number;
  /** Largest single process of the tree (GNU time's %M, from the kernel's accounting), in kB. */
  maxRssKb: number | undefined;
  /** Largest sum of VmRSS over the tree, sampled. */
  treeRssKb: number;
  /** Output lines, each with the seconds since the start. */
  log: { at: number; line: string }[];
}

function build(tmp: string, project: string): Promise<BuildResult> {
  const timeFile = join(tmp, 'time.txt');
  const astro = join(project, 'node_modules', '.bin', 'astro');
  const command = hasTime ? [TIME, '-f', '%M', '-o', timeFile, astro, 'build'] : [astro, 'build'];
  const env = {
    ...process.env,
    SITE_UNIT: BENCH_UNIT,
    SITE_CONTENT_DIR: join(project, 'content'),
    SITE_OUT_DIR: join(tmp, 'dist'),
    SITE_URL: 'http://localhost:4399',
    SITE_BASE: '/',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const start = performance.now();
  const child = spawn(command[0] ?? '', command.slice(1), { cwd: project, env, detached: true });
  running = child;
  const log: BuildResult['log'] = [];
  let partial = '';
  const onData = (chunk: Buffer) => {
    const at = (performance.now() - start) / 1000;
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) log.push({ at, line });
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let peakTree = 0;
  const sample = () => {
    if (child.pid) peakTree = Math.max(peakTree, treeRssKb(child.pid));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      running = undefined;
      const seconds = (performance.now() - start) / 1000;
      if (partial) log.push({ at: seconds, line: partial });
      let maxRssKb: number | undefined;
      if (hasTime && existsSync(timeFile)) {
        const m = /^(\d+)\s*$/m.exec(readFileSync(timeFile, 'utf8'));
        maxRssKb = m ? Number(m[1]) : undefined;
      }
      resolve({ ok: code === 0, seconds, maxRssKb, treeRssKb: peakTree, log });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// What the build wrote.

interface Output {
  html: number;
  files: number;
  bytes: number;
  indexFiles: number;
  indexBytes: number;
  /** The heaviest HTML page, relative to the output folder. */
  largest: { path: string; bytes: number };
}

function measureOutput(out: string): Output {
  const result: Output = {
    html: 0,
    files: 0,
    bytes: 0,
    indexFiles: 0,
    indexBytes: 0,
    largest: { path: '', bytes: 0 },
  };
  const walk = (dir: string, inIndex: boolean) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(path, inIndex || (dir === out && entry.name === 'pagefind'));
        continue;
      }
      const size = lstatSync(path).size;
      result.files++;
      result.bytes += size;
      if (entry.name.endsWith('.html')) {
        result.html++;
        if (size > result.largest.bytes) result.largest = { path: relative(out, path), bytes: size };
      }
      if (inIndex) {
        result.indexFiles++;
        result.indexBytes += size;
      }
    }
  };
  walk(out, false);
  return result;
}

// Where the time goes: the build's log lines that end each stage, in order (Astro's own messages and ours).
const stages: [label: string, width: number, end: RegExp][] = [
  ['Khởi động, cấu hình, kiểm tra nội dung', 39, /\[content\] Syncing content/],
  ['Đồng bộ nội dung, kiểu', 23, /\[build\] Building static entrypoints/],
  ['Dựng mã (Vite)', 15, /generating static routes/],
  ['Sinh trang', 11, /✓ Completed in/],
  ['Ảnh, sitemap, Pagefind', 23, /Chỉ mục tìm kiếm:/],
  ['Service worker, soạn thảo, còn lại', 35, /\[build\] Complete!/],
];

/** Seconds spent in each stage; undefined for a stage whose end the log does not show. */
function stageSeconds(log: BuildResult['log']): (number | undefined)[] {
  let from = 0;
  let previous = 0;
  return stages.map(([, , end]) => {
    const k = log.findIndex((l, i) => i >= from && end.test(l.line));
    if (k < 0) return undefined;
    const at = log[k]?.at ?? previous;
    const seconds = at - previous;
    [from, previous] = [k + 1, at];
    return seconds;
  });
}

// ---------------------------------------------------------------------------------------------------------

interface Row {
  extra: number;
  output: Output;
  result: BuildResult;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const mbKb = (kb: number | undefined) => (kb === undefined ? '—' : `${(kb / 1024).toFixed(0)} MB`);
const num = (n: number) => n.toLocaleString('vi-VN');

const columns: [header: string, width: number, cell: (r: Row) => string][] = [
  ['Trang thêm', 10, (r) => num(r.extra)],
  ['Tin + thủ tục', 15, (r) => `${num(plan(r.extra).news)} + ${num(plan(r.extra).guides)}`],
  ['Trang HTML', 11, (r) => num(r.output.html)],
  ['Thời gian dựng', 15, (r) => `${r.result.seconds.toFixed(1)} s`],
  ['Trang/giây', 11, (r) => (r.output.html / r.result.seconds).toFixed(1)],
  ['Dung lượng đầu ra', 23, (r) => `${mb(r.output.bytes)} (${num(r.output.files)} tệp)`],
  ['Chỉ mục tìm kiếm', 19, (r) => `${mb(r.output.indexBytes)} (${num(r.output.indexFiles)} tệp)`],
  ['Bộ nhớ đỉnh¹', 13, (r) => mbKb(r.result.maxRssKb)],
  ['Cả cây²', 9, (r) => mbKb(r.result.treeRssKb)],
];

function printTable(rows: Row[]): void {
  const line = (cells: string[]) => cells.map((c, k) => c.padStart(columns[k]?.[1] ?? 0)).join(' | ');
  console.log(line(columns.map(([h]) => h)));
  console.log(columns.map(([, w]) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(columns.map(([, , cell]) => cell(row))));
}

async function main(): Promise<void> {
  const source = snapshot();
  const templates = readEntries(collectionSpecs.procedures, baseUnit, join(source, 'content')).map((e) => e.data);
  const memory = hasTime
    ? `¹ ${TIME} -f %M: RSS lớn nhất của một tiến trình trong cây (thường là node của astro build).`
    : `¹ không có ${TIME} trên máy này.`;
  console.log(
    `Đo dựng trang theo quy mô — đơn vị tổng hợp «${BENCH_UNIT}» (chép từ ${baseUnit}), trang thêm: ${runs.slice(1).map(num).join(', ')}`,
  );
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', ...projectFiles], { cwd: root, encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean).length;
  if (head)
    console.log(
      `Mã nguồn: ${head}${dirty ? `, cùng ${dirty} tệp đang sửa chưa commit (chụp một lần lúc bắt đầu)` : ''}`,
    );
  console.log(
    `Máy: ${availableParallelism()} lõi, tải trung bình 1/5/15 phút lúc bắt đầu: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}\n`,
  );
  // A first build reads node_modules and the sources from disk; the ones measured find them in memory.
  process.stdout.write('• làm nóng (0 trang thêm, không tính): ');
  const warm = prepare(source, 0, templates);
  const warmResult = await build(warm.tmp, warm.project);
  rmSync(warm.tmp, { recursive: true, force: true });
  temps.delete(warm.tmp);
  console.log(warmResult.ok ? `${warmResult.seconds.toFixed(1)} s` : 'lỗi (xem lần dựng đầu tiên dưới đây)');
  const rows: Row[] = [];
  for (const extra of runs) {
    const { news, guides } = plan(extra);
    process.stdout.write(`• ${num(extra)} trang thêm (${num(news)} tin, ${num(guides)} thủ tục): chuẩn bị… `);
    const { tmp, project } = prepare(source, extra, templates);
    process.stdout.write('dựng… ');
    const result = await build(tmp, project);
    if (process.env.BENCH_LOG_DIR) {
      mkdirSync(process.env.BENCH_LOG_DIR, { recursive: true });
      writeFileSync(
        join(process.env.BENCH_LOG_DIR, `bench-${extra}.log`),
        result.log.map((l) => `${l.at.toFixed(2).padStart(8)}  ${l.line}`).join('\n') + '\n',
      );
    }
    if (!result.ok) {
      console.log('LỖI');
      console.error(`\nDựng thất bại với ${num(extra)} trang thêm. Cuối nhật ký dựng:\n`);
      console.error(
        result.log
          .slice(-60)
          .map((l) => l.line)
          .join('\n'),
      );
      cleanUp();
      process.exit(1);
    }
    const output = measureOutput(join(tmp, 'dist'));
    rows.push({ extra, output, result });
    console.log(`${result.seconds.toFixed(1)} s, ${num(output.html)} trang HTML`);
    rmSync(tmp, { recursive: true, force: true });
    temps.delete(tmp);
  }
  console.log('');
  printTable(rows);
  console.log(`\n${memory}`);
  console.log(
    `² tổng VmRSS của mọi tiến trình trong cây (astro, esbuild, pagefind…), đọc /proc mỗi ${SAMPLE_MS} ms; trang bộ nhớ dùng chung bị tính lặp, đỉnh ngắn hơn ${SAMPLE_MS} ms có thể lọt.`,
  );
  console.log(
    'Thời gian dựng: đồng hồ thực, từ lúc chạy astro build tới khi thoát (kiểm tra nội dung, dựng, chỉ mục tìm kiếm). Mỗi lần dựng dùng bộ nhớ đệm Astro trống; gói trình soạn thảo /admin/ (node_modules/.cache) được dùng lại.',
  );
  console.log('\nTrang HTML nặng nhất:');
  for (const r of rows) {
    console.log(
      `  ${num(r.extra).padStart(10)}: ${r.output.largest.path} (${(r.output.largest.bytes / 1024).toFixed(0)} kB)`,
    );
  }
  console.log('\nThời gian theo giai đoạn (s), theo các dòng nhật ký của astro build:');
  const stageLine = (cells: string[]) =>
    cells.map((c, k) => c.padStart(k === 0 ? 10 : (stages[k - 1]?.[1] ?? 0))).join(' | ');
  console.log(stageLine(['Trang thêm', ...stages.map(([label]) => label)]));
  console.log(['-'.repeat(10), ...stages.map(([, w]) => '-'.repeat(w))].join('-|-'));
  for (const r of rows) {
    const seconds = stageSeconds(r.result.log);
    console.log(stageLine([num(r.extra), ...seconds.map((t) => (t === undefined ? '—' : t.toFixed(1)))]));
  }
  const [first, ...rest] = rows;
  if (first && rest.length > 0) {
    console.log('\nSo với bản gốc (0 trang thêm):');
    for (const r of rest) {
      const pages = r.output.html - first.output.html;
      const seconds = r.result.seconds - first.result.seconds;
      const rate = seconds > 0 ? `${(pages / seconds).toFixed(1)} trang thêm/giây` : 'nhiễu lớn hơn phần tăng';
      console.log(
        `  +${num(r.extra)}: +${num(pages)} trang HTML, ${seconds >= 0 ? '+' : ''}${seconds.toFixed(1)} s (${rate}), +${mb(r.output.bytes - first.output.bytes)} đầu ra, +${mb(r.output.indexBytes - first.output.indexBytes)} chỉ mục`,
      );
    }
  }
}

try {
  await main();
} finally {
  cleanUp();
}
