// A QR code: content/units/<unit>/qr/<code>.yaml. A code starts prepared (chuan-bi: its page, image and
// leaflet exist, nothing is printed yet, it may still be changed or removed). Once printed (dang-dung, with
// its issue date) it lives for as long as the site does: retire it by pointing it somewhere (ngung), never
// delete it. src/checks/qr-history.ts holds git history to that.
import { z } from 'astro/zod';
import { calendarDate, partialDate, text, textMax } from './common.ts';

const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*$/, 'đường dẫn trong trang, bắt đầu và kết thúc bằng /, ví dụ /thu-tuc/')
  .describe('Trang đích trong chuyên trang, ví dụ / hoặc /thu-tuc/dang-ky-khai-sinh/');

const common = {
  target: sitePath.meta({ title: 'Trang đích' }),
  campaign: text('Đợt phát hành, ví dụ «Tờ rơi mã QR cho hộ dân 2026»', textMax.name).meta({ title: 'Đợt phát hành' }),
  place: text('Tổ dân phố, thôn hoặc địa điểm dán mã', textMax.name).optional().meta({ title: 'Nơi' }),
};

const printing = {
  issued: partialDate
    .describe(
      'Ngày in và phát hành mã (NNNN-TT-NN, hoặc NNNN-TT nếu chỉ biết tháng). Mã chưa in (chuan-bi) thì để trống',
    )
    .meta({ title: 'Ngày phát hành' }),
  // Optional: a code recorded after the fact may have no known print run, and nobody should guess one.
  printed: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Số bản đã in, nếu biết. Mã chưa in thì để trống')
    .meta({ title: 'Số bản đã in' }),
};

/** A field a prepared code must not have yet: the message says why and what to do once the code is printed. */
function notYet(what: string) {
  return z
    .undefined({
      error: `mã đang ở trạng thái chuan-bi (đã chuẩn bị, chưa in) nên chưa có ${what}. Bỏ dòng này; khi mã đã in, đổi status thành dang-dung rồi ghi ngày phát hành (issued) và số bản đã in (printed).`,
    })
    .optional()
    .describe(`Chưa có khi mã chưa in: ${what} chỉ ghi khi status là dang-dung hoặc ngung`);
}

export const qrSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('dang-dung').describe('Mã đã in, đang dùng').meta({ title: 'Trạng thái' }),
    ...common,
    ...printing,
  }),
  z.strictObject({
    status: z.literal('ngung').describe('Mã đã ngừng: vẫn phải dẫn tới trang mới').meta({ title: 'Trạng thái' }),
    ...common,
    ...printing,
    retiredOn: calendarDate.describe('Ngày ngừng dùng').meta({ title: 'Ngày ngừng dùng' }),
    redirectTo: sitePath.describe('Trang mới mà mã dẫn tới').meta({ title: 'Trang mới' }),
  }),
  z.strictObject({
    status: z
      .literal('chuan-bi')
      .describe('Mã đã chuẩn bị, chưa in: in được tờ rơi, còn sửa hoặc xóa được cho tới khi đổi sang dang-dung')
      .meta({ title: 'Trạng thái' }),
    ...common,
    issued: notYet('ngày phát hành').meta({ title: 'Ngày phát hành' }),
    printed: notYet('số bản đã in').meta({ title: 'Số bản đã in' }),
  }),
]);
