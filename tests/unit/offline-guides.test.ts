import { describe, expect, it } from 'vitest';
import { offlineGuides } from '../../src/lib/offline-guides.ts';

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
