// A filled sample of a procedure's form ("hồ sơ mẫu"): content/shared/samples/<procedure>.yaml.
// The resident is obviously fictional; the field labels follow the official form named in formSource.
import { z } from 'astro/zod';
import { filingPlaces, keysOf } from '../lib/vocabulary.ts';
import { httpsUrl, slug, text } from './common.ts';

export const sampleSchema = z.strictObject({
  procedure: slug
    .describe('Tên tệp hướng dẫn thủ tục mà hồ sơ mẫu này thuộc về (không có đuôi .yaml)')
    .meta({ title: 'Thủ tục' }),
  form: text('Tên mẫu đơn, tờ khai như văn bản ban hành, ví dụ «Tờ khai đăng ký khai sinh»').meta({
    title: 'Mẫu, loại giấy tờ',
  }),
  formSource: text('Văn bản ban hành mẫu, ví dụ «Mẫu ban hành kèm Thông tư số …/TT-BTP»').meta({
    title: 'Văn bản ban hành mẫu',
  }),
  // A shared sample serves every unit, so it names the kind of office; the page writes the unit's own name.
  addressee: z
    .enum(keysOf(filingPlaces))
    .optional()
    .describe(
      'Dòng «Kính gửi»: cong-an (Công an của đơn vị) hoặc mot-cua (Ủy ban nhân dân của đơn vị); trang tự ghi tên theo hồ sơ đơn vị',
    )
    .meta({ title: 'Kính gửi' }),
  sections: z
    .array(
      z.strictObject({
        heading: text('Tiêu đề phần, nếu mẫu chia phần').optional().meta({ title: 'Tiêu đề phần' }),
        fields: z
          .array(
            z.strictObject({
              label: text('Tên ô đúng như trên mẫu').meta({ title: 'Tên' }),
              value: text('Nội dung điền mẫu (người giả định)').meta({ title: 'Giá trị' }),
              hint: text('Lưu ý khi điền ô này').optional().meta({ title: 'Lưu ý khi điền' }),
            }),
          )
          .min(1, 'cần ít nhất một ô')
          .describe('Các ô cần điền')
          .meta({ title: 'Các ô cần điền' }),
      }),
    )
    .min(1, 'cần ít nhất một phần')
    .describe('Các phần của mẫu')
    .meta({ title: 'Các phần của mẫu' }),
  pledge: text('Lời cam đoan in sẵn trên mẫu').optional().meta({ title: 'Lời cam đoan' }),
  signature: z
    .strictObject({
      place: text('Nơi làm tờ khai (giả định)').meta({ title: 'Nơi' }),
      date: text('Ngày làm tờ khai (giả định), ví dụ «ngày 05 tháng 01 năm 2026»').meta({ title: 'Ngày' }),
      signer: text('Dòng ký tên, ví dụ «Người yêu cầu (ký, ghi rõ họ tên)»').meta({ title: 'Dòng ký tên' }),
      name: text('Họ tên người ký (giả định)').meta({ title: 'Tên' }),
    })
    .describe('Phần ký cuối mẫu')
    .meta({ title: 'Phần ký' }),
  sources: z
    .array(
      z.strictObject({
        title: text('Tên nguồn').meta({ title: 'Tiêu đề' }),
        url: httpsUrl.optional().describe('Địa chỉ nguồn').meta({ title: 'Địa chỉ web' }),
      }),
    )
    .min(1, 'cần ít nhất một nguồn')
    .describe('Nơi xem mẫu chính thức mà các ô này theo')
    .meta({ title: 'Nguồn' }),
});
