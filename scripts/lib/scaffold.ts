// `npm run new -- <loại> "<tiêu đề>"`: a new content file of any kind, for ward editors. Named by the title
// (Vietnamese slug), in the folder the build reads, dated today in Vietnam, with every required field and a
// hint for each. Nothing is invented: what only the editor knows is left empty, so `npm run check` names it.
// Pure: scripts/new.ts reads the clock, the environment and the files.
import { collectionSpecs, kindFolders, type CollectionName } from '../../src/schemas/index.ts';
import { fieldsOf, skeleton, toData, toYamlLines, type FieldHint, type ObjectNode } from './scaffold-fields.ts';
import { discriminatorOf, type JsonSchema } from '../../src/lib/json-schema.ts';
import { collectionJsonSchema } from '../../src/schemas/schema-json.ts';
import { DEFAULT_TIME_ZONE, dateIn } from '../../src/lib/dates.ts';
import { slugify } from '../../src/lib/slug.ts';

export class ScaffoldError extends Error {
  override name = 'ScaffoldError';
}

export type CreatableKind = Exclude<CollectionName, 'units'>;

/**
 * Every kind `npm run new` makes, in the order editors need them most. How each is named, where it goes, its
 * extension, the field its title goes into and what its body says are the registry's (src/schemas/index.ts).
 */
const kinds: CreatableKind[] = [
  'news',
  'campaigns',
  'infographics',
  'faq',
  'messages',
  'screens',
  'metrics',
  'qr',
  'procedures',
  'procedureOverrides',
  'samples',
  'indicators',
];

/** Names that choose one variant of a kind made of variants («phat-thanh»: a campaign of that kind). */
const variantAliases = new Map(
  kinds.flatMap((name) =>
    (collectionSpecs[name].variantAliases ?? []).map((variant) => [variant, { name, variant }] as const),
  ),
);

/** One thing `npm run new` can make: a kind, or one variant of a kind made of variants. */
export interface KindChoice {
  name: CreatableKind;
  /** What the editor types for it. */
  alias: string;
  /** The file is named after an existing procedure guide: the «title» is that guide's file name. */
  namesProcedure: boolean;
}

/** Every kind `npm run new` can make, and every variant it names, in the order editors need them most. */
export function kindChoices(): KindChoice[] {
  return [
    ...kinds.map((name) => ({
      name,
      alias: collectionSpecs[name].aliases[0] ?? name,
      namesProcedure: collectionSpecs[name].namesProcedure ?? false,
    })),
    ...[...variantAliases].map(([alias, { name }]) => ({ name, alias, namesProcedure: false })),
  ];
}

export const USAGE_EXAMPLE = 'npm run new -- tin "Phường Hồng Bàng ra mắt trợ lý ảo"';

/** Every kind, what it is and where it goes. */
export function kindList(): string {
  const rows: [string, string][] = kinds.map((name) => {
    const spec = collectionSpecs[name];
    const { unit, shared } = kindFolders(name, '<đơn vị>');
    const where = unit && shared ? 'của đơn vị, hoặc dùng chung với --chung' : unit ? 'của đơn vị' : 'dùng chung';
    return [`${spec.aliases[0]} (${name})`, `${spec.label} — ${where}`];
  });
  for (const [alias, { name, variant }] of variantAliases) {
    const spec = collectionSpecs[name];
    rows.push([alias, `${spec.label}, loại ${variant} — như ${spec.aliases[0]}`]);
  }
  const width = Math.max(...rows.map(([k]) => k.length)) + 2;
  return [
    'Các loại nội dung tạo được:',
    ...rows.map(([k, v]) => `  ${k.padEnd(width)}${v}`),
    '',
    `Một đơn vị mới: npm run new -- ${collectionSpecs.units.aliases[0]} "<tên đơn vị>", ví dụ "Phường Hồng An": hồ sơ,`,
    '  một màn hình LED, mã QR đầu tiên và dòng trong deploy/units.json. Hồ sơ đã có thì sửa trực tiếp tệp unit.yaml.',
  ].join('\n');
}

export function usage(): string {
  return [
    'Cách dùng: npm run new -- <loại> "<tiêu đề>"',
    `Ví dụ:     ${USAGE_EXAMPLE}`,
    '',
    'Tùy chọn:',
    '  --unit <đơn vị>   tạo cho đơn vị khác (mặc định: đơn vị trong SITE_UNIT, hoặc đơn vị mặc định của trang)',
    '  --chung           đặt vào content/shared, dùng chung cho mọi đơn vị (với loại đặt được cả hai nơi)',
    '',
    kindList(),
  ].join('\n');
}

/** Whether the editor named the unit profile («don-vi»): `npm run new` then makes a whole new unit. */
export function namesUnit(input: string): boolean {
  const wanted = slugify(input);
  return wanted === slugify('units') || collectionSpecs.units.aliases.includes(wanted);
}

/** The kind an editor named: its key, an alias, with or without diacritics and capitals. */
export function resolveKind(input: string, unit = '<đơn vị>'): { name: CreatableKind; variant: string } {
  const wanted = slugify(input);
  const named = (name: CollectionName) => slugify(name) === wanted || collectionSpecs[name].aliases.includes(wanted);
  if (namesUnit(input)) {
    throw new ScaffoldError(
      `Mỗi đơn vị có đúng một hồ sơ, là tệp content/units/${unit}/unit.yaml: mở tệp đó để sửa. ` +
        'Một đơn vị mới (hồ sơ, màn hình, mã QR) tạo bằng: npm run new -- don-vi "<tên đơn vị>".',
    );
  }
  const byVariant = variantAliases.get(wanted);
  if (byVariant) return byVariant;
  const name = kinds.find(named);
  if (name) return { name, variant: '' };
  throw new ScaffoldError(`Không có loại nội dung «${input}».\n\n${kindList()}`);
}

/** Whether the new file goes in the unit's folder or in content/shared. */
export function scopeOf(name: CreatableKind, shared: boolean): 'unit' | 'shared' {
  const where = kindFolders(name, 'x');
  if (shared && !where.shared) {
    throw new ScaffoldError(
      `${collectionSpecs[name].label} chỉ đặt trong thư mục của từng đơn vị, không dùng chung được: bỏ --chung.`,
    );
  }
  return shared || !where.unit ? 'shared' : 'unit';
}

/** The file name for a title: its slug, cut at a word to at most `max` characters. */
export function fileSlug(title: string, max = 80): string {
  const slug = slugify(title);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}

export interface ScaffoldRequest {
  /** A kind key or alias, as typed. */
  kind: string;
  title: string;
  now: Date;
  /** The unit the file is for (used for a unit's own kinds). */
  unit: string;
  /** Put the file in content/shared, for kinds that can live in both. */
  shared?: boolean;
}

export interface Scaffold {
  name: CreatableKind;
  label: string;
  scope: 'unit' | 'shared';
  unit: string;
  /** Under content/, as `npm run check` names files after «content/». */
  path: string;
  text: string;
  /** Every field left empty for the editor, with its hint; «(nội dung bài)» for a Markdown body. */
  toFill: FieldHint[];
  /** What else the editor should know about this file. */
  notes: string[];
  /** A file under content/ that must exist first, and what to say when it does not. */
  needs?: { path: string; message: string };
}

/** The variant of a kind made of variants (campaigns, QR codes) that the new entry is: `variant`, or the first. */
function pickVariant(schema: JsonSchema, variant: string): { entry: JsonSchema; tag: string } {
  const variants = schema.oneOf;
  if (!variants) return { entry: schema, tag: '' };
  const key = discriminatorOf(variants) ?? '';
  const entry = variants.find((v) => v.properties?.[key]?.const === variant) ?? variants[0] ?? schema;
  return { entry, tag: String(entry.properties?.[key]?.const ?? '') };
}

/** Top-level fields not written in the file: «cover: Ảnh bìa và mô tả ảnh». */
function optionalFields(entry: JsonSchema, written: ObjectNode): string[] {
  return Object.entries(entry.properties ?? {})
    .filter(([key]) => !written.fields.some((f) => f.key === key))
    .map(([key, prop]) => `${key}: ${prop.description ?? ''}`);
}

function titleNotes(entry: JsonSchema, field: string, title: string): string[] {
  const prop = entry.properties?.[field];
  const length = [...title].length;
  if (prop?.maxLength !== undefined && length > prop.maxLength) {
    return [`Tiêu đề dài ${length} ký tự, quá giới hạn ${prop.maxLength} ký tự của trường ${field}: hãy rút gọn.`];
  }
  if (prop?.minLength !== undefined && length < prop.minLength) {
    return [`Trường ${field} cần ít nhất ${prop.minLength} ký tự: hãy viết đầy đủ hơn.`];
  }
  return [];
}

/** A content file as `npm run new` writes it: its text, the fields left for the editor and those dated today. */
export interface EntryFile {
  text: string;
  toFill: FieldHint[];
  dated: string[];
  /** The kind's top-level fields not written in the file: «cover: Ảnh bìa và mô tả ảnh». */
  optional: string[];
  /** The JSON Schema of the entry written (of its variant, for a kind made of variants). */
  entry: JsonSchema;
}

/**
 * A file of kind `name` holding `preset` and every other required field (each with its hint), written as its
 * kind is written (YAML with hints as comments, JSON, Markdown with a body to write); `heading` opens a YAML
 * file as comment lines. `variant` chooses one variant of a kind made of variants.
 */
export function entryFile(
  name: CollectionName,
  preset: Record<string, unknown>,
  today: string,
  { variant = '', heading = [] }: { variant?: string; heading?: readonly string[] } = {},
): EntryFile {
  const spec = collectionSpecs[name];
  const schema = collectionJsonSchema(name);
  const { entry, tag } = pickVariant(schema, variant || spec.newVariant || '');
  const node = skeleton(schema, today, preset, tag);
  // A draft says so on its first line; a file written to be published has no draft line at all.
  if ('draft' in preset) node.fields.sort((a, b) => Number(b.key === 'draft') - Number(a.key === 'draft'));
  else node.fields = node.fields.filter((f) => f.key !== 'draft');
  const { toFill, dated } = fieldsOf(node);
  const optional = optionalFields(entry, node);

  let text: string;
  if (spec.extension === 'json') text = `${JSON.stringify(toData(node), null, 2)}\n`;
  else {
    const tail = optional.length ? ['# Có thể thêm (không bắt buộc):', ...optional.map((o) => `#   ${o}`)] : [];
    const yaml = [...heading.map((line) => `# ${line}`), ...toYamlLines(node), ...tail].join('\n');
    if (spec.bodyTemplate) {
      const bodyHint = spec.bodyTemplate(tag);
      const bodyComment = spec.extension === 'mdx' ? `{/* ${bodyHint} */}` : `<!-- ${bodyHint} -->`;
      text = `---\n${yaml}\n---\n\n${bodyComment}\n`;
      toFill.push({ field: '(nội dung bài)', hint: `Phần dưới dòng --- thứ hai. ${bodyHint}` });
    } else text = `${yaml}\n`;
  }
  return { text, toFill, dated, optional, entry };
}

export function scaffold(request: ScaffoldRequest): Scaffold {
  const { name, variant } = resolveKind(request.kind, request.unit);
  const title = request.title.trim().replace(/\s+/g, ' ');
  if (!title) throw new ScaffoldError(`Thiếu tiêu đề.\n\n${usage()}`);
  const slug = fileSlug(title);
  if (!slug)
    throw new ScaffoldError(`Tiêu đề «${title}» không có chữ hay số nào để đặt tên tệp: hãy viết tiêu đề bằng chữ.`);
  const scope = scopeOf(name, request.shared ?? false);
  const spec = collectionSpecs[name];
  const where = kindFolders(name, request.unit);
  const path = `${scope === 'unit' ? where.unit : where.shared}/${slug}.${spec.extension}`;

  const today = dateIn(request.now, DEFAULT_TIME_ZONE);
  const preset: Record<string, unknown> = {};
  if (spec.namesProcedure) {
    // A kind named after its guide may also name it in a field (its link to procedures): the same name.
    const field = spec.links?.find((link) => link.to === 'procedures')?.field;
    if (field) preset[field] = slug;
  } else if (spec.titleField) preset[spec.titleField] = title;
  // Every kind that can be made here can be a draft: the new file starts as one, so it passes the check and
  // the build while its fields are still empty, and is published only once the editor removes the flag.
  preset.draft = true;
  const { text, toFill, dated, optional, entry } = entryFile(name, preset, today, { variant });

  const notes = [
    ...(spec.titleField && !spec.namesProcedure ? titleNotes(entry, spec.titleField, title) : []),
    ...dated.map((field) => `Trường ${field} đã điền ngày hôm nay (${today}): sửa nếu cần.`),
  ];
  notes.push(
    'Tệp là bản nháp (draft: true): chưa hiện ở đâu trên trang, và npm run check chỉ nhắc những gì còn thiếu. ' +
      'Khi điền xong, bỏ dòng draft: true (hoặc đặt draft: false) để đăng: từ lúc đó mọi trường phải đúng.',
  );
  if (scope === 'shared') notes.push('Tệp đặt trong content/shared: dùng chung cho trang của mọi đơn vị.');
  if (name === 'qr') {
    notes.push(
      `Tên tệp «${slug}» là mã QR, nằm trong địa chỉ in trên mã. Khi còn là bản nháp, mã chưa có trang: đừng in. Mã đã phát hành không được xóa hay đổi tên.`,
    );
  }
  if (spec.extension === 'json' && optional.length) notes.push(`Có thể thêm (không bắt buộc): ${optional.join('; ')}.`);

  const needs = spec.namesProcedure
    ? {
        path: `shared/procedures/${slug}.yaml`,
        message:
          `Không có hướng dẫn thủ tục «${slug}» (tệp content/shared/procedures/${slug}.yaml). ` +
          `${collectionSpecs[name].label} mang tên tệp của hướng dẫn thủ tục mà nó thuộc về: ` +
          'hãy ghi đúng tên tệp (không có đuôi .yaml) hoặc tên của một hướng dẫn có sẵn trong content/shared/procedures.',
      }
    : undefined;
  return {
    name,
    label: collectionSpecs[name].label,
    scope,
    unit: request.unit,
    path,
    text,
    toFill,
    notes,
    ...(needs && { needs }),
  };
}

/** What `npm run new` prints once the file is written. */
export function report(s: Scaffold): string {
  const where = s.scope === 'unit' ? `${s.label} của đơn vị ${s.unit}` : `${s.label}, dùng chung`;
  const json = s.path.endsWith('.json');
  const lines = [`✓ Đã tạo content/${s.path}`, `  ${where}.`, ''];
  if (s.toFill.length) {
    lines.push(
      json
        ? 'Còn phải điền các trường sau (tệp JSON không ghi chú được, nên giải thích ở đây):'
        : 'Còn phải điền các trường sau (giải thích ở dòng ghi chú # trong tệp):',
      ...s.toFill.map((f) => `  • ${f.field}: ${f.hint}`),
      '',
    );
  }
  if (s.notes.length) lines.push('Lưu ý:', ...s.notes.map((n) => `  • ${n}`), '');
  lines.push(
    'Bước tiếp theo:',
    '  1. Mở tệp, điền các trường trên. Chỉ ghi điều văn bản nguồn nêu, không đoán.',
    '  2. Chạy npm run check: lệnh nhắc bản nháp này còn thiếu trường nào. Điền đến khi lệnh báo bản nháp «đã đủ».',
    '  3. Bỏ dòng draft: true, chạy lại npm run check (phải báo ✓), rồi npm run build và npm run preview để xem trang.',
  );
  return lines.join('\n');
}
