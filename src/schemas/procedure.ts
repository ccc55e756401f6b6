// An administrative procedure guide, as structured fields a layout renders (GOV.UK "start a service"
// shape). Never guess a fee, a time or a code: use the «chưa xác định» forms and say whom to ask.
import { z } from 'astro/zod';
import {
  documentForms,
  filingPlaces,
  keysOf,
  lifeEvents,
  onlineLevels,
  procedureFields,
  timeUnits,
} from '../lib/vocabulary.ts';
import { calendarDate, httpsUrl, text, textMax, video } from './common.ts';

const fee = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('mien-phi').describe('Không mất phí, lệ phí').meta({ title: 'Loại' }) }),
    z.strictObject({
      kind: z.literal('co-phi').describe('Có phí hoặc lệ phí').meta({ title: 'Loại' }),
      amountVnd: z
        .number()
        .int()
        .positive()
        .max(1e9, 'mức phí quá một tỷ đồng: kiểm tra lại số chữ số')
        .describe('Số tiền, đơn vị đồng')
        .meta({ title: 'Số tiền (đồng)' }),
      note: text('Ghi chú về mức phí, ví dụ ai được miễn').optional().meta({ title: 'Ghi chú' }),
    }),
    z.strictObject({
      kind: z
        .literal('chua-xac-dinh')
        .describe('Nguồn chưa cho biết mức phí: trang sẽ nói rõ và chỉ chỗ hỏi')
        .meta({ title: 'Loại' }),
      note: text('Điều đã biết, ví dụ «Mức lệ phí nộp trực tiếp tại Hải Phòng chưa công bố»')
        .optional()
        .meta({ title: 'Ghi chú' }),
    }),
  ])
  .describe('Phí, lệ phí: mien-phi, co-phi (kèm số tiền) hoặc chua-xac-dinh');

export const processingTime = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('da-biet').describe('Thời hạn đã biết').meta({ title: 'Loại' }),
      value: z
        .number()
        .positive()
        .max(1000, 'thời hạn quá 1000: kiểm tra lại con số')
        .describe('Số lượng, ví dụ 3')
        .meta({ title: 'Giá trị' }),
      unit: z.enum(keysOf(timeUnits)).describe('Đơn vị: ngay-lam-viec, ngay hoặc gio').meta({ title: 'Đơn vị tính' }),
      note: text('Ghi chú, ví dụ «kể từ khi nhận đủ hồ sơ hợp lệ»').optional().meta({ title: 'Ghi chú' }),
    }),
    z.strictObject({
      kind: z
        .literal('trong-ngay')
        .describe('Trả kết quả trong ngày tiếp nhận hồ sơ, theo nguồn ghi ở mục nguồn')
        .meta({ title: 'Loại' }),
      note: text('Ghi chú, ví dụ «nộp sau 15 giờ thì nhận trong ngày làm việc tiếp theo»')
        .optional()
        .meta({ title: 'Ghi chú' }),
    }),
    z.strictObject({
      kind: z.literal('chua-xac-dinh').describe('Nguồn chưa cho biết thời hạn kèm đơn vị').meta({ title: 'Loại' }),
      note: text('Điều đã biết, ví dụ «Cổng DVCQG ghi 3 nhưng không ghi đơn vị»').optional().meta({ title: 'Ghi chú' }),
    }),
  ])
  .describe('Thời hạn giải quyết')
  .meta({ title: 'Thời hạn giải quyết' });

export const feePair = z
  .strictObject({ online: fee.meta({ title: 'Trực tuyến' }), inPerson: fee.meta({ title: 'Trực tiếp' }) })
  .describe('Phí, lệ phí khi nộp trực tuyến (online) và khi nộp trực tiếp (inPerson)');

const requiredDocument = z.strictObject({
  name: text('Tên giấy tờ, ví dụ «Tờ khai đăng ký khai sinh»', textMax.document).meta({ title: 'Tên' }),
  form: z
    .enum(keysOf(documentForms))
    .describe('Loại: ban-chinh, ban-sao, ban-sao-chung-thuc, xuat-trinh…')
    .meta({ title: 'Mẫu, loại giấy tờ' }),
  copies: z.number().int().min(1).max(20).default(1).describe('Số lượng cần nộp').meta({ title: 'Số bản' }),
  note: text('Ghi chú, ví dụ «nếu có»').optional().meta({ title: 'Ghi chú' }),
});

/** A file held under public/, checked to exist at build. */
export const attachmentPath = z
  .string()
  .regex(/^\/bieu-mau\/[a-z0-9-]+\.(pdf|docx?|odt)$/, 'đường dẫn dạng /bieu-mau/ten-tep.pdf (hoặc .docx, .doc, .odt)')
  .describe('Tệp đặt trong thư mục public/bieu-mau, ví dụ /bieu-mau/to-khai-ct01.pdf');

export const procedureSchema = z.strictObject({
  title: text('Tên thủ tục đúng như văn bản công bố', textMax.document).meta({ title: 'Tiêu đề' }),
  shortTitle: text('Tên ngắn người dân hay gọi, ví dụ «Làm giấy khai sinh»', textMax.title)
    .optional()
    .meta({ title: 'Tên thường gọi' }),
  common: z
    .boolean()
    .default(false)
    .describe('Thủ tục thường gặp: hiện ở trang chủ và được ưu tiên khi người dân tìm kiếm')
    .meta({ title: 'Thủ tục thường gặp' }),
  code: z
    .string()
    .regex(/^[12]\.\d{6}$/, 'mã thủ tục dạng 1.001193 hoặc 2.000815')
    .nullable()
    .describe('Mã thủ tục trên Cổng Dịch vụ công quốc gia; để null nếu nguồn chưa xác định')
    .meta({ title: 'Mã thủ tục' }),
  field: z
    .enum(keysOf(procedureFields))
    .describe('Lĩnh vực, ví dụ ho-tich, chung-thuc, cu-tru')
    .meta({ title: 'Lĩnh vực' }),
  summary: text('Thủ tục này để làm gì, viết một hai câu dễ hiểu', textMax.summary).meta({ title: 'Tóm tắt' }),
  audience: text('Ai cần làm thủ tục này', textMax.summary).meta({ title: 'Đối tượng' }),
  lifeEvents: z
    .array(z.enum(keysOf(lifeEvents)))
    .min(1, 'chọn ít nhất một sự kiện')
    .describe('Sự kiện trong đời người dân gắn với thủ tục, ví dụ sinh-con, ket-hon')
    .meta({ title: 'Sự kiện trong đời' }),
  where: z
    .enum(keysOf(filingPlaces))
    .describe('Nơi nộp: mot-cua (Bộ phận một cửa) hoặc cong-an (Công an)')
    .meta({ title: 'Nơi nộp' }),
  channels: z
    .strictObject({
      online: z.boolean().describe('Nộp được trực tuyến').meta({ title: 'Trực tuyến' }),
      inPerson: z.boolean().describe('Nộp được trực tiếp').meta({ title: 'Trực tiếp' }),
      post: z.boolean().describe('Nộp được qua bưu chính').meta({ title: 'Qua bưu chính' }),
    })
    .describe('Các cách nộp hồ sơ')
    .meta({ title: 'Kênh' }),
  onlineLevel: z
    .enum(keysOf(onlineLevels))
    .describe('Mức dịch vụ công trực tuyến tại đơn vị')
    .meta({ title: 'Mức dịch vụ công trực tuyến' }),
  processingTime,
  fee: feePair.meta({ title: 'Phí, lệ phí' }),
  documents: z
    .array(requiredDocument)
    .min(1, 'cần ít nhất một giấy tờ')
    .describe('Giấy tờ cần chuẩn bị')
    .meta({ title: 'Giấy tờ cần chuẩn bị' }),
  steps: z
    .array(
      z.strictObject({
        title: text('Việc cần làm ở bước này', textMax.title).meta({ title: 'Tiêu đề' }),
        detail: text('Giải thích thêm').optional().meta({ title: 'Giải thích thêm' }),
      }),
    )
    .min(1, 'cần ít nhất một bước')
    .describe('Các bước thực hiện, theo thứ tự')
    .meta({ title: 'Các bước' }),
  forms: z
    .array(
      z.strictObject({
        name: text('Tên mẫu, ví dụ «Tờ khai thay đổi thông tin cư trú»', textMax.document).meta({ title: 'Tên' }),
        code: text('Số hiệu mẫu nếu có, ví dụ «CT01»', textMax.name).optional().meta({ title: 'Mã thủ tục' }),
        file: attachmentPath
          .optional()
          .describe(
            'Tệp mẫu trống chính thức, nếu đơn vị giữ bản gốc; bỏ trống thì trang dẫn tới trang thủ tục trên Cổng',
          )
          .meta({ title: 'Tệp' }),
      }),
    )
    .default([])
    .describe('Mẫu đơn, tờ khai của thủ tục')
    .meta({ title: 'Mẫu đơn, tờ khai' }),
  video: video.optional().meta({ title: 'Video' }),
  portalUrl: httpsUrl
    .refine((u) => new URL(u).hostname.endsWith('dichvucong.gov.vn'), 'phải là trang trên dichvucong.gov.vn')
    .optional()
    .describe('Trang của thủ tục trên Cổng Dịch vụ công quốc gia')
    .meta({ title: 'Trang thủ tục trên Cổng Dịch vụ công' }),
  legalBasis: z
    .array(text('Số hiệu và tên văn bản', textMax.document))
    .min(1, 'cần ít nhất một văn bản')
    .describe('Căn cứ pháp lý')
    .meta({ title: 'Căn cứ pháp lý' }),
  sources: z
    .array(
      z.strictObject({
        title: text('Tên nguồn', textMax.document).meta({ title: 'Tiêu đề' }),
        url: httpsUrl.optional().meta({ title: 'Địa chỉ web' }),
      }),
    )
    .min(1, 'cần ít nhất một nguồn')
    .describe('Nguồn của các thông tin trên trang')
    .meta({ title: 'Nguồn' }),
  sourceNote: text(
    'Ghi chú về nguồn, hiện dưới danh sách nguồn: chỗ dữ liệu của Cổng chưa rõ hoặc mâu thuẫn, điều nguồn chưa xác nhận được và nên hỏi ai',
    600,
    'ghi chú về nguồn dài quá 600 ký tự',
  )
    .optional()
    .meta({ title: 'Ghi chú về nguồn' }),
  checkedOn: calendarDate.describe('Ngày kiểm tra lại thông tin với nguồn').meta({ title: 'Ngày kiểm tra thông tin' }),
});

export type Procedure = z.infer<typeof procedureSchema>;
