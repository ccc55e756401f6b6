import { describe, expect, it } from 'vitest';
import { matchScore, normalise, titleBoost } from '../../src/lib/text-match.ts';

describe('text matching', () => {
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
  it('treats punctuation as spaces, keeping codes whole', () => {
    expect(normalise('«Bình dân học vụ số» là gì?')).toBe('binh dan hoc vu so la gi');
    expect(normalise('Mở cửa hàng: đăng ký hộ kinh doanh.')).toBe('mo cua hang dang ky ho kinh doanh');
    expect(normalise('Mã 1.001193, mẫu CT07')).toBe('ma 1.001193 mau ct07');
    expect(matchScore(normalise('«Bình dân học vụ số» là gì?'), 'binh dan hoc vu so')).toBe(2);
  });

  it('folds đ to d on both sides', () => {
    expect(normalise('Đăng ký đất đai')).toBe('dang ky dat dai');
  });
});

describe('titleBoost', () => {
  it('puts the guide whose title is the query above guides that merely mention it', () => {
    const q = 'Đăng ký khai sinh';
    const exact = titleBoost(10, ['Thủ tục đăng ký khai sinh'], q);
    const joint = titleBoost(
      10.5,
      ['Liên thông các thủ tục hành chính về đăng ký khai sinh, cấp Thẻ bảo hiểm y tế cho trẻ em'],
      q,
    );
    const again = titleBoost(10.4, ['Thủ tục đăng ký lại khai sinh'], q);
    expect(exact).toBeGreaterThan(joint);
    expect(exact).toBeGreaterThan(again);
  });
  it('counts the name residents use as much as the official title', () => {
    const names = [
      'Chứng thực giao dịch liên quan đến tài sản',
      'Chứng thực hợp đồng mua bán, tặng cho, thế chấp nhà đất',
    ];
    expect(titleBoost(1, names, 'chung thuc hop dong')).toBeGreaterThan(3);
    expect(titleBoost(1, names.slice(0, 1), 'chung thuc hop dong')).toBeLessThan(2);
  });
  it('leaves a page whose names do not match at its own score', () => {
    expect(titleBoost(4, ['Hỏi đáp'], 'tam tru')).toBe(4);
    expect(titleBoost(4, [], 'tam tru')).toBe(4);
  });
});
