// A schema as JSON Schema (Zod's own `toJSONSchema`), the one form the site reads schemas in: the web editor's
// fields, `npm run new`'s skeletons and the check's «trường này là: …» all walk it, never Zod's internals.
// Dates are marked `format: "date"`, which JSON Schema cannot say of a coerced date by itself.
import type { z } from 'astro/zod';

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  /** The field's short name (`.meta({ title })`). */
  title?: string | undefined;
  /** The field's help text (`.describe()`). */
  description?: string | undefined;
  default?: unknown;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
}

/** What a file must hold (the input side of the schema); a type JSON Schema cannot state accepts anything. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return schema.toJSONSchema({
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if ((zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date') jsonSchema.format = 'date';
    },
  }) as JsonSchema;
}

/** A union's variants told apart by one field fixed in each («kind», «tool», «status»…): that field. */
export function discriminatorOf(variants: readonly JsonSchema[]): string | undefined {
  return Object.keys(variants[0]?.properties ?? {}).find((key) =>
    variants.every((v) => v.properties?.[key]?.const !== undefined),
  );
}

/** A value that may also be null (`code: null` where the source gives none), as the value itself. */
export function withoutNull(s: JsonSchema): JsonSchema {
  const options = (s.anyOf ?? []).filter((o) => o.type !== 'null');
  const [only] = options;
  if (!only || options.length !== 1 || options.length === s.anyOf?.length) return s;
  return {
    ...only,
    title: s.title ?? only.title,
    description: s.description ?? only.description,
    default: s.default ?? only.default,
  };
}

/** A union as the variant `value` is (by its tag); a union the value names no variant of stays as it is. */
export function variantOf(s: JsonSchema, value: unknown): JsonSchema {
  const plain = withoutNull(s);
  const variants = plain.oneOf ?? plain.anyOf;
  if (!variants) return plain;
  const key = discriminatorOf(variants);
  const tag = key && value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return variants.find((v) => key && v.properties?.[key]?.const === tag) ?? plain;
}

/**
 * The schema of the value at `path` in `data`, following the data through lists and unions, with the field's
 * own description: the outermost one, as `.optional().describe(…)` puts it outside.
 */
export function schemaAt(
  schema: JsonSchema,
  path: readonly PropertyKey[],
  data: unknown,
): { node?: JsonSchema; description?: string } {
  let node: JsonSchema | undefined = schema;
  let value = data;
  for (const key of [...path, undefined]) {
    const description: string | undefined = node.description;
    node = variantOf(node, value);
    const own = description ?? node.description;
    if (key === undefined) return own ? { node, description: own } : { node };
    const extra: JsonSchema | undefined =
      typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
    node = node.type === 'array' ? node.items : (node.properties?.[key as string] ?? extra);
    if (!node) return {};
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return {};
}
