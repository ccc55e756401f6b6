// The QR code's states in the schema: a prepared code (chuan-bi) has no issue date and no print run yet;
// a printed one (dang-dung) must have its issue date. Checked on the fixture files, as editors write them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/checks/validate-content.ts';
import { qrSchema } from '../../src/schemas/qr.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const problems = validateContent(['demo'], join(fixtures, 'invalid'));
const of = (code: string) => problems.filter((p) => p.file === `content/units/demo/qr/${code}.yaml`);

describe('a prepared QR code', () => {
  it('is valid with no issue date and no print run', () => {
    expect(validateContent(['demo'], join(fixtures, 'valid'))).toEqual([]);
    expect(qrSchema.parse({ status: 'chuan-bi', target: '/', campaign: 'Tờ rơi' })).toEqual({
      status: 'chuan-bi',
      target: '/',
      campaign: 'Tờ rơi',
    });
  });

  it('refuses an issue date and a print run, naming each field and saying what to do in Vietnamese', () => {
    const found = of('chuan-bi-co-ngay');
    expect(found.map((p) => p.field).sort()).toEqual(['issued', 'printed']);
    expect(found.find((p) => p.field === 'issued')?.message).toMatch(
      /^mã đang ở trạng thái chuan-bi \(đã chuẩn bị, chưa in\) nên chưa có ngày phát hành\..*đổi status thành dang-dung/,
    );
    expect(found.find((p) => p.field === 'printed')?.message).toContain('nên chưa có số bản đã in');
  });

  it('refuses the fields of a retired code', () => {
    const result = qrSchema.safeParse({
      status: 'chuan-bi',
      target: '/',
      campaign: 'Tờ rơi',
      redirectTo: '/',
    });
    expect(result.success).toBe(false);
  });
});

describe('a printed QR code', () => {
  it('is refused without its issue date, naming the field and what it is for', () => {
    expect(of('in-khong-ngay')).toEqual([
      expect.objectContaining({ field: 'issued', message: expect.stringMatching(/^thiếu: .*Ngày in và phát hành mã/) }),
    ]);
  });

  it('may leave the print run out when nobody knows it', () => {
    expect(
      qrSchema.safeParse({ status: 'dang-dung', target: '/', campaign: 'Tờ rơi', issued: '2025-09' }).success,
    ).toBe(true);
  });
});
