// An issued QR code: content/units/<unit>/qr/<code>.yaml. A printed code lives for as long as the
// site does: retire it by pointing it somewhere, never delete it.
import { z } from 'astro/zod';
import { calendarDate, partialDate, text } from './common.ts';

const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*$/, 'đường dẫn trong trang, bắt đầu và kết thúc bằng /, ví dụ /thu-tuc/')
  .describe('Trang đích trong chuyên trang, ví dụ / hoặc /thu-tuc/dang-ky-khai-sinh/');

const common = {
  target: sitePath,
  campaign: text('Đợt phát hành, ví dụ «Phát mã QR tới hộ dân 2025»'),
  place: text('Tổ dân phố, thôn hoặc địa điểm dán mã').optional(),
  issued: partialDate.describe('Ngày phát hành (NNNN-TT-NN, hoặc NNNN-TT nếu chỉ biết tháng)'),
  printed: z.number().int().positive().optional().describe('Số bản đã in, nếu biết'),
};

export const qrSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('dang-dung').describe('Mã đang dùng'), ...common }),
  z.strictObject({
    status: z.literal('ngung').describe('Mã đã ngừng: vẫn phải dẫn tới trang mới'),
    ...common,
    retiredOn: calendarDate.describe('Ngày ngừng dùng'),
    redirectTo: sitePath.describe('Trang mới mà mã dẫn tới'),
  }),
]);
