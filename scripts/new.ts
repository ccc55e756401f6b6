// npm run new -- <loại> "<tiêu đề>" [--unit <đơn vị>] [--chung]: creates a new content file with every
// required field and a hint for each (see scripts/lib/scaffold.ts), never over an existing one.
// npm run new -- don-vi "<tên đơn vị>": a new unit (scripts/lib/scaffold-unit.ts) and its line in the deploy
// list. Every refusal is one Vietnamese message and exit code 1, never a stack trace.
import { existsSync, globSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { activeUnit, contentDir, listUnits } from '../src/units.ts';
import { collectionSpecs, entryId } from '../src/schemas/index.ts';
import {
  namesUnit,
  report,
  resolveKind,
  scaffold,
  ScaffoldError,
  scopeOf,
  usage,
  USAGE_EXAMPLE,
} from './lib/scaffold.ts';
import { scaffoldUnit, unitReport } from './lib/scaffold-unit.ts';
import { deployListFile, readDeployList } from './lib/unit-builds.ts';

interface Args {
  positional: string[];
  unit?: string;
  shared: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { positional: [], shared: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--chung' || arg === '--shared') args.shared = true;
    else if (arg === '--unit' || arg === '--don-vi') {
      const value = argv[++i];
      if (!value || value.startsWith('-'))
        throw new ScaffoldError(`Thiếu tên đơn vị sau ${arg}, ví dụ ${arg} hong-bang.`);
      args.unit = value;
    } else if (/^--(unit|don-vi)=/.test(arg)) args.unit = arg.slice(arg.indexOf('=') + 1);
    else if (arg.startsWith('--')) throw new ScaffoldError(`Không có tùy chọn «${arg}».\n\n${usage()}`);
    else args.positional.push(arg);
  }
  return args;
}

/** The unit the file is for: --unit, else the active unit (SITE_UNIT, the only unit, the default). */
function chooseUnit(wanted: string | undefined, units: readonly string[]): string {
  const unit = activeUnit(wanted?.trim() || process.env.SITE_UNIT, units);
  if (!units.includes(unit)) {
    throw new ScaffoldError(
      units.length
        ? `Đơn vị «${unit}» không có trong content/units. Các đơn vị có sẵn: ${units.join(', ')}. Chọn bằng --unit <đơn vị>.`
        : 'Chưa có đơn vị nào trong content/units (mỗi đơn vị là một thư mục có tệp unit.yaml).',
    );
  }
  return unit;
}

/** Another file that already has this entry's name would clash with it (same page address). */
function clash(name: keyof typeof collectionSpecs, id: string, units: readonly string[]): string | undefined {
  const spec = collectionSpecs[name];
  for (const unit of units) {
    for (const rel of spec.patterns(unit).flatMap((pattern) => globSync(pattern, { cwd: contentDir }))) {
      if (entryId(rel, spec.idFrom) === id) return `content/${rel}`;
    }
  }
  return undefined;
}

/** A new unit: its folder's files, then its line in the deploy list. */
function newUnit(name: string): void {
  const listFile = deployListFile(contentDir);
  if (!existsSync(listFile)) {
    throw new ScaffoldError(
      `Không có danh sách xuất bản ${listFile} (deploy/units.json cạnh thư mục content): lệnh cần nó để thêm đơn vị.`,
    );
  }
  let deployed;
  try {
    deployed = readDeployList(listFile);
  } catch (error) {
    throw new ScaffoldError((error as Error).message);
  }
  const unitsDir = join(contentDir, 'units');
  const existing = existsSync(unitsDir)
    ? readdirSync(unitsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
  const made = scaffoldUnit({ name, now: new Date(), existing, deployed });
  for (const file of made.files) {
    const target = join(contentDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text, { flag: 'wx' });
  }
  writeFileSync(listFile, made.deployList);
  console.log(unitReport(made));
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(usage());
    return;
  }
  const [kindArg, ...titleWords] = args.positional;
  if (!kindArg) throw new ScaffoldError(usage());
  if (namesUnit(kindArg)) {
    newUnit(titleWords.join(' '));
    return;
  }
  const units = listUnits();
  const named = activeUnit(args.unit?.trim() || process.env.SITE_UNIT, units);
  const { name } = resolveKind(kindArg, named);
  const title = titleWords.join(' ').trim();
  if (!title) {
    throw new ScaffoldError(
      `Thiếu tiêu đề. Viết tiêu đề trong dấu ngoặc kép sau loại nội dung:\n  npm run new -- ${kindArg} "<tiêu đề>"\nVí dụ: ${USAGE_EXAMPLE}`,
    );
  }
  const scope = scopeOf(name, args.shared);
  const unit = scope === 'unit' ? chooseUnit(args.unit, units) : named;
  const made = scaffold({ kind: kindArg, title, now: new Date(), unit, shared: args.shared });

  const target = join(contentDir, made.path);
  if (existsSync(target)) {
    throw new ScaffoldError(
      `Đã có tệp content/${made.path}: lệnh không ghi đè lên nội dung có sẵn. Mở tệp đó để sửa, hoặc đặt tiêu đề khác.`,
    );
  }
  const id =
    made.path
      .split('/')
      .at(-1)
      ?.replace(/\.[a-z]+$/, '') ?? '';
  const other = clash(name, id, scope === 'unit' ? [unit] : units);
  if (other) {
    throw new ScaffoldError(
      `Đã có «${id}» ở ${other}: hai tệp cùng tên trong mục ${made.label} sẽ trùng địa chỉ trang. Mở tệp đó để sửa, hoặc đặt tiêu đề khác.`,
    );
  }
  if (made.needs && !existsSync(join(contentDir, made.needs.path))) throw new ScaffoldError(made.needs.message);

  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, made.text, { flag: 'wx' });
  console.log(report(made));
}

try {
  main();
} catch (error) {
  const message =
    error instanceof ScaffoldError
      ? error.message
      : (error as NodeJS.ErrnoException).code === 'EEXIST'
        ? 'Tệp vừa được tạo bởi một lệnh khác: lệnh không ghi đè. Chạy lại để xem.'
        : `Không tạo được tệp: ${(error as Error).message}`;
  console.error(`\n${message}\n`);
  process.exit(1);
}
