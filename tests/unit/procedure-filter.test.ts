import { describe, expect, it } from 'vitest';
import { matchScore, normalise } from '../../src/scripts/procedure-filter.ts';

describe('procedure filter', () => {
  const birth = normalise('Thủ tục đăng ký khai sinh Làm giấy khai sinh cho con 1.001193 Hộ tịch');
  it.each([
    ['khai sinh', 2],
    ['dang ky khai sinh', 2],
    ['Đăng ký KHAI SINH', 2],
    ['  khai   sinh  ', 2],
    ['ho tich', 2],
    ['1.001193', 2],
    ['giay khai', 2],
    ['khai dang', 1],
    ['lam giay cho con', 1],
    ['dang ky khai tu', 1],
    ['ket hon', 0],
    ['dang ky tam tru', 0],
    ['inh', 0],
    ['', 0],
  ])('«%s» scores %i against the birth guide', (query, expected) => {
    expect(matchScore(birth, query)).toBe(expected);
  });

  it('ranks the death registration above the birth guide for «dang ky khai tu»', () => {
    const death = normalise('Thủ tục đăng ký khai tử Báo tử cho người thân 1.000656 Hộ tịch');
    expect(matchScore(death, 'dang ky khai tu')).toBe(2);
  });
  it('folds đ to d on both sides', () => {
    expect(normalise('Đăng ký đất đai')).toBe('dang ky dat dai');
  });
});
