// Figures from a unit's reports: content/units/<unit>/metrics/<dataset>.json. One dataset = the figures of
// one document. Each figure carries its own period, and only where the document states one for it; its
// value is one number or, where the document writes «125 – 130», a range. Indicator meanings live once in
// content/shared/indicators/.
import { z } from 'astro/zod';
import { chartKinds, compareGroups, keysOf, measureUnits, qualifiers } from '../lib/vocabulary.ts';
import { partialDate, slug, source, text, textMax } from './common.ts';

export const periodSchema = z
  .strictObject({
    from: partialDate.optional().describe('Từ ngày (nếu văn bản nêu)').meta({ title: 'Từ ngày' }),
    to: partialDate.describe('Đến ngày, hoặc thời điểm số liệu').meta({ title: 'Đến ngày' }),
    label: text(
      'Kỳ như văn bản ghi, ví dụ «01/7/2025 – 11/12/2025», «năm 2025», «tính đến tháng 11/2025»',
      textMax.name,
    ).meta({
      title: 'Tên',
    }),
  })
  .refine((p) => !p.from || p.from.slice(0, p.to.length) <= p.to, {
    path: ['to'],
    message: 'ngày kết thúc kỳ số liệu đứng trước ngày bắt đầu',
  })
  .describe(
    'Kỳ của riêng con số này, chỉ khi văn bản nêu kỳ cho chính nó. Văn bản không nêu thì bỏ trống: trang ghi «báo cáo không nêu kỳ»',
  );

/**
 * The largest figure a report gives: a count of people, files or devices is far below a billion (10⁹), and so
 * is an area in km². A bigger number is a typing slip (extra digits, «1e308»), and would print as a 400-digit one.
 */
export const MAX_FIGURE = 1e9;
const tooBig = 'con số lớn hơn một tỷ (10⁹): kiểm tra lại, có thể gõ thừa chữ số';

export const rangeSchema = z
  .strictObject({
    min: z
      .number()
      .nonnegative('giá trị không được âm')
      .max(MAX_FIGURE, tooBig)
      .describe('Số nhỏ của khoảng, ví dụ 125 trong «125 – 130»')
      .meta({ title: 'Số nhỏ của khoảng' }),
    max: z
      .number()
      .nonnegative('giá trị không được âm')
      .max(MAX_FIGURE, tooBig)
      .describe('Số lớn của khoảng, ví dụ 130 trong «125 – 130»')
      .meta({ title: 'Số lớn của khoảng' }),
  })
  .refine((r) => r.min < r.max, { path: ['max'], message: 'số lớn của khoảng phải lớn hơn số nhỏ' })
  .describe(
    'Khi văn bản ghi một khoảng (ví dụ «125 – 130»): ghi hai đầu khoảng và bỏ trống «value». Khoảng hiện là «125–130», không vẽ biểu đồ, không cộng vào tổng',
  );

export const figureSchema = z
  .strictObject({
    indicator: slug.describe('Mã chỉ tiêu, khai báo trong content/shared/indicators/').meta({ title: 'Chỉ tiêu' }),
    value: z
      .number()
      .nonnegative('giá trị không được âm')
      .max(MAX_FIGURE, tooBig)
      .optional()
      .describe('Giá trị đúng như văn bản nguồn, một con số. Văn bản ghi một khoảng thì bỏ trống và ghi «range»')
      .meta({ title: 'Giá trị' }),
    range: rangeSchema.optional().meta({ title: 'Khoảng giá trị (văn bản ghi «125 – 130»)' }),
    unit: z
      .enum(keysOf(measureUnits))
      .describe('Đơn vị đo, ví dụ ho-so, nguoi, phan-tram')
      .meta({ title: 'Đơn vị tính' }),
    qualifier: z
      .enum(keysOf(qualifiers))
      .optional()
      .describe('Khi văn bản ghi «hơn», «khoảng», «gần»')
      .meta({ title: 'Từ đi kèm số' }),
    period: periodSchema.optional().meta({ title: 'Kỳ số liệu' }),
    quote: text(
      'Lời văn bản nguồn chép nguyên văn, khi con số chỉ hiểu đúng cùng câu chữ của nó (ví dụ văn bản không nói rõ con số thuộc về ai); hiện ngay cạnh con số',
    )
      .optional()
      .meta({ title: 'Lời văn bản nguồn' }),
    note: text('Ghi chú, ví dụ cách văn bản diễn đạt').optional().meta({ title: 'Ghi chú' }),
    headline: z
      .boolean()
      .default(false)
      .describe('Số liệu nổi bật: hiện lớn ở đầu trang Số liệu')
      .meta({ title: 'Số liệu nổi bật' }),
  })
  .superRefine((f, ctx) => {
    if ((f.value === undefined) === (f.range === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [f.range ? 'range' : 'value'],
        message:
          f.range === undefined
            ? 'thiếu giá trị: ghi «value» (một con số) hoặc «range» (một khoảng, ví dụ 125 – 130)'
            : 'chỉ ghi một trong hai: «value» (một con số) hoặc «range» (một khoảng), không cả hai',
      });
    if (f.unit === 'phan-tram' && (f.value ?? f.range?.max ?? 0) > 100)
      ctx.addIssue({
        code: 'custom',
        path: [f.range ? 'range' : 'value'],
        message: 'tỷ lệ phần trăm không thể lớn hơn 100',
      });
  });

const check = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('tong').describe('Các phần cộng lại phải bằng tổng').meta({ title: 'Loại' }),
    parts: z
      .array(slug)
      .min(2, 'cần ít nhất hai phần')
      .describe('Mã các chỉ tiêu là phần')
      .meta({ title: 'Các chỉ tiêu phần' }),
    total: slug.describe('Mã chỉ tiêu là tổng').meta({ title: 'Chỉ tiêu tổng' }),
  }),
  z.strictObject({
    kind: z.literal('ty-le').describe('Số đếm chia cho tổng phải bằng tỷ lệ đã ghi').meta({ title: 'Loại' }),
    part: slug.describe('Mã chỉ tiêu là số đếm').meta({ title: 'Chỉ tiêu phần' }),
    whole: slug.describe('Mã chỉ tiêu là tổng').meta({ title: 'Chỉ tiêu tổng' }),
    percent: slug.describe('Mã chỉ tiêu là tỷ lệ phần trăm').meta({ title: 'Chỉ tiêu tỷ lệ' }),
  }),
]);

const chart = z.strictObject({
  id: slug.describe('Tên ngắn của biểu đồ, dùng khi gắn biểu đồ vào bài viết').meta({ title: 'Mã' }),
  title: text('Biểu đồ cho thấy điều gì, ví dụ «Hồ sơ theo hình thức nộp»', textMax.title).meta({ title: 'Tiêu đề' }),
  kind: z
    .enum(keysOf(chartKinds))
    .describe('cot (biểu đồ cột) hoặc tron (biểu đồ tròn, cho các phần của một tổng)')
    .meta({ title: 'Loại' }),
  figures: z
    .array(slug)
    .min(2, 'cần ít nhất hai số liệu')
    .describe('Mã các chỉ tiêu đưa vào biểu đồ, theo thứ tự; cùng một kỳ, không có số liệu là khoảng')
    .meta({ title: 'Các con số' }),
  caption: text('Một câu chú thích: biểu đồ cho thấy gì, kỳ nào', textMax.summary).meta({ title: 'Chú thích' }),
});

export const metricsSchema = z.strictObject({
  title: text(
    'Tên bộ số liệu, không gắn một kỳ cho cả bộ khi văn bản chỉ nêu kỳ cho một số con số',
    textMax.title,
  ).meta({
    title: 'Tiêu đề',
  }),
  source,
  figures: z
    .array(figureSchema)
    .min(1, 'cần ít nhất một số liệu')
    .describe('Các con số trong văn bản, mỗi số với kỳ của riêng nó')
    .meta({ title: 'Các con số' }),
  checks: z
    .array(check)
    .default([])
    .describe('Các phép kiểm tra: phần cộng lại bằng tổng, số đếm khớp tỷ lệ (các số cùng kỳ, không có khoảng)')
    .meta({ title: 'Phép kiểm tra số liệu' }),
  charts: z.array(chart).default([]).describe('Biểu đồ vẽ từ bộ số liệu này').meta({ title: 'Biểu đồ' }),
});

export const indicatorSchema = z.strictObject({
  group: z
    .enum(keysOf(compareGroups))
    .optional()
    .describe('Nhóm để so sánh giữa các đơn vị: to-cong-nghe-so, loa-truyen-thanh, tap-huan')
    .meta({ title: 'Nhóm' }),
  label: text('Tên chỉ tiêu ngắn gọn, ví dụ «Hồ sơ nộp trực tuyến»', textMax.title).meta({ title: 'Tên' }),
  definition: text('Chỉ tiêu này đo gì, viết dễ hiểu', textMax.summary).meta({ title: 'Định nghĩa' }),
  unit: z.enum(keysOf(measureUnits)).describe('Đơn vị đo thường dùng').meta({ title: 'Đơn vị tính' }),
});
