// Figures from a unit's reports: content/units/<unit>/metrics/<dataset>.json. One dataset = figures
// from one document for one period. Indicator meanings live once in content/shared/indicators.yaml.
import { z } from 'astro/zod';
import { keysOf, measureUnits, qualifiers } from '../lib/vocabulary.ts';
import { partialDate, slug, source, text } from './common.ts';

export const figureSchema = z.strictObject({
  indicator: slug.describe('Mã chỉ tiêu, khai báo trong content/shared/indicators.yaml'),
  value: z.number().nonnegative('giá trị không được âm').describe('Giá trị đúng như văn bản nguồn'),
  unit: z.enum(keysOf(measureUnits)).describe('Đơn vị đo, ví dụ ho-so, nguoi, phan-tram'),
  qualifier: z.enum(keysOf(qualifiers)).optional().describe('Khi văn bản ghi «hơn», «khoảng», «gần»'),
  note: text('Ghi chú, ví dụ cách văn bản diễn đạt').optional(),
});

export const metricsSchema = z.strictObject({
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
});

export const indicatorSchema = z.strictObject({
  label: text('Tên chỉ tiêu ngắn gọn, ví dụ «Hồ sơ nộp trực tuyến»'),
  definition: text('Chỉ tiêu này đo gì, viết dễ hiểu'),
  unit: z.enum(keysOf(measureUnits)).describe('Đơn vị đo thường dùng'),
});
