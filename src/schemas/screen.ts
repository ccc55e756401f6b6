// An LED screen that shows kiosk mode: content/units/<unit>/screens/<id>.yaml. The file name is the
// screen id the operator opens: /kiosk/<id>/.
import { z } from 'astro/zod';
import { keysOf, orientations, screenOffModes } from '../lib/vocabulary.ts';
import { slug, text } from './common.ts';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ dạng HH:MM (00:00 đến 23:59), ví dụ 06:00');

const seconds = z
  .number()
  .int('số giây là số nguyên')
  .min(3, 'mỗi trang chiếu cần ít nhất 3 giây để người xem kịp đọc')
  .max(600, 'mỗi trang chiếu tối đa 600 giây (10 phút)')
  .describe('Thời gian hiển thị trang chiếu, giây (3 đến 600)');

const slide = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('so-lieu').describe('Số liệu nổi bật của một bộ số liệu'),
    seconds,
    dataset: slug.describe('Bộ số liệu: tên tệp trong content/units/<đơn vị>/metrics, không có đuôi .json'),
  }),
  z.strictObject({
    kind: z.literal('bieu-do').describe('Một biểu đồ của bộ số liệu'),
    seconds,
    dataset: slug.describe('Bộ số liệu: tên tệp trong content/units/<đơn vị>/metrics, không có đuôi .json'),
    chart: slug.describe('Tên biểu đồ trong bộ số liệu (trường id trong charts)'),
  }),
  z.strictObject({
    kind: z.literal('infographic').describe('Một infographic'),
    seconds,
    infographic: slug
      .optional()
      .describe('Tên infographic; bỏ trống thì mỗi vòng chiếu lần lượt một infographic của đơn vị'),
  }),
  z.strictObject({
    kind: z.literal('tin-moi').describe('Tiêu đề các tin nổi bật mới nhất'),
    seconds,
    count: z.number().int().min(1).max(6).default(4).describe('Số tin hiện (1 đến 6)'),
  }),
  z.strictObject({
    kind: z.literal('khau-hieu').describe('Khẩu hiệu, thông điệp về Nghị quyết 57; mỗi vòng một câu'),
    seconds,
  }),
  z.strictObject({
    kind: z.literal('ma-qr').describe('Mã QR lớn dẫn tới chuyên trang, kèm địa chỉ ngắn'),
    seconds,
  }),
]);

export type Slide = z.infer<typeof slide>;

export const screenSchema = z
  .strictObject({
    name: text('Tên màn hình, ví dụ «Màn hình LED bến tàu Cát Bà»'),
    place: text('Nơi đặt màn hình'),
    orientation: z.enum(keysOf(orientations)).describe('Hướng màn hình: ngang hoặc doc'),
    width: z.number().int().min(320).max(7680).describe('Chiều rộng màn hình, điểm ảnh'),
    height: z.number().int().min(240).max(7680).describe('Chiều cao màn hình, điểm ảnh'),
    playlist: z.array(slide).min(1, 'cần ít nhất một trang chiếu').describe('Danh sách trang chiếu, lần lượt'),
    schedule: z
      .strictObject({
        on: clock.describe('Giờ bật, dạng HH:MM'),
        off: clock.describe('Giờ tắt, dạng HH:MM, sau giờ bật'),
        offMode: z
          .enum(keysOf(screenOffModes))
          .describe('Ngoài giờ phát: tat (màn hình tối) hoặc dong-ho (đồng hồ mờ)'),
      })
      .refine((s) => s.off > s.on, { path: ['off'], message: 'giờ tắt phải sau giờ bật trong cùng một ngày' })
      .describe('Lịch phát trong ngày'),
  })
  .refine((s) => (s.orientation === 'ngang' ? s.width >= s.height : s.height > s.width), {
    path: ['orientation'],
    message: 'hướng màn hình không khớp kích thước: ngang thì rộng ≥ cao, doc thì cao > rộng',
  });
