// Reading schemas and links the one way the site does: a field's description found in the JSON Schema
// (through lists, nulls and unions chosen by the data's tag), and the names a link field holds in an entry.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { namesIn } from '../../src/lib/content-references.ts';
import { jsonSchemaOf, schemaAt } from '../../src/lib/json-schema.ts';
import { kindReferences } from '../../src/schemas/index.ts';

const slide = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('a'), dataset: z.string().describe('Bộ số liệu') }),
  z.strictObject({ kind: z.literal('b'), chart: z.string().describe('Biểu đồ').optional().describe('Tên biểu đồ') }),
]);
const schema = jsonSchemaOf(
  z.strictObject({
    code: z.string().nullable().describe('Mã thủ tục'),
    playlist: z.array(slide).describe('Danh sách trang chiếu'),
    when: z.coerce.date().describe('Ngày'),
  }),
);

describe('schemaAt', () => {
  it('finds a field’s own description, the outermost one', () => {
    expect(schemaAt(schema, ['code'], {}).description).toBe('Mã thủ tục');
    expect(schemaAt(schema, ['when'], {}).node?.format).toBe('date');
    const data = { playlist: [{ kind: 'a' }, { kind: 'b' }] };
    expect(schemaAt(schema, ['playlist', 1, 'chart'], data).description).toBe('Tên biểu đồ');
    expect(schemaAt(schema, ['playlist', 0, 'dataset'], data).description).toBe('Bộ số liệu');
  });

  it('follows a union only where the data names a variant', () => {
    expect(
      Object.keys(schemaAt(schema, ['playlist', 0], { playlist: [{ kind: 'b' }] }).node?.properties ?? {}),
    ).toEqual(['kind', 'chart']);
    expect(schemaAt(schema, ['playlist', 0], { playlist: [{ kind: 'x' }] }).node?.properties).toBeUndefined();
    expect(schemaAt(schema, ['playlist', 0, 'chart'], { playlist: [{ kind: 'x' }] })).toEqual({});
    expect(schemaAt(schema, ['khongCo'], {})).toEqual({});
  });
});

describe('namesIn', () => {
  it('yields every name a link field holds, with its place', () => {
    expect(namesIn({ procedures: ['a', 'b'] }, 'procedures')).toEqual([
      [['procedures', 0], 'a'],
      [['procedures', 1], 'b'],
    ]);
    expect(namesIn({ procedure: 'a' }, 'procedure')).toEqual([[['procedure'], 'a']]);
    expect(namesIn({ playlist: [{ dataset: 'x' }, { kind: 'khau-hieu' }] }, 'playlist.dataset')).toEqual([
      [['playlist', 0, 'dataset'], 'x'],
    ]);
    expect(namesIn({}, 'figures.indicator')).toEqual([]);
  });

  it('lists the links the kinds declare, in the registry’s order', () => {
    expect(kindReferences.map((r) => `${r.from}.${r.field} → ${r.to}`)).toEqual([
      'samples.procedure → procedures',
      'faq.procedures → procedures',
      'metrics.figures.indicator → indicators',
      'screens.playlist.infographic → infographics',
      'screens.playlist.dataset → metrics',
    ]);
  });
});
