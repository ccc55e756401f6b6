// Campaign material (Thông tin tuyên truyền): shared in content/shared/campaigns, or a unit's own in
// content/units/<unit>/campaigns. Three kinds: an article, a radio piece with its full transcript,
// or a video with captions or transcript. The MDX body is the article, or the transcript.
import { z } from 'astro/zod';
import { campaignTopics, keysOf, tags } from '../lib/vocabulary.ts';
import { calendarDate, source, spokenScript, text, textMax, video } from './common.ts';

const base = {
  title: text('Tiêu đề bài', textMax.title).meta({ title: 'Tiêu đề' }),
  summary: text('Tóm tắt một hai câu', 300, 'tóm tắt dài quá 300 ký tự').meta({ title: 'Tóm tắt' }),
  date: calendarDate.describe('Ngày đăng (NNNN-TT-NN)').meta({ title: 'Ngày' }),
  topic: z
    .enum(keysOf(campaignTopics))
    .describe('Nhóm nội dung theo Kế hoạch 192/KH-UBND (1.1–1.5)')
    .meta({ title: 'Nhóm nội dung' }),
  audience: z
    .array(text('Đối tượng', textMax.name))
    .default([])
    .describe('Bài viết cho ai, ví dụ «người cao tuổi»')
    .meta({ title: 'Đối tượng' }),
  tags: z
    .array(z.enum(keysOf(tags)))
    .default([])
    .describe('Chủ đề, chọn trong danh sách: nghi-quyet-57, chuyen-doi-so, binh-dan-hoc-vu-so, dich-vu-cong…')
    .meta({ title: 'Chủ đề' }),
  sources: z
    .array(source)
    .min(1, 'cần ít nhất một nguồn')
    .describe('Văn bản nguồn của nội dung')
    .meta({ title: 'Nguồn' }),
  spokenScript,
};

export const campaignSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('bai-viet').describe('Bài viết').meta({ title: 'Loại' }), ...base }),
  z.strictObject({
    kind: z
      .literal('phat-thanh')
      .describe('Bài phát thanh trên loa truyền thanh; nội dung bài là lời đọc đầy đủ')
      .meta({ title: 'Loại' }),
    ...base,
    audio: z
      .string()
      .regex(
        /^\/[a-z0-9/._-]+\.(mp3|m4a|ogg|opus|webm)$/,
        'tệp âm thanh .mp3, .m4a, .ogg, .opus hoặc .webm, bắt đầu bằng /',
      )
      .describe('Tệp âm thanh trong thư mục public')
      .meta({ title: 'Tệp âm thanh' }),
    durationSeconds: z
      .number()
      .int()
      .positive()
      .max(4 * 3600, 'thời lượng quá 4 giờ (14400 giây): ghi số giây của bài')
      .optional()
      .describe('Thời lượng, tính bằng giây')
      .meta({ title: 'Thời lượng (giây)' }),
  }),
  z.strictObject({ kind: z.literal('video').describe('Video clip').meta({ title: 'Loại' }), ...base, video }),
]);
