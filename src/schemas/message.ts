// A slogan or short message about Resolution 57, shown on LED screens: content/shared/messages/*.yaml
// (every unit) or content/units/<unit>/messages/*.yaml (one unit). Only words a source document gives.
import { z } from 'astro/zod';
import { source, text } from './common.ts';

export const messageSchema = z.strictObject({
  text: z
    .string()
    .trim()
    .min(10, 'thông điệp quá ngắn')
    .max(160, 'thông điệp tối đa 160 ký tự để đọc được từ xa')
    .describe('Câu khẩu hiệu hoặc thông điệp, đúng như văn bản nguồn')
    .meta({ title: 'Nội dung' }),
  note: text('Ghi chú: câu này trích nguyên văn hay tóm tắt, từ mục nào của văn bản')
    .optional()
    .meta({ title: 'Ghi chú' }),
  source,
});
