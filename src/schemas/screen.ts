// An LED screen that shows kiosk mode: content/units/<unit>/screens/<id>.yaml.
import { z } from 'astro/zod';
import { keysOf, slideKinds } from '../lib/vocabulary.ts';
import { slug, text } from './common.ts';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ dạng HH:MM, ví dụ 06:00');

export const screenSchema = z.strictObject({
  name: text('Tên màn hình'),
  place: text('Vị trí đặt màn hình'),
  orientation: z.enum(['ngang', 'doc']).describe('Hướng màn hình: ngang hoặc doc'),
  width: z.number().int().min(320).max(7680).describe('Chiều rộng, điểm ảnh'),
  height: z.number().int().min(240).max(7680).describe('Chiều cao, điểm ảnh'),
  playlist: z
    .array(
      z.strictObject({
        kind: z.enum(keysOf(slideKinds)).describe('Loại trang chiếu'),
        seconds: z.number().int().min(3).max(600).describe('Thời gian hiển thị, giây'),
        dataset: slug.optional().describe('Bộ số liệu dùng cho trang chiếu số liệu, biểu đồ'),
      }),
    )
    .min(1, 'cần ít nhất một trang chiếu')
    .describe('Danh sách trang chiếu lần lượt'),
  schedule: z
    .strictObject({
      on: clock.describe('Giờ bật'),
      off: clock.describe('Giờ tắt'),
      offMode: z.enum(['tat', 'dong-ho']).describe('Ngoài giờ: tat (màn hình tối) hoặc dong-ho (đồng hồ mờ)'),
    })
    .describe('Lịch phát'),
});
