// A filled sample of a procedure's form ("hồ sơ mẫu"): content/shared/samples/<procedure>.yaml.
// The resident is obviously fictional; the field labels follow the official form named in formSource.
import { z } from 'astro/zod';
import { filingPlaces, keysOf } from '../lib/vocabulary.ts';
import { slug, text } from './common.ts';

export const sampleSchema = z.strictObject({
  procedure: slug.describe('Tên tệp hướng dẫn thủ tục mà hồ sơ mẫu này thuộc về (không có đuôi .yaml)'),
  form: text('Tên mẫu đơn, tờ khai như văn bản ban hành, ví dụ «Tờ khai đăng ký khai sinh»'),
  formSource: text('Văn bản ban hành mẫu, ví dụ «Mẫu ban hành kèm Thông tư số …/TT-BTP»'),
  // A shared sample serves every unit, so it names the kind of office; the page writes the unit's own name.
  addressee: z
    .enum(keysOf(filingPlaces))
    .optional()
    .describe(
      'Dòng «Kính gửi»: cong-an (Công an của đơn vị) hoặc mot-cua (Ủy ban nhân dân của đơn vị); trang tự ghi tên theo hồ sơ đơn vị',
    ),
  sections: z
    .array(
      z.strictObject({
        heading: text('Tiêu đề phần, nếu mẫu chia phần').optional(),
        fields: z
          .array(
            z.strictObject({
              label: text('Tên ô đúng như trên mẫu'),
              value: text('Nội dung điền mẫu (người giả định)'),
              hint: text('Lưu ý khi điền ô này').optional(),
            }),
          )
          .min(1, 'cần ít nhất một ô')
          .describe('Các ô cần điền'),
      }),
    )
    .min(1, 'cần ít nhất một phần')
    .describe('Các phần của mẫu'),
  pledge: text('Lời cam đoan in sẵn trên mẫu').optional(),
  signature: z
    .strictObject({
      place: text('Nơi làm tờ khai (giả định)'),
      date: text('Ngày làm tờ khai (giả định), ví dụ «ngày 05 tháng 01 năm 2026»'),
      signer: text('Dòng ký tên, ví dụ «Người yêu cầu (ký, ghi rõ họ tên)»'),
      name: text('Họ tên người ký (giả định)'),
    })
    .describe('Phần ký cuối mẫu'),
  sources: z
    .array(z.strictObject({ title: text('Tên nguồn'), url: z.url().optional().describe('Địa chỉ nguồn') }))
    .min(1, 'cần ít nhất một nguồn')
    .describe('Nơi xem mẫu chính thức mà các ô này theo'),
});
