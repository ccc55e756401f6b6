// The web editor asks for exactly the fields the schemas accept: walks each Zod schema by itself (not
// through the JSON Schema the configuration is made from) and compares it with the editor's fields.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, kindFolder } from '../../src/cms/config.ts';
import { cmsField, CmsFieldError, type CmsField } from '../../src/cms/fields.ts';
import { discriminatorOf } from '../../src/lib/json-schema.ts';
import { collectionSpecs, type CollectionName } from '../../src/schemas/index.ts';
import type { UnitProfile } from '../../src/schemas/unit.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Every field path of a Zod schema ("sources[].document"), and the choices of each fixed-choice field. */
function zodFields(schema: unknown, path = '', out = new Map<string, string[] | undefined>()) {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      for (const [name, child] of Object.entries(def.shape as Record<string, unknown>)) {
        const childPath = path ? `${path}.${name}` : name;
        out.set(childPath, choicesOf(child));
        zodFields(child, childPath, out);
      }
      break;
    case 'array':
      zodFields(def.element, `${path}[]`, out);
      break;
    case 'union':
      for (const option of def.options as unknown[]) zodFields(option, path, out);
      break;
    case 'pipe':
      zodFields(defOf(def.in).type === 'transform' ? def.out : def.in, path, out);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
      zodFields(def.innerType, path, out);
      break;
  }
  return out;
}

function choicesOf(schema: unknown): string[] | undefined {
  const def = defOf(schema);
  if (def.type === 'enum') return Object.values(def.entries as Record<string, string>);
  if (def.type === 'array') return choicesOf(def.element);
  if (['optional', 'nullable', 'default', 'prefault'].includes(def.type)) return choicesOf(def.innerType);
  return undefined;
}

/** The same, read off the editor's fields. */
function editorFields(fields: CmsField[], path = '', out = new Map<string, string[] | undefined>()) {
  for (const field of fields) {
    const fieldPath = path ? `${path}.${field.name}` : field.name;
    const options = field.widget === 'select' ? (field.options as (string | { value: string })[]) : undefined;
    out.set(
      fieldPath,
      options?.map((o) => (typeof o === 'string' ? o : o.value)),
    );
    const inner = field.widget === 'list' ? `${fieldPath}[]` : fieldPath;
    if (Array.isArray(field.fields)) editorFields(field.fields as CmsField[], inner, out);
    if (typeof field.typeKey === 'string') {
      out.set(`${inner}.${field.typeKey}`, undefined);
      for (const type of field.types as { fields: CmsField[] }[]) editorFields(type.fields, inner, out);
    }
  }
  return out;
}

const profile = {
  name: 'Phường Thử Nghiệm',
  editor: { host: 'github', repo: 'phuong-thu-nghiem/nq57', branch: 'main' },
} as UnitProfile;
const config = cmsConfig({
  unit: 'demo',
  profile,
  contentPath: 'content',
  publicPath: 'public',
  siteUrl: 'https://thu-nghiem.example.vn/',
}) as Record<string, unknown>;
type Collection = { name: CollectionName; fields?: CmsField[]; files?: { fields: CmsField[] }[]; folder?: string };
const collections = config.collections as Collection[];
const fieldsOf = (name: CollectionName) => {
  const c = collections.find((entry) => entry.name === name);
  return c?.fields ?? c?.files?.[0]?.fields ?? [];
};
const imageFn = () => z.string();

describe('web editor and schemas', () => {
  it('has one editor collection for every kind of content, and no other', () => {
    expect(collections.map((c) => c.name).sort()).toEqual(Object.keys(collectionSpecs).sort());
  });

  it.each(Object.keys(collectionSpecs) as CollectionName[])(
    '%s: every schema field has an editor field and back',
    (name) => {
      const schema = zodFields(collectionSpecs[name].schema(imageFn as never));
      const editor = editorFields(fieldsOf(name));
      const markdown = ['md', 'mdx'].includes(collectionSpecs[name].extension);
      if (markdown) expect(editor.has('body')).toBe(true);
      editor.delete('body');
      expect([...editor.keys()].sort()).toEqual([...schema.keys()].sort());
      for (const [path, choices] of schema) if (choices) expect(editor.get(path), path).toEqual(choices);
    },
  );

  it.each(Object.keys(collectionSpecs) as CollectionName[])(
    '%s: a draft switch first, off by default, when the kind can be a draft',
    (name) => {
      const [first] = fieldsOf(name);
      if (!collectionSpecs[name].drafts) {
        expect(fieldsOf(name).some((f) => f.name === 'draft')).toBe(false);
        return;
      }
      expect(first).toMatchObject({ name: 'draft', label: 'Bản nháp', widget: 'boolean', default: false });
      expect(first?.hint).toContain('không hiện ở đâu trên trang');
    },
  );

  it('finds a field that the editor lost', () => {
    const news = zodFields(collectionSpecs.news.schema(imageFn as never));
    const editor = editorFields(fieldsOf('news').filter((f) => f.name !== 'summary'));
    expect([...news.keys()].filter((k) => !editor.has(k))).toEqual(['summary']);
  });

  it('is a configuration Sveltia CMS accepts (its own JSON Schema)', () => {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(config) ? [] : validate.errors).toEqual([]);
  });

  it('goes through review before publishing, and writes into the unit’s own folders', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(collections.find((c) => c.name === 'news')?.folder).toBe('content/units/demo/news');
    expect(kindFolder('procedures', 'demo', 'content')).toBe('content/shared/procedures');
    expect(kindFolder('campaigns', 'demo', 'content')).toBe('content/units/demo/campaigns');
  });

  it('lets editors upload only what the check publishes: image types and sizes, names without accents', () => {
    const image = fieldsOf('infographics').find((f) => f.name === 'image');
    expect(image).toMatchObject({
      widget: 'image',
      accept: '.jpg,.jpeg,.png,.webp,.avif,.gif,.svg',
      media_libraries: { default: { config: { max_file_size: 500 * 1024 } } },
    });
    expect(config.media_libraries).toEqual({
      default: { config: { max_file_size: 50 * 1024 * 1024, slugify_filename: true } },
    });
  });

  it('is not written for a unit that has not connected its repository', () => {
    expect(
      cmsConfig({
        unit: 'demo',
        profile: { ...profile, editor: undefined },
        contentPath: 'content',
        publicPath: 'public',
        siteUrl: 'https://x.vn/',
      }),
    ).toBeUndefined();
  });
});

describe('editor fields', () => {
  it('keeps the schema’s limits and help text', () => {
    const field = cmsField(
      'title',
      { type: 'string', title: 'Tiêu đề', minLength: 1, maxLength: 120, description: 'Tiêu đề tin' },
      true,
      'title',
    );
    expect(field).toEqual({ name: 'title', label: 'Tiêu đề', widget: 'string', hint: 'Tiêu đề tin', maxlength: 120 });
    expect(
      cmsField('seconds', { type: 'integer', title: 'Thời gian (giây)', minimum: 3, maximum: 600 }, false, 'seconds'),
    ).toMatchObject({
      widget: 'number',
      value_type: 'int',
      min: 3,
      max: 600,
      required: false,
    });
    expect(cmsField('date', { title: 'Ngày', format: 'date' }, true, 'date')).toMatchObject({
      widget: 'datetime',
      type: 'date',
    });
    expect(
      cmsField('tags', { type: 'array', title: 'Chủ đề', items: { type: 'string', enum: ['a', 'b'] } }, false, 'tags'),
    ).toMatchObject({
      widget: 'select',
      multiple: true,
      options: ['a', 'b'],
    });
  });

  it('refuses a field it has no Vietnamese name for, or cannot ask for', () => {
    expect(() => cmsField('khongCo', { type: 'string' }, true, 'khongCo')).toThrow(CmsFieldError);
    expect(() => cmsField('title', { title: 'Tiêu đề' }, true, 'title')).toThrow(/chưa biết cách hỏi/);
  });

  it('finds the field that tells the forms of a union apart', () => {
    const variant = (kind: string, extra: string) => ({
      type: 'object',
      properties: { kind: { type: 'string', const: kind }, [extra]: { type: 'string' } },
    });
    expect(discriminatorOf([variant('a', 'x'), variant('b', 'y')])).toBe('kind');
    expect(discriminatorOf([{ type: 'object', properties: { x: { type: 'string' } } }])).toBeUndefined();
  });
});
