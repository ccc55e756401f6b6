import { describe, expect, it } from 'vitest';
import { formatDate, formatDateAs, formatPartialDate, isoDate, isoDateAs } from '../../src/lib/dates.ts';
import { foldVietnamese, slugify } from '../../src/lib/slug.ts';
import { telHref, withBase, withoutBase } from '../../src/lib/url.ts';
import { scriptJson } from '../../src/lib/script-json.ts';

describe('slugify', () => {
  it.each([
    ['Đăng ký khai sinh', 'dang-ky-khai-sinh'],
    ['Thủ tục đăng ký kết hôn', 'thu-tuc-dang-ky-ket-hon'],
    ['Chứng thực bản sao từ bản chính', 'chung-thuc-ban-sao-tu-ban-chinh'],
    ['  Ngày hội Chuyển đổi số lần thứ I!  ', 'ngay-hoi-chuyen-doi-so-lan-thu-i'],
    ['Dịch vụ công (DVC) – 99,09%', 'dich-vu-cong-dvc-99-09'],
    ['ĐẶC KHU CÁT HẢI', 'dac-khu-cat-hai'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('folds every tone and vowel mark and đ, keeping case', () => {
    expect(foldVietnamese('Đường Ắ ẳ ẵ ặ ơ ư Ữ')).toBe('Duong A a a a o u U');
  });
});

describe('telHref', () => {
  it('keeps only the digits and a leading plus of a number written for readers', () => {
    expect(telHref('0225 3842 123')).toBe('tel:02253842123');
    expect(telHref('+84 (225) 384-2123')).toBe('tel:+842253842123');
  });
});

describe('withBase', () => {
  it.each([
    ['/thu-tuc/', '/', '/thu-tuc/'],
    ['/thu-tuc/', '/nq57/', '/nq57/thu-tuc/'],
    ['thu-tuc/', '/nq57', '/nq57/thu-tuc/'],
    ['/', '/nq57/', '/nq57/'],
    ['https://dichvucong.gov.vn', '/nq57/', 'https://dichvucong.gov.vn'],
    ['mailto:a@b.vn', '/nq57/', 'mailto:a@b.vn'],
  ])('%s under %s → %s', (path, base, out) => {
    expect(withBase(path, base)).toBe(out);
  });

  it('withoutBase undoes withBase', () => {
    expect(withoutBase('/nq57/tin-tuc/', '/nq57/')).toBe('/tin-tuc/');
    expect(withoutBase('/tin-tuc/', '/')).toBe('/tin-tuc/');
    expect(withoutBase('/khac/', '/nq57/')).toBe('/khac/');
  });
});

describe('dates', () => {
  const d = new Date('2025-08-13T00:00:00Z');
  it('formats as residents read dates', () => {
    expect(formatDate(d)).toBe('13/08/2025');
    expect(isoDate(d)).toBe('2025-08-13');
  });
  it('shows a date no more precisely than its source', () => {
    expect(formatDateAs(new Date('2025-12-01'), 'thang')).toBe('tháng 12/2025');
    expect(formatDateAs(new Date('2025-12-01'), 'ngay')).toBe('01/12/2025');
    expect(formatDateAs(new Date('2025-12-01'))).toBe('01/12/2025');
    // The machine-readable date is no more precise than the one shown.
    expect(isoDateAs(new Date('2025-12'), 'thang')).toBe('2025-12');
    expect(isoDateAs(new Date('2025-12-15'), 'ngay')).toBe('2025-12-15');
  });

  it.each([
    ['2025-12-11', '11/12/2025'],
    ['2025-12', 'tháng 12/2025'],
    ['2025', 'năm 2025'],
  ])('partial date %s → %s', (value, text) => {
    expect(formatPartialDate(value)).toBe(text);
  });
});

describe('scriptJson', () => {
  it('keeps the data and lets no text close the script element', () => {
    const value = { question: 'Có </script><script>alert(1)</script> không?', n: 1 };
    const out = scriptJson(value);
    expect(out).not.toContain('<');
    expect(JSON.parse(out)).toEqual(value);
  });
});
