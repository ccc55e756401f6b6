// A content kind's schema as JSON Schema (the form editors fill in), for the web editor's configuration
// and for `npm run new`: each field's `title` (its short name) and `description` (its help text) included. Dates are marked `format: "date"` and images `format: "image"`, which JSON Schema
// cannot say of a coerced date or of Astro's image() by itself.
import { z } from 'astro/zod';
import { collectionSpecs, type CollectionName } from './index.ts';

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  title?: string | undefined;
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

const image = () => z.string().meta({ format: 'image' });

export function collectionJsonSchema(name: CollectionName): JsonSchema {
  const schema = collectionSpecs[name].schema(image as never);
  return z.toJSONSchema(schema, {
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
