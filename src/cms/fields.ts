// Turns a content kind's schema (as JSON Schema, src/lib/json-schema.ts) into the web editor's fields, so
// the editor asks for exactly what the check accepts: same names, same limits, the schema's help texts.
import { discriminatorOf, withoutNull, type JsonSchema } from '../lib/json-schema.ts';
import { imageAccept, maxImageBytes } from '../lib/published-types.ts';
import * as vocabulary from '../lib/vocabulary.ts';

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string | undefined;
  required?: boolean;
  [option: string]: unknown;
}

/** Fields that name another entry: the editor offers a list to pick from instead of a free text box. */
export type Relations = Record<string, { collection: string; searchField: string }>;

/** Free text longer than this gets a multi-line box. */
const longText = 150;
/** Text fields without a length limit that still hold sentences, not names. */
const sentenceFields = new Set(['summary', 'intro', 'definition', 'detail', 'transcript', 'localNote', 'pledge']);

export class CmsFieldError extends Error {}

const vocabularies = (Object.values(vocabulary) as unknown[]).filter(
  (v): v is Record<string, string> => typeof v === 'object' && v !== null && !Array.isArray(v),
);

/** A fixed list's choices, each with the Vietnamese name residents see where the site has one. */
export function selectOptions(values: readonly unknown[]): (unknown | { label: string; value: unknown })[] {
  const fits = (v: Record<string, string>) => values.every((value) => typeof value === 'string' && value in v);
  const names = vocabularies.find((v) => fits(v) && Object.keys(v).length === values.length) ?? vocabularies.find(fits);
  return names ? values.map((value) => ({ label: names[value as string] ?? String(value), value })) : [...values];
}

/** The short Vietnamese name the editor shows above a field: the schema's own `.meta({ title })`. */
export function labelOf(s: JsonSchema, path: string): string {
  if (!s.title)
    throw new CmsFieldError(`trường «${path}» chưa có tên tiếng Việt: thêm .meta({ title: '…' }) trong src/schemas`);
  return s.title;
}

function stringOptions(s: JsonSchema, name: string): Record<string, unknown> {
  if (s.enum) return { widget: 'select', options: selectOptions(s.enum) };
  if (s.format === 'date') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  // Only the image types the check publishes, within its size limit: the editor learns at upload time.
  if (s.format === 'image')
    return {
      widget: 'image',
      accept: imageAccept,
      media_libraries: { default: { config: { max_file_size: maxImageBytes } } },
    };
  const limits = {
    ...(s.minLength && s.minLength > 1 ? { minlength: s.minLength } : {}),
    ...(s.maxLength ? { maxlength: s.maxLength } : {}),
    ...(s.pattern ? { pattern: [s.pattern, s.description ?? ''] } : {}),
  };
  if (s.format === 'uri') return { widget: 'string', type: 'url', ...limits };
  if (s.format === 'email') return { widget: 'string', type: 'email', ...limits };
  const multiLine = (s.maxLength ?? 0) > longText || (!s.maxLength && sentenceFields.has(name));
  return { widget: multiLine ? 'text' : 'string', ...limits };
}

function numberOptions(s: JsonSchema): Record<string, unknown> {
  const min =
    s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (s.type === 'integer' ? 1 : 0) : undefined);
  return {
    widget: 'number',
    value_type: s.type === 'integer' ? 'int' : 'float',
    ...(min !== undefined ? { min } : {}),
    ...(s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? { max: s.maximum } : {}),
  };
}

function typedOptions(variants: JsonSchema[], path: string, relations: Relations): Record<string, unknown> {
  const typeKey = discriminatorOf(variants);
  if (!typeKey) throw new CmsFieldError(`trường «${path}» có nhiều dạng nhưng không có trường phân loại`);
  return {
    typeKey,
    types: variants.map((v) => {
      const tag = v.properties?.[typeKey];
      const rest = Object.fromEntries(Object.entries(v.properties ?? {}).filter(([key]) => key !== typeKey));
      return {
        name: String(tag?.const),
        label: tag?.description ?? String(tag?.const),
        widget: 'object',
        fields: objectFields({ ...v, properties: rest }, path, relations),
      };
    }),
  };
}

function arrayOptions(s: JsonSchema, name: string, path: string, relations: Relations): Record<string, unknown> {
  const items = s.items ?? {};
  const limits = {
    ...(s.minItems ? { min: s.minItems } : {}),
    ...(s.maxItems ? { max: s.maxItems } : {}),
  };
  if (items.enum) return { widget: 'select', multiple: true, options: selectOptions(items.enum), ...limits };
  if (items.oneOf) return { widget: 'list', ...typedOptions(items.oneOf, `${path}[]`, relations), ...limits };
  if (items.type === 'object')
    return { widget: 'list', fields: objectFields(items, `${path}[]`, relations), ...limits };
  const item = cmsField(
    name,
    { ...items, title: labelOf(s, path), description: items.description ?? s.description },
    true,
    `${path}[]`,
    relations,
  );
  return { widget: 'list', field: item, ...limits };
}

/** One editor field for one schema property. `path` is the dotted place of the field, for messages. */
export function cmsField(
  name: string,
  schema: JsonSchema,
  required: boolean,
  path: string,
  relations: Relations = {},
): CmsField {
  const s = withoutNull(schema);
  const base: CmsField = { name, label: labelOf(s, path), widget: 'string' };
  if (s.description) base.hint = s.description;
  // A field with a default always has a value: the editor offers no «none» choice for it.
  if (!required && (s.default === undefined || Array.isArray(s.default))) base.required = false;
  if (s.default !== undefined && !(Array.isArray(s.default) && s.default.length === 0)) base.default = s.default;
  const relation = relations[path.replace(/\[\]/g, '')];
  if (relation) {
    const multiple = s.type === 'array';
    return {
      ...base,
      widget: 'relation',
      collection: relation.collection,
      value_field: '{{slug}}',
      search_fields: [relation.searchField],
      display_fields: [relation.searchField],
      ...(multiple ? { multiple: true, ...(s.minItems ? { min: s.minItems } : {}) } : {}),
    };
  }
  if (s.oneOf) return { ...base, widget: 'object', ...typedOptions(s.oneOf, path, relations) };
  switch (s.type) {
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(s, path, relations) };
    case 'array':
      return { ...base, ...arrayOptions(s, name, path, relations) };
    case 'string':
      return { ...base, ...stringOptions(s, name) };
    case 'number':
    case 'integer':
      return { ...base, ...numberOptions(s) };
    case 'boolean':
      return { ...base, widget: 'boolean' };
    default:
      if (s.format === 'date') return { ...base, ...stringOptions(s, name) };
      throw new CmsFieldError(`trường «${path}» có kiểu mà trang soạn thảo chưa biết cách hỏi`);
  }
}

/** The fields of an object schema, in the schema's order. */
export function objectFields(s: JsonSchema, path: string, relations: Relations = {}): CmsField[] {
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).map(([name, prop]) =>
    cmsField(name, prop, required.has(name), path ? `${path}.${name}` : name, relations),
  );
}

/**
 * The fields of a whole entry. An entry that takes several forms (a campaign item is an article, a broadcast
 * or a video) becomes one form: the kind is a list to choose from, and fields that only some kinds have are
 * optional, their help text saying which kinds need them.
 */
export function entryFields(s: JsonSchema, relations: Relations = {}): CmsField[] {
  if (!s.oneOf) return objectFields(s, '', relations);
  const key = discriminatorOf(s.oneOf);
  if (!key) throw new CmsFieldError('mục có nhiều dạng nhưng không có trường phân loại');
  const values = s.oneOf.map((v) => String(v.properties?.[key]?.const));
  const merged: Record<string, JsonSchema> = {};
  const holders = new Map<string, string[]>();
  const requiredEverywhere = new Set(s.oneOf[0]?.required ?? []);
  for (const variant of s.oneOf) {
    for (const [name, prop] of Object.entries(variant.properties ?? {})) {
      merged[name] ??= prop;
      holders.set(name, [...(holders.get(name) ?? []), String(variant.properties?.[key]?.const)]);
    }
    for (const name of requiredEverywhere) if (!variant.required?.includes(name)) requiredEverywhere.delete(name);
  }
  return Object.entries(merged).map(([name, prop]) => {
    if (name === key) {
      const hint = s.oneOf?.map((v) => `${String(v.properties?.[key]?.const)}: ${v.properties?.[key]?.description}`);
      return {
        name,
        label: labelOf(prop, name),
        widget: 'select',
        options: selectOptions(values),
        hint: hint?.join('; '),
      };
    }
    const field = cmsField(name, prop, requiredEverywhere.has(name), name, relations);
    const only = holders.get(name) ?? [];
    if (only.length < values.length) {
      field.hint = `${field.hint ?? ''} (chỉ khi ${labelOf(merged[key] ?? {}, key)} là ${only.join(', ')})`;
    }
    return field;
  });
}
