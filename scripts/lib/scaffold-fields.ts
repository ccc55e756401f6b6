// The skeleton of a new content file, read off its kind's JSON Schema: every required field (and every
// field with a default), each with its Vietnamese description as a hint. A field gets a value only where
// one is honest without the editor (today's date, the schema's default, the kind of entry being made, what
// the caller knows and presets); everything else is left empty for the editor, never invented. A preset
// null is the explicit «chưa biết»: written empty and listed for the editor. Pure: no files, no clock.
import { stringify } from 'yaml';
import { fieldLabel } from '../../src/lib/content-errors.ts';
import { discriminatorOf, variantOf, withoutNull, type JsonSchema } from '../../src/lib/json-schema.ts';

export type SkeletonNode = ValueNode | ObjectNode | ListNode;
interface ValueNode {
  type: 'value';
  value: unknown;
  hint: string;
  /** Left for the editor to fill. */
  empty: boolean;
  /** Filled with today's date. */
  date?: boolean;
}
export interface ObjectNode {
  type: 'object';
  fields: { key: string; node: SkeletonNode }[];
  hint: string;
}
interface ListNode {
  type: 'list';
  items: SkeletonNode[];
  hint: string;
}

export interface FieldHint {
  /** As `npm run check` names it: «sources[1].document». */
  field: string;
  hint: string;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The field's description, then what the check will ask of it: «Tóm tắt… (bắt buộc, tối đa 300 ký tự)». */
export function hintFor(s: JsonSchema, required: boolean): string {
  const notes: string[] = [];
  if (required) notes.push('bắt buộc');
  if (s.type === 'integer') notes.push('số nguyên');
  if (s.type === 'number') notes.push('một con số');
  if (s.type === 'boolean') notes.push('true hoặc false');
  const description = s.description ?? '';
  // A limit the description already states («không quá 120 ký tự», «(3 đến 600)») is not repeated.
  const add = (note: string, ...limits: number[]) => {
    if (!limits.every((n) => description.includes(String(n)))) notes.push(note);
  };
  if (s.minLength !== undefined && s.minLength > 1) add(`ít nhất ${s.minLength} ký tự`, s.minLength);
  if (s.maxLength !== undefined) add(`tối đa ${s.maxLength} ký tự`, s.maxLength);
  if (s.minItems !== undefined && s.minItems > 0) notes.push(`ít nhất ${s.minItems} mục`);
  if (s.maxItems !== undefined) notes.push(`tối đa ${s.maxItems} mục`);
  const max = s.maximum !== undefined && s.maximum < MAX_SAFE ? s.maximum : undefined;
  if (s.minimum !== undefined && max !== undefined) add(`từ ${s.minimum} đến ${max}`, s.minimum, max);
  else if (s.minimum !== undefined) add(`từ ${s.minimum} trở lên`, s.minimum);
  else if (s.exclusiveMinimum !== undefined) notes.push(`lớn hơn ${s.exclusiveMinimum}`);
  else if (max !== undefined) add(`không quá ${max}`, max);
  const listed = (values: unknown[]) => values.every((v) => description.includes(String(v)));
  if (s.enum && !listed(s.enum)) notes.push(`chọn một trong: ${s.enum.join(', ')}`);
  if (s.items?.enum && !listed(s.items.enum)) notes.push(`mỗi mục chọn một trong: ${s.items.enum.join(', ')}`);
  return [description, notes.length ? `(${notes.join(', ')})` : ''].filter(Boolean).join(' ');
}

/** «bai-viet (Bài viết), phat-thanh (Bài phát thanh…; cần thêm audio)»: each variant and what it adds. */
export function choices(variants: readonly JsonSchema[], all: readonly JsonSchema[], key: string): string {
  const shared = (field: string) => all.every((v) => v.required?.includes(field));
  return variants
    .map((v) => {
      const tag = v.properties?.[key];
      const extra = (v.required ?? []).filter((f) => !shared(f));
      const about = [tag?.description, extra.length ? `cần thêm ${extra.join(', ')}` : ''].filter(Boolean).join('; ');
      return about ? `${String(tag?.const)} (${about})` : String(tag?.const);
    })
    .join(', ');
}

function emptyValue(s: JsonSchema, required: boolean): ValueNode {
  const text = s.type === 'string' || s.enum !== undefined;
  return { type: 'value', value: text ? '' : null, hint: hintFor(s, required), empty: true };
}

/**
 * A union of variants told apart by a fixed field. Where the variant is what the editor is making (a whole
 * entry, a list item) `pick` chooses it: a given value, or the first variant. Where it states a fact (a fee,
 * a processing time) `pick` is undefined: nothing is chosen, the hint lists every choice.
 */
function unionNode(
  s: JsonSchema,
  required: boolean,
  today: string,
  pick: string | undefined,
  preset: Record<string, unknown> = {},
): SkeletonNode {
  const variants = s.oneOf ?? [];
  const key = discriminatorOf(variants);
  if (!key) return emptyValue(s, required);
  const chosen =
    pick === undefined ? undefined : (variants.find((v) => v.properties?.[key]?.const === pick) ?? variants[0]);
  if (!chosen) {
    const hint = `Chọn một trong: ${choices(variants, variants, key)}`;
    return {
      type: 'object',
      hint: hintFor(s, required),
      fields: [{ key, node: { type: 'value', value: '', empty: true, hint } }],
    };
  }
  const others = variants.filter((v) => v !== chosen);
  const tagHint = `${chosen.properties?.[key]?.description ?? ''}. Có thể đổi thành: ${choices(others, variants, key)}`;
  const node = objectNode(chosen, today, preset, hintFor(s, required));
  for (const field of node.fields) if (field.key === key) field.node.hint = tagHint;
  return node;
}

function build(s: JsonSchema, required: boolean, today: string, inList = false): SkeletonNode {
  if (s.oneOf) return unionNode(s, required, today, inList ? '' : undefined);
  const plain = withoutNull(s);
  if (plain !== s) return build(plain, required, today, inList);
  const hint = hintFor(s, required);
  if (s.format === 'date') {
    return {
      type: 'value',
      value: today,
      hint: `${hint} — đã điền ngày hôm nay, sửa nếu cần`,
      empty: false,
      date: true,
    };
  }
  if (s.const !== undefined) return { type: 'value', value: s.const, hint, empty: false };
  if (s.default !== undefined) return { type: 'value', value: s.default, hint, empty: false };
  if (s.type === 'object' && s.properties) return objectNode(s, today, {}, hint);
  if (s.type === 'array') {
    if (!s.items || !s.minItems) return { type: 'value', value: [], hint, empty: false };
    return { type: 'list', hint, items: [build(s.items, true, today, true)] };
  }
  return emptyValue(s, required);
}

/**
 * A field the caller fills with `value`, as it is, each part with its field's hint; null is left empty for the
 * editor. In a list, a hint the list has already shown is not repeated.
 */
function given(s: JsonSchema, value: unknown, required: boolean): SkeletonNode {
  if (Array.isArray(value) && value.length > 0) {
    const items = value.map((item) => given(withoutNull(s).items ?? {}, item, true));
    const shown = new Set<string>();
    for (const item of items) {
      if (item.type !== 'object') continue;
      for (const field of item.fields) {
        if (shown.has(field.node.hint)) field.node.hint = '';
        else shown.add(field.node.hint);
      }
    }
    return { type: 'list', hint: hintFor(withoutNull(s), required), items };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const shape = variantOf(s, value);
    const inner = new Set(shape.required ?? []);
    const fields = Object.entries(value).map(([key, v]) => ({
      key,
      node: given(shape.properties?.[key] ?? {}, v, inner.has(key)),
    }));
    return { type: 'object', hint: hintFor(withoutNull(s), required), fields };
  }
  return { type: 'value', value, hint: hintFor(withoutNull(s), required), empty: value === null };
}

/** Required fields and fields with a default, in the schema's order; `preset` sets named fields' values. */
function objectNode(s: JsonSchema, today: string, preset: Record<string, unknown>, hint: string): ObjectNode {
  const required = new Set(s.required ?? []);
  const fields = Object.entries(s.properties ?? {})
    .filter(([key, prop]) => required.has(key) || prop.default !== undefined || key in preset)
    .map(([key, prop]) => ({
      key,
      node: key in preset ? given(prop, preset[key], required.has(key)) : build(prop, required.has(key), today),
    }));
  return { type: 'object', fields, hint };
}

/** The skeleton of a whole entry; for a union of kinds, `variant` chooses one (the first if not given). */
export function skeleton(s: JsonSchema, today: string, preset: Record<string, unknown>, variant = ''): ObjectNode {
  const node = s.oneOf ? unionNode(s, true, today, variant, preset) : objectNode(s, today, preset, '');
  return node.type === 'object' ? node : { type: 'object', fields: [], hint: '' };
}

/** Every field left empty, and every field filled with today's date, named as the check names them. */
export function fieldsOf(node: SkeletonNode, path: PropertyKey[] = []): { toFill: FieldHint[]; dated: string[] } {
  if (node.type === 'value') {
    const field = fieldLabel(path);
    return { toFill: node.empty ? [{ field, hint: node.hint }] : [], dated: node.date ? [field] : [] };
  }
  const parts =
    node.type === 'object'
      ? node.fields.map((f) => fieldsOf(f.node, [...path, f.key]))
      : node.items.map((item, i) => fieldsOf(item, [...path, i]));
  return { toFill: parts.flatMap((p) => p.toFill), dated: parts.flatMap((p) => p.dated) };
}

/** The entry as plain data (for JSON, which has no comments). */
export function toData(node: SkeletonNode): unknown {
  if (node.type === 'value') return node.value;
  if (node.type === 'list') return node.items.map(toData);
  return Object.fromEntries(node.fields.map((f) => [f.key, toData(f.node)]));
}

function yamlScalar(node: ValueNode): string {
  const { value } = node;
  if (value === null) return '';
  if (value === '') return "''";
  if (node.date || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return stringify(value, { lineWidth: 0, singleQuote: true }).trimEnd();
  return JSON.stringify(value);
}

const comment = (hint: string) => (hint ? ` # ${hint}` : '');

function fieldLines(key: string, node: SkeletonNode, indent: string): string[] {
  if (node.type === 'value') {
    const value = yamlScalar(node);
    return [`${indent}${key}:${value ? ` ${value}` : ''}${comment(node.hint)}`];
  }
  const head = [...(node.hint ? [`${indent}# ${node.hint}`] : []), `${indent}${key}:`];
  if (node.type === 'object') return [...head, ...toYamlLines(node, `${indent}  `)];
  return [...head, ...node.items.flatMap((item) => itemLines(item, `${indent}  `))];
}

function itemLines(item: SkeletonNode, indent: string): string[] {
  if (item.type === 'value') return [`${indent}- ${yamlScalar(item) || 'null'}${comment(item.hint)}`];
  if (item.type === 'list') return [`${indent}-`, ...item.items.flatMap((i) => itemLines(i, `${indent}  `))];
  const lines = toYamlLines(item, `${indent}  `);
  const first = lines.findIndex((l) => !l.trimStart().startsWith('#'));
  // «- » starts the item at its first field; a hint above that field goes above the «- ».
  return lines.map((line, i) =>
    i < first ? `${indent}${line.trimStart()}` : i === first ? `${indent}- ${line.slice(indent.length + 2)}` : line,
  );
}

/** YAML with each field's hint as a comment: on its line for a value, above it for a group or a list. */
export function toYamlLines(node: ObjectNode, indent = ''): string[] {
  return node.fields.flatMap((f) => fieldLines(f.key, f.node, indent));
}
