import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeValue, editDistance, fieldLabel, nearestKey, issuesToProblems } from '../../src/lib/content-errors.ts';
import '../../src/schemas/common.ts';

describe('content error helpers', () => {
  it('counts list items from 1 in field labels', () => {
    expect(fieldLabel(['documents', 2, 'name'])).toBe('documents[3].name');
    expect(fieldLabel([])).toBe('(toàn bộ tệp)');
  });

  it('measures edit distance and suggests near keys only', () => {
    expect(editDistance('tittle', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(nearestKey('sumary', ['title', 'summary', 'date'])).toBe('summary');
    expect(nearestKey('xyzxyz', ['title', 'summary', 'date'])).toBeUndefined();
  });

  it('describes values in words', () => {
    expect(describeValue(undefined)).toBe('để trống');
    expect(describeValue(12)).toBe('số 12');
    expect(describeValue('abc')).toBe('chữ «abc»');
    expect(describeValue(new Date('x'))).toBe('một ngày không có thật');
    expect(describeValue([1])).toBe('một danh sách');
  });

  it('gives Vietnamese messages through the global error map', () => {
    const schema = z.strictObject({
      name: z.string().describe('Tên'),
      items: z.array(z.number()).min(2),
      kind: z.enum(['a', 'b']),
      when: z.coerce.date(),
    });
    const data = { items: [1], kind: 'c', when: 'không phải ngày', extra: 1 };
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    const problems = issuesToProblems('x.yaml', result.error?.issues ?? [], schema, data);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual(
      expect.arrayContaining([
        'name: thiếu: trường này bắt buộc (cần chữ (chuỗi văn bản)) — trường này là: Tên',
        'items: cần ít nhất 2 mục',
        'kind: giá trị chữ «c» không được chấp nhận; chọn một trong: a, b',
        'when: ngày không hợp lệ: cần một ngày dạng NNNN-TT-NN, ví dụ 2025-12-15',
        'extra: không có trường này trong mẫu. Các trường được phép: name, items, kind, when.',
      ]),
    );
  });
});
