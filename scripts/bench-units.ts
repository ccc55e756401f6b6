// npm run bench:units [-- N]: how long building many units takes. In a clean copy of the checkout (never in
// the repository: every unit of deploy/units.json is built and tested), makes N synthetic units (default 20)
// with `npm run new -- don-vi`, as an editor would, then builds those N with `npm run build:all`, which prints
// each unit's pages and seconds and the total. The copy is removed afterwards. The names say they are
// synthetic («Phường Thử Tải 1»…), across the three levels of unit.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unitKinds } from '../src/lib/vocabulary.ts';
import { cleanCopy } from './clean-copy.ts';
import { parseUnitName } from './lib/scaffold-unit.ts';

const count = Number(process.argv[2] ?? 20);
if (!Number.isSafeInteger(count) || count <= 0) {
  console.error(`Số đơn vị phải là số nguyên dương, ví dụ: npm run bench:units -- 20 (nhận được: ${process.argv[2]})`);
  process.exit(1);
}

const levels = Object.values(unitKinds);
const names = Array.from({ length: count }, (_, i) => `${levels[i % levels.length] ?? 'Phường'} Thử Tải ${i + 1}`);
const copy = cleanCopy(process.cwd());
const stop = () => rmSync(copy, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stop();
    process.exit(130);
  });
}

// The copy's own tools, and none of this shell's site settings.
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('SITE_'))),
  PATH: `${join(copy, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
};
const run = (args: string[], quiet: boolean) =>
  spawnSync(process.execPath, args, { cwd: copy, env, encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });

try {
  const load = () =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
  console.log(`Bản sao: ${copy}. Tải máy (1, 5, 15 phút) lúc bắt đầu: ${load()}.`);
  const made = performance.now();
  for (const name of names) {
    const result = run(['scripts/new.ts', 'don-vi', name], true);
    if (result.status !== 0) throw new Error(`npm run new -- don-vi "${name}": ${result.stderr}`);
  }
  console.log(`✓ npm run new -- don-vi: ${count} đơn vị trong ${((performance.now() - made) / 1000).toFixed(1)} giây.`);
  const check = run(['scripts/check.ts', '--content-only'], true);
  if (check.status !== 0) throw new Error(`npm run check:\n${check.stdout}${check.stderr}`);
  console.log(`${check.stdout.trim().split('\n').at(-1) ?? ''}\n`);
  const build = run(['scripts/build-all.ts', ...names.map((n) => parseUnitName(n).slug)], false);
  console.log(`Tải máy lúc kết thúc: ${load()}.`);
  process.exitCode = build.status ?? 1;
} finally {
  stop();
}
