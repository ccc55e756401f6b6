// An LED screen that shows kiosk mode: content/units/<unit>/screens/<id>.yaml. The file name is the
// screen id the operator opens: /kiosk/<id>/.
import { z } from 'astro/zod';
import { keysOf, orientations, screenOffModes } from '../lib/vocabulary.ts';
import { slug, text, textMax } from './common.ts';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ dạng HH:MM (00:00 đến 23:59), ví dụ 06:00');

const seconds = z
  .number()
  .int('số giây là số nguyên')
  .min(3, 'mỗi trang chiếu cần ít nhất 3 giây để người xem kịp đọc')
  .max(600, 'mỗi trang chiếu tối đa 600 giây (10 phút)')
  .describe('Thời gian hiển thị trang chiếu, giây (3 đến 600)')
  .meta({ title: 'Thời gian (giây)' });

const slide = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('so-lieu').describe('Số liệu nổi bật của một bộ số liệu').meta({ title: 'Loại' }),
    seconds,
    dataset: slug
      .describe('Bộ số liệu: tên tệp trong content/units/<đơn vị>/metrics, không có đuôi .json')
      .meta({ title: 'Bộ số liệu' }),
  }),
  z.strictObject({
    kind: z.literal('bieu-do').describe('Một biểu đồ của bộ số liệu').meta({ title: 'Loại' }),
    seconds,
    dataset: slug
      .describe('Bộ số liệu: tên tệp trong content/units/<đơn vị>/metrics, không có đuôi .json')
      .meta({ title: 'Bộ số liệu' }),
    chart: slug.describe('Tên biểu đồ trong bộ số liệu (trường id trong charts)').meta({ title: 'Biểu đồ' }),
  }),
  z.strictObject({
    kind: z.literal('infographic').describe('Một infographic').meta({ title: 'Loại' }),
    seconds,
    infographic: slug
      .optional()
      .describe('Tên infographic; bỏ trống thì mỗi vòng chiếu lần lượt một infographic của đơn vị')
      .meta({ title: 'Infographic' }),
  }),
  z.strictObject({
    kind: z.literal('tin-moi').describe('Tiêu đề các tin nổi bật mới nhất').meta({ title: 'Loại' }),
    seconds,
    count: z.number().int().min(1).max(6).default(4).describe('Số tin hiện (1 đến 6)').meta({ title: 'Số tin' }),
  }),
  z.strictObject({
    kind: z
      .literal('khau-hieu')
      .describe('Khẩu hiệu, thông điệp về Nghị quyết 57; mỗi vòng một câu')
      .meta({ title: 'Loại' }),
    seconds,
  }),
  z.strictObject({
    kind: z.literal('ma-qr').describe('Mã QR lớn dẫn tới chuyên trang, kèm địa chỉ ngắn').meta({ title: 'Loại' }),
    seconds,
  }),
]);

export type Slide = z.infer<typeof slide>;

export const screenSchema = z
  .strictObject({
    name: text('Tên màn hình, ví dụ «Màn hình LED bến tàu Cát Bà»', textMax.name).meta({ title: 'Tên' }),
    place: text('Nơi đặt màn hình', textMax.name).meta({ title: 'Nơi' }),
    orientation: z
      .enum(keysOf(orientations))
      .describe('Hướng màn hình: ngang hoặc doc')
      .meta({ title: 'Hướng màn hình' }),
    width: z
      .number()
      .int()
      .min(320)
      .max(7680)
      .describe('Chiều rộng màn hình, điểm ảnh')
      .meta({ title: 'Chiều rộng (điểm ảnh)' }),
    height: z
      .number()
      .int()
      .min(240)
      .max(7680)
      .describe('Chiều cao màn hình, điểm ảnh')
      .meta({ title: 'Chiều cao (điểm ảnh)' }),
    playlist: z
      .array(slide)
      .min(1, 'cần ít nhất một trang chiếu')
      .describe('Danh sách trang chiếu, lần lượt')
      .meta({ title: 'Danh sách trang chiếu' }),
    schedule: z
      .strictObject({
        on: clock.describe('Giờ bật, dạng HH:MM').meta({ title: 'Giờ bật' }),
        off: clock.describe('Giờ tắt, dạng HH:MM, sau giờ bật').meta({ title: 'Giờ tắt' }),
        offMode: z
          .enum(keysOf(screenOffModes))
          .describe('Ngoài giờ phát: tat (màn hình tối) hoặc dong-ho (đồng hồ mờ)')
          .meta({ title: 'Ngoài giờ phát' }),
      })
      .refine((s) => s.off > s.on, { path: ['off'], message: 'giờ tắt phải sau giờ bật trong cùng một ngày' })
      .describe('Lịch phát trong ngày')
      .meta({ title: 'Lịch phát' }),
  })
  .refine((s) => (s.orientation === 'ngang' ? s.width >= s.height : s.height > s.width), {
    path: ['orientation'],
    message: 'hướng màn hình không khớp kích thước: ngang thì rộng ≥ cao, doc thì cao > rộng',
  });
