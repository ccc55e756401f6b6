// An infographic: an image, and in the body its full text alternative carrying every number and
// claim the image shows. Shared (content/shared/infographics) or a unit's own.
import { z } from 'astro/zod';
import type { ImageFn } from './image.ts';
import { altText, calendarDate, datePrecision, source, text, textMax } from './common.ts';

export const infographicSchema = <I extends z.ZodType>(image: ImageFn<I>) =>
  z.strictObject({
    title: text('Tiêu đề infographic', textMax.title).meta({ title: 'Tiêu đề' }),
    image: image()
      .describe('Tệp ảnh (SVG, PNG, JPG) đặt cạnh tệp này, ví dụ ./nq57-muc-tieu.svg')
      .meta({ title: 'Tệp ảnh' }),
    alt: altText.meta({ title: 'Mô tả ảnh' }),
    date: calendarDate.describe('Ngày số liệu hoặc ngày đăng (NNNN-TT-NN)').meta({ title: 'Ngày' }),
    datePrecision,
    sources: z
      .array(source)
      .min(1, 'cần ít nhất một nguồn')
      .describe('Nguồn của số liệu trong ảnh')
      .meta({ title: 'Nguồn' }),
  });
