import { describe, expect, it } from 'vitest';
import { aboutSize, offlineGuides, savedGuidesText } from '../../src/lib/offline-guides.ts';

const guide = (id: string, title: string, common = false) => ({ id, data: { title, common } });

describe('offlineGuides', () => {
  it('keeps the common guides first, then the others by Vietnamese title, up to the bound', () => {
    const guides = [
      guide('c', 'Đăng ký thường trú'),
      guide('a', 'Chứng thực bản sao', true),
      guide('b', 'Ăn uống'),
      guide('d', 'Đăng ký khai sinh', true),
    ];
    expect(offlineGuides(guides).map((g) => g.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(offlineGuides(guides, 3).map((g) => g.id)).toEqual(['a', 'd', 'b']);
  });

  it('keeps at most 60 however many a unit publishes', () => {
    const many = Array.from({ length: 2000 }, (_, i) => guide(`g${i}`, `Thủ tục ${i}`));
    expect(offlineGuides(many)).toHaveLength(60);
  });
});

describe('aboutSize', () => {
  it.each([
    [183_400, 'khoảng 180 kB'],
    [45_600, 'khoảng 46 kB'],
    [7_200, 'khoảng 7 kB'],
    [300, 'khoảng 1 kB'],
    [1_240_000, 'khoảng 1,2 MB'],
  ])('%d B → %s', (bytes, text) => {
    expect(aboutSize(bytes)).toBe(text);
  });
});

describe('savedGuidesText', () => {
  const status = { total: 40, bytes: 183_400, saved: 0, failed: 0, saving: false };
  const offer = 'Lưu các hướng dẫn để xem khi mất mạng (khoảng 180 kB)';

  it('offers the guides with their size before anything is saved', () => {
    expect(savedGuidesText(status)).toEqual({ action: offer, progress: '' });
  });

  it('counts while saving, with no button to press twice', () => {
    expect(savedGuidesText({ ...status, saved: 12, saving: true })).toEqual({
      action: undefined,
      progress: 'Đã lưu 12/40',
    });
  });

  it('says when all are kept, and offers nothing more', () => {
    expect(savedGuidesText({ ...status, saved: 40 })).toEqual({
      action: undefined,
      progress: 'Đã lưu cả 40 hướng dẫn trên máy này: mở được cả khi mất mạng.',
    });
  });

  it('offers the rest again when the network broke off, saying how many are missing', () => {
    const text = savedGuidesText({ ...status, saved: 30, failed: 10 });
    expect(text.action).toBe(offer);
    expect(text.progress).toContain('Đã lưu 30/40. Chưa lưu được 10 tệp');
  });
});
