// A content kind's schema as JSON Schema (the form editors fill in), for the web editor's configuration
// and for `npm run new`. Dates are marked `format: "date"` and images `format: "image"`, which JSON Schema
// cannot say of a coerced date or of Astro's image() by itself.
import { z } from 'astro/zod';
import { collectionSpecs, type CollectionName } from '../schemas/index.ts';

export interface JsonSchema {
  type?: string | string[];
  format?: string;
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
