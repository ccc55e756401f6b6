// A content kind's schema as JSON Schema (the form editors fill in, see src/lib/json-schema.ts), for the web
// editor's configuration and for `npm run new`: each field with its short name (`title`) and help text
// (`description`). Images are marked `format: "image"`, which JSON Schema cannot say of Astro's image().
import { z } from 'astro/zod';
import { jsonSchemaOf, type JsonSchema } from '../lib/json-schema.ts';
import { collectionSpecs, type CollectionName } from './index.ts';

const image = () => z.string().meta({ format: 'image' });

export function collectionJsonSchema(name: CollectionName): JsonSchema {
  return jsonSchemaOf(collectionSpecs[name].schema(image as never));
}
