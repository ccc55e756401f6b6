// A question residents ask, with its answer in the Markdown body: content/shared/faq/<slug>.md.
import { z } from 'astro/zod';
import { keysOf, lifeEvents } from '../lib/vocabulary.ts';
import { slug, source, text, textMax } from './common.ts';

export const faqSchema = z.strictObject({
  question: text('Câu hỏi, viết như người dân hỏi', textMax.title).meta({ title: 'Câu hỏi' }),
  topic: text('Nhóm câu hỏi, ví dụ «Dịch vụ công trực tuyến», «VNeID»', textMax.name).meta({ title: 'Nhóm nội dung' }),
  order: z
    .number()
    .int()
    .min(0)
    .max(10000)
    .default(100)
    .describe('Thứ tự trong nhóm (số nhỏ đứng trước)')
    .meta({ title: 'Thứ tự' }),
  lifeEvents: z
    .array(z.enum(keysOf(lifeEvents)))
    .default([])
    .describe('Sự kiện trong đời liên quan')
    .meta({ title: 'Sự kiện trong đời' }),
  procedures: z
    .array(slug)
    .default([])
    .describe('Tên tệp (không đuôi) của các hướng dẫn thủ tục liên quan')
    .meta({ title: 'Thủ tục liên quan' }),
  sources: z.array(source).default([]).describe('Văn bản nguồn của câu trả lời, nếu có').meta({ title: 'Nguồn' }),
});
