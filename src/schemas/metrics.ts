// Figures from a unit's reports: content/units/<unit>/metrics/<dataset>.json. One dataset = figures
// from one document for one period. Indicator meanings live once in content/shared/indicators.yaml.
import { z } from 'astro/zod';
import { chartKinds, compareGroups, keysOf, measureUnits, qualifiers } from '../lib/vocabulary.ts';
import { partialDate, slug, source, text } from './common.ts';

export const figureSchema = z
  .strictObject({
    indicator: slug.describe('Mã chỉ tiêu, khai báo trong content/shared/indicators.yaml'),
    value: z.number().nonnegative('giá trị không được âm').describe('Giá trị đúng như văn bản nguồn'),
    unit: z.enum(keysOf(measureUnits)).describe('Đơn vị đo, ví dụ ho-so, nguoi, phan-tram'),
    qualifier: z.enum(keysOf(qualifiers)).optional().describe('Khi văn bản ghi «hơn», «khoảng», «gần»'),
    note: text('Ghi chú, ví dụ cách văn bản diễn đạt').optional(),
    headline: z.boolean().default(false).describe('Số liệu nổi bật: hiện lớn ở đầu trang Số liệu'),
  })
  .refine((f) => f.unit !== 'phan-tram' || f.value <= 100, {
    path: ['value'],
    message: 'tỷ lệ phần trăm không thể lớn hơn 100',
  });

const check = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('tong').describe('Các phần cộng lại phải bằng tổng'),
    parts: z.array(slug).min(2, 'cần ít nhất hai phần').describe('Mã các chỉ tiêu là phần'),
    total: slug.describe('Mã chỉ tiêu là tổng'),
  }),
  z.strictObject({
    kind: z.literal('ty-le').describe('Số đếm chia cho tổng phải bằng tỷ lệ đã ghi'),
    part: slug.describe('Mã chỉ tiêu là số đếm'),
    whole: slug.describe('Mã chỉ tiêu là tổng'),
    percent: slug.describe('Mã chỉ tiêu là tỷ lệ phần trăm'),
  }),
]);

const chart = z.strictObject({
  id: slug.describe('Tên ngắn của biểu đồ, dùng khi gắn biểu đồ vào bài viết'),
  title: text('Biểu đồ cho thấy điều gì, ví dụ «Hồ sơ theo hình thức nộp»'),
  kind: z.enum(keysOf(chartKinds)).describe('cot (biểu đồ cột) hoặc tron (biểu đồ tròn, cho các phần của một tổng)'),
  figures: z.array(slug).min(2, 'cần ít nhất hai số liệu').describe('Mã các chỉ tiêu đưa vào biểu đồ, theo thứ tự'),
  caption: text('Một câu chú thích: biểu đồ cho thấy gì, kỳ nào'),
});

export const metricsSchema = z
  .strictObject({
    title: text('Tên bộ số liệu'),
    period: z
      .strictObject({
        from: partialDate.optional().describe('Từ ngày (nếu văn bản nêu)'),
        to: partialDate.describe('Đến ngày, hoặc thời điểm số liệu'),
        label: text('Kỳ số liệu như văn bản ghi, ví dụ «01/7/2025 – 11/12/2025»'),
      })
      .describe('Kỳ số liệu'),
    source,
    figures: z.array(figureSchema).min(1, 'cần ít nhất một số liệu').describe('Các con số trong văn bản'),
    checks: z.array(check).default([]).describe('Các phép kiểm tra: phần cộng lại bằng tổng, số đếm khớp tỷ lệ'),
    charts: z.array(chart).default([]).describe('Biểu đồ vẽ từ bộ số liệu này'),
  })
  .refine((d) => !d.period.from || d.period.from.slice(0, d.period.to.length) <= d.period.to, {
    path: ['period', 'to'],
    message: 'ngày kết thúc kỳ số liệu đứng trước ngày bắt đầu',
  });

export const indicatorSchema = z.strictObject({
  group: z
    .enum(keysOf(compareGroups))
    .optional()
    .describe('Nhóm để so sánh giữa các đơn vị: to-cong-nghe-so, loa-truyen-thanh, tap-huan'),
  label: text('Tên chỉ tiêu ngắn gọn, ví dụ «Hồ sơ nộp trực tuyến»'),
  definition: text('Chỉ tiêu này đo gì, viết dễ hiểu'),
  unit: z.enum(keysOf(measureUnits)).describe('Đơn vị đo thường dùng'),
});
