// A highlight (Thông tin nổi bật): content/units/<unit>/news/<slug>.mdx. Only what happened, dated as
// the unit's report dates it.
import { z } from 'astro/zod';
import type { ImageFn } from './image.ts';
import { DEFAULT_TIME_ZONE, dateIn, isoDate } from '../lib/dates.ts';
import { keysOf, tags } from '../lib/vocabulary.ts';
import { altText, calendarDate, datePrecision, draft, source, spokenScript, text } from './common.ts';

/** A news source may say, in one short note, how its date is known (a report that leaves the day blank). */
const newsSource = source
  .extend({
    dateNote: text(
      'Ghi chú ngắn về ngày của văn bản hoặc của sự việc, ví dụ «Báo cáo tháng 12/2025 của UBND phường gửi Sở Khoa học và Công nghệ»; viết cho người đọc, không ghi cách soạn tệp',
      200,
      'ghi chú về ngày dài quá 200 ký tự',
    )
      .optional()
      .meta({ title: 'Ghi chú về ngày' }),
  })
  .describe('Nguồn của thông tin: văn bản, cơ quan ban hành, ngày, và ghi chú về ngày nếu cần');

/** `timeZone`: the unit's (its profile's `timeZone`), in which «today» is read for the future-date check. */
export const newsSchema = <I extends z.ZodType>(image: ImageFn<I>, timeZone = DEFAULT_TIME_ZONE) =>
  z
    .strictObject({
      title: text('Tiêu đề tin, không quá 120 ký tự', 120, 'tiêu đề dài quá 120 ký tự').meta({ title: 'Tiêu đề' }),
      summary: text('Tóm tắt một hai câu, hiện trong danh sách tin', 300, 'tóm tắt dài quá 300 ký tự').meta({
        title: 'Tóm tắt',
      }),
      date: calendarDate.describe('Ngày diễn ra hoặc ngày đăng tin (NNNN-TT-NN)').meta({ title: 'Ngày' }),
      datePrecision,
      cover: z
        .strictObject({
          src: image().describe('Ảnh bìa, đặt cạnh tệp tin, ví dụ ./anh-bia.jpg').meta({ title: 'Tệp' }),
          alt: altText.meta({ title: 'Mô tả ảnh' }),
        })
        .optional()
        .describe('Ảnh bìa và mô tả ảnh')
        .meta({ title: 'Ảnh bìa' }),
      tags: z
        .array(z.enum(keysOf(tags)))
        .default([])
        .describe('Chủ đề, chọn trong danh sách: nghi-quyet-57, chuyen-doi-so, binh-dan-hoc-vu-so, dich-vu-cong…')
        .meta({ title: 'Chủ đề' }),
      featured: z.boolean().default(false).describe('Đưa tin lên trang chủ').meta({ title: 'Đưa lên trang chủ' }),
      draft,
      sources: z
        .array(newsSource)
        .min(1, 'cần ít nhất một nguồn')
        .describe('Văn bản nguồn của các sự việc trong tin')
        .meta({ title: 'Nguồn' }),
      spokenScript,
    })
    // A date is a day in the unit's calendar: from 00:00 there, today's date is not in the future.
    .refine((n) => n.draft || isoDate(n.date) <= dateIn(new Date(), timeZone), {
      path: ['date'],
      message: 'ngày ở tương lai: tin đã đăng phải có ngày đã qua. Sửa ngày, hoặc đặt draft: true để chờ',
    });
