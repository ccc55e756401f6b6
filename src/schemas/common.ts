// Schema pieces every collection shares. Each field carries a plain Vietnamese description:
// it is what an editor sees in error messages and in the web editor.
import { z } from 'astro/zod';
import { vietnameseIssueMessage } from '../lib/content-errors.ts';
import { datePrecisions, keysOf } from '../lib/vocabulary.ts';
import { altMessages, isFileNameAlt, isGenericAlt, minAltLength } from '../lib/vague-text.ts';

/** Slug used in URLs and file names: lowercase ASCII, digits and single hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang')
  .describe('Tên ngắn dùng trong địa chỉ trang: chữ thường không dấu, số, gạch ngang');

/** A date written as YYYY-MM-DD, YYYY-MM or YYYY when the source gives only a month or a year. */
export const partialDate = z
  .preprocess(
    // YAML reads an unquoted 2025-12-15 as a date and 2025 as a number; take both back to text.
    (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v),
    z
      .string()
      .regex(
        /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
        'ngày dạng NNNN-TT-NN, hoặc NNNN-TT khi chỉ biết tháng, hoặc NNNN khi chỉ biết năm',
      ),
  )
  .describe('Ngày theo văn bản nguồn: NNNN-TT-NN, hoặc NNNN-TT nếu chỉ biết tháng');

/** How precise a date is: a source that gives only the month is shown as «tháng 12/2025». */
export const datePrecision = z
  .enum(keysOf(datePrecisions))
  .default('ngay')
  .describe('thang khi văn bản nguồn chỉ cho biết tháng: trang sẽ ghi «tháng 12/2025», không ghi ngày')
  .meta({ title: 'Độ chính xác của ngày' });

/** A full calendar date. YAML may give a Date object or a string; both are accepted. */
export const calendarDate = z.coerce.date().describe('Ngày dạng NNNN-TT-NN, ví dụ 2025-12-15');

/**
 * The longest text of each sort, in characters: each a few times the longest real one in content/ (December
 * 2026, in brackets), so that nothing real is refused and a paste gone wrong (a megabyte in a name) stops at
 * the check instead of going out on every page that shows it.
 */
export const textMax = {
  /** A name: a unit's, a screen's, a place's, an issuer's, a list item (78). */
  name: 200,
  /** A title: an article's, a chart's, a question, a step (108). */
  title: 200,
  /** An official document's or procedure's name, as published (290). */
  document: 500,
  /** A summary, an intro, a caption, a definition (317). */
  summary: 600,
  /** Any other text: a note, a detail, a quotation (581). */
  paragraph: 2000,
} as const;

/** Non-empty text, trimmed, at most `max` characters (`tooLong`: the message when it is longer). */
export const text = (
  description: string,
  max: number = textMax.paragraph,
  tooLong = `dài quá ${max} ký tự: viết ngắn lại`,
) => z.string().trim().min(1, 'không được để trống').max(max, tooLong).describe(description);

export const httpsUrl = z
  .url({
    protocol: /^https$/,
    error: 'địa chỉ web đầy đủ, bắt đầu bằng https:// (http:// không mã hóa nên không được dùng)',
  })
  .describe('Địa chỉ web đầy đủ, bắt đầu bằng https://');

/** Where a fact comes from: the document, who issued it and when. */
export const source = z
  .strictObject({
    document: text(
      'Tên và số hiệu văn bản nguồn, ví dụ «Báo cáo số …/BC-UBND về tuyên truyền NQ57»',
      textMax.document,
    ).meta({
      title: 'Văn bản',
    }),
    issuer: text('Cơ quan ban hành, ví dụ «UBND phường Hồng Bàng»', textMax.name).meta({ title: 'Cơ quan ban hành' }),
    date: partialDate
      .describe('Ngày ban hành văn bản nguồn (NNNN-TT-NN, hoặc NNNN-TT nếu chỉ biết tháng)')
      .meta({ title: 'Ngày' }),
    url: httpsUrl.optional().describe('Địa chỉ công khai của văn bản, nếu có').meta({ title: 'Địa chỉ web' }),
  })
  .describe('Nguồn của thông tin: văn bản, cơ quan ban hành, ngày')
  .meta({ title: 'Nguồn' });

/**
 * A news item's or campaign article's own script for the ward loudspeakers, written by the editor: it replaces
 * the one the site derives from the title, summary and body (/truyen-thanh/). One paragraph a line; figures
 * and abbreviations may stay as written, the site says them in words.
 */
export const spokenScript = z
  .string()
  .trim()
  .min(1, 'không được để trống: bỏ hẳn dòng này để trang tự soạn lời đọc')
  .max(6000, 'lời đọc dài quá 6000 ký tự (khoảng tám phút đọc)')
  .optional()
  .describe(
    'Lời đọc trên loa truyền thanh do biên tập viên tự viết, thay cho lời trang tự soạn từ tiêu đề, tóm tắt và nội dung; mỗi đoạn một dòng. Bỏ trống thì trang tự soạn',
  )
  .meta({ title: 'Lời đọc trên loa truyền thanh' });

/** Alt text that says what an image shows, not that it is an image or its file name. */
export const altText = z
  .string()
  .trim()
  .min(minAltLength, altMessages.short)
  .refine((v) => !isGenericAlt(v), altMessages.generic)
  .refine((v) => !isFileNameAlt(v), altMessages.fileName)
  .describe('Mô tả ngắn điều ảnh cho thấy, cho người không nhìn thấy ảnh');

/** A video's words in full, for who cannot hear it (any kind of video may carry one). */
const transcript = z
  .string()
  .trim()
  .min(1)
  .optional()
  .describe('Lời thoại đầy đủ của video')
  .meta({ title: 'Lời thoại' });

/** A video: an uploaded file or an embedded player id, always with captions or a transcript. */
export const video = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('file').describe('Video là tệp tải lên trang').meta({ title: 'Loại' }),
      src: text('Đường dẫn tệp video trong thư mục public, ví dụ /media/video/dang-ky-khai-sinh.mp4')
        .regex(/^\/[a-z0-9/._-]+\.(mp4|webm)$/, 'đường dẫn bắt đầu bằng / và là tệp .mp4 hoặc .webm')
        .meta({ title: 'Tệp' }),
      captions: z
        .string()
        .regex(/^\/[a-z0-9/._-]+\.vtt$/, 'tệp phụ đề .vtt, đường dẫn bắt đầu bằng /')
        .optional()
        .describe('Tệp phụ đề tiếng Việt (.vtt)')
        .meta({ title: 'Phụ đề' }),
      transcript,
    }),
    z.strictObject({
      kind: z
        .literal('youtube')
        .describe('Video đăng trên YouTube, chỉ tải khi người đọc bấm xem')
        .meta({ title: 'Loại' }),
      id: z
        .string()
        .regex(/^[A-Za-z0-9_-]{11}$/, 'mã video YouTube gồm 11 ký tự')
        .describe('Mã video YouTube (11 ký tự sau «v=» trong địa chỉ)')
        .meta({ title: 'Mã' }),
      captions: z.boolean().optional().describe('Video trên YouTube có phụ đề tiếng Việt').meta({ title: 'Phụ đề' }),
      transcript,
    }),
    z.strictObject({
      kind: z
        .literal('facebook')
        .describe('Video đăng trên Facebook, chỉ tải khi người đọc bấm xem')
        .meta({ title: 'Loại' }),
      url: z
        .string()
        .regex(
          /^https:\/\/www\.facebook\.com\/[A-Za-z0-9.]+\/videos\/\d+\/?$/,
          'địa chỉ video Facebook dạng https://www.facebook.com/<trang>/videos/<số>',
        )
        .describe('Địa chỉ của video trên Facebook')
        .meta({ title: 'Địa chỉ web' }),
      captions: z.boolean().optional().describe('Video trên Facebook có phụ đề tiếng Việt').meta({ title: 'Phụ đề' }),
      transcript,
    }),
  ])
  .refine((v) => Boolean(v.captions) || Boolean(v.transcript), {
    message: 'video phải có phụ đề (captions) hoặc lời thoại (transcript)',
  })
  .describe('Video kèm phụ đề hoặc lời thoại')
  .meta({ title: 'Video' });

/**
 * A draft: the file is kept in the repository but never published. A draft never enters the site's
 * collections (src/content.config.ts) nor the check's list of entries (src/checks/validate-content.ts): it
 * makes no page, no sitemap or search entry, no RSS item, no slide and no offline copy. `npm run check`
 * lists what it still lacks as a reminder; once `draft` is removed or false, every rule applies.
 */
export const draft = z
  .boolean()
  .default(false)
  .describe('Bản nháp: true thì tệp chưa đăng công khai và được phép còn thiếu; bỏ dòng này hoặc đặt false để đăng')
  .meta({ title: 'Bản nháp' });

/** Whether raw file data (before any schema) is marked as a draft. */
export const isDraft = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;

/**
 * The schema of a kind that can be a draft: every entry (each variant of a union of kinds) takes the `draft`
 * field. Typed as the schema it wraps: the site's collections never hold a draft.
 */
export function withDraft<S extends z.ZodType>(schema: S): S {
  if (schema instanceof z.ZodObject) {
    return ('draft' in schema.shape ? schema : schema.safeExtend({ draft })) as unknown as S;
  }
  if (schema instanceof z.ZodDiscriminatedUnion && schema.def.checks === undefined) {
    const options = (schema.options as z.ZodObject[]).map((option) => withDraft(option));
    return z.discriminatedUnion(schema.def.discriminator, options as [z.ZodObject, ...z.ZodObject[]]) as unknown as S;
  }
  throw new Error('withDraft: chỉ áp dụng cho một đối tượng hoặc một hợp các đối tượng không có điều kiện chung');
}

// Vietnamese messages for every schema error, in Astro's build and in `npm run check` alike.
z.config({ customError: vietnameseIssueMessage });
