// Every field of every content schema carries a plain Vietnamese description: editors read it in error
// messages and in the web editor.
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collectionSpecs } from '../../src/schemas/index.ts';

type Node = { _zod: { def: Record<string, unknown> }; description?: string };
const wrappers = ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'];

/** Paths of object fields that have no description on the field or on what it wraps. */
function undescribed(node: Node, path: string, out: string[]): string[] {
  const def = node._zod.def;
  if (wrappers.includes(def.type as string)) return undescribed(def.innerType as Node, path, out);
  if (def.type === 'pipe') return undescribed(def.in as Node, path, out);
  if (def.type === 'array') return undescribed(def.element as Node, `${path}[]`, out);
  if (def.type === 'union') {
    for (const option of def.options as Node[]) undescribed(option, path, out);
    return out;
  }
  if (def.type === 'object') {
    for (const [key, field] of Object.entries(def.shape as Record<string, Node>)) {
      const fieldPath = path ? `${path}.${key}` : key;
      if (!describedAnywhere(field)) out.push(fieldPath);
      undescribed(field, fieldPath, out);
    }
  }
  return out;
}

function describedAnywhere(node: Node): boolean {
  if (node.description) return true;
  const def = node._zod.def;
  if (wrappers.includes(def.type as string)) return describedAnywhere(def.innerType as Node);
  if (def.type === 'pipe') return describedAnywhere(def.in as Node);
  return false;
}

const image = () => z.string().describe('Tệp ảnh');

describe.each(Object.entries(collectionSpecs))('schema of %s', (_name, spec) => {
  it('describes every field, in Vietnamese', () => {
    const schema = spec.schema(image) as unknown as Node;
    expect(undescribed(schema, '', [])).toEqual([]);
  });

  it('rejects keys it does not know (strict objects)', () => {
    const schema = spec.schema(image);
    const result = schema.safeParse({ khongCoTruongNay: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys' || i.code === 'invalid_union')).toBe(true);
  });
});
