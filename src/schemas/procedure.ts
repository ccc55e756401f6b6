// An administrative procedure guide, as structured fields a layout renders (GOV.UK "start a service"
// shape). Never guess a fee, a time or a code: use the «chưa xác định» forms and say what the sources do not say.
// Every value a source gives carries a `cite` (document shown; quote and readFrom not); repository copies go to
// `provenance` (not shown). The rules between fields are in src/checks/procedure-facts.ts.
import { z } from 'astro/zod';
import {
  documentForms,
  feeUnits,
  filingPlaces,
  keysOf,
  lifeEvents,
  onlineLevels,
  procedureFields,
  timeUnits,
} from '../lib/vocabulary.ts';
import { calendarDate, httpsUrl, text, textMax, video } from './common.ts';

/** A repository copy of a source: the owner/name, the file and the commit that was read. */
export const repositoryCopy = {
  repo: z
    .string()
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/,
      'tên kho dạng chủ/tên, ví dụ hongdienvbhp/BangNiemYetVinhBao',
    )
    .describe('Kho đã đọc, dạng chủ/tên, ví dụ hongdienvbhp/BangNiemYetVinhBao')
    .meta({ title: 'Kho' }),
  path: z
    .string()
    .regex(/^[^/\s][^\s]{0,299}$/, 'đường dẫn tệp trong kho, không bắt đầu bằng / và không có khoảng trắng')
    .describe('Đường dẫn tệp trong kho, ví dụ data/phu-luc/phi-le-phi-van-ban.json')
    .meta({ title: 'Tệp' }),
  commit: z
    .string()
    .regex(/^[0-9a-f]{40}$/, 'mã commit gồm đúng 40 ký tự 0-9, a-f')
    .describe('Mã commit (40 ký tự) của bản đã đọc')
    .meta({ title: 'Commit' }),
};

/**
 * Where a value comes from. `document` (and `url`, an official page only) is shown next to the value; `quote`
 * (the sentence of the text, copied as written) and `readFrom` (the copy actually read) are for the check and
 * reviewers, never shown.
 */
export const cite = z
  .strictObject({
    document: text(
      'Văn bản hoặc trang chính thức: tên, số hiệu, cơ quan ban hành, ngày, điều khoản, ví dụ «Luật Hộ tịch số 60/2014/QH13 của Quốc hội, ngày 20/11/2014, Điều 16 khoản 2» hoặc «Cổng Dịch vụ công quốc gia, thủ tục 1.001193». Hiện trên trang',
      textMax.document,
    ).meta({ title: 'Văn bản' }),
    url: httpsUrl
      .optional()
      .describe('Địa chỉ của văn bản trên trang chính thức (.gov.vn, chinhphu.vn, vbpl.vn); không ghi kho GitHub')
      .meta({ title: 'Địa chỉ web' }),
    quote: text(
      'Câu trong văn bản mà giá trị lấy từ đó, chép nguyên văn (dài thì cắt bớt bằng …). Không hiện trên trang',
      textMax.summary,
      `trích dẫn dài quá ${textMax.summary} ký tự: chỉ chép câu nêu giá trị, cắt bớt bằng …`,
    ).meta({ title: 'Trích nguyên văn' }),
    readFrom: z
      .strictObject(repositoryCopy)
      .optional()
      .describe('Bản chép đã đọc, khi không đọc từ địa chỉ chính thức: kho, tệp, commit. Không hiện trên trang')
      .meta({ title: 'Bản đã đọc' }),
  })
  .describe('Nguồn của giá trị: văn bản chính thức (hiện trên trang), câu trích và bản đã đọc (không hiện)')
  .meta({ title: 'Dẫn nguồn' });

/** Every value a source gives carries its citation (required by the check, src/checks/procedure-facts.ts). */
const cited = {
  cite: cite.optional(),
  differs: text(
    'Một câu khi hai nguồn ghi khác nhau, ví dụ «Luật Hộ tịch ghi trả ngay trong ngày; Quyết định 658/QĐ-UBND (04/2026) ghi 01 ngày làm việc. Trang này theo văn bản mới hơn.» Hiện trên trang',
    textMax.summary,
  )
    .optional()
    .meta({ title: 'Nguồn ghi khác nhau' }),
};

/** What the sources do not say, one short sentence; the page adds whom to ask (the unit's desk). */
const unknownNote = (example: string) =>
  text(`Một câu ngắn nói nguồn chưa cho biết điều gì, ví dụ «${example}». Trang tự thêm chỗ hỏi`, textMax.summary)
    .optional()
    .meta({ title: 'Ghi chú' });

const fee = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('mien-phi').describe('Không mất phí, lệ phí (dẫn văn bản miễn)').meta({ title: 'Loại' }),
      note: text('Ghi chú, ví dụ ai được miễn').optional().meta({ title: 'Ghi chú' }),
      ...cited,
    }),
    z.strictObject({
      kind: z.literal('co-phi').describe('Có phí hoặc lệ phí').meta({ title: 'Loại' }),
      amountVnd: z
        .number()
        .int()
        .positive()
        .max(1e9, 'mức phí quá một tỷ đồng: kiểm tra lại số chữ số')
        .describe('Số tiền, đơn vị đồng')
        .meta({ title: 'Số tiền (đồng)' }),
      per: z
        .enum(keysOf(feeUnits))
        .optional()
        .describe(
          'Số tiền tính cho mỗi: ban (bản), trang, viec (việc), hop-dong (hợp đồng); bỏ trống là mỗi trường hợp',
        )
        .meta({ title: 'Tính cho mỗi' }),
      note: text('Ghi chú về mức phí, ví dụ ai được miễn').optional().meta({ title: 'Ghi chú' }),
      ...cited,
    }),
    z.strictObject({
      kind: z
        .literal('chua-xac-dinh')
        .describe('Nguồn chưa cho biết mức phí: trang sẽ nói rõ và chỉ chỗ hỏi')
        .meta({ title: 'Loại' }),
      note: unknownNote('Hải Phòng chưa công bố mức lệ phí nộp trực tiếp của thủ tục này'),
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
      from: text(
        'Thời hạn tính từ khi nào, ví dụ «kể từ ngày nhận đủ hồ sơ hợp lệ» (bắt buộc với ngày làm việc)',
        textMax.title,
      )
        .optional()
        .meta({ title: 'Tính từ' }),
      note: text('Ghi chú, ví dụ «trường hợp cần xác minh thì thêm 03 ngày làm việc»')
        .optional()
        .meta({ title: 'Ghi chú' }),
      ...cited,
    }),
    z.strictObject({
      kind: z
        .literal('trong-ngay')
        .describe('Trả kết quả trong ngày tiếp nhận hồ sơ, theo văn bản dẫn ở cite')
        .meta({ title: 'Loại' }),
      note: text('Ghi chú, ví dụ «nộp sau 15 giờ thì nhận trong ngày làm việc tiếp theo»')
        .optional()
        .meta({ title: 'Ghi chú' }),
      ...cited,
    }),
    z.strictObject({
      kind: z.literal('chua-xac-dinh').describe('Nguồn chưa cho biết thời hạn kèm đơn vị').meta({ title: 'Loại' }),
      note: unknownNote('Cổng Dịch vụ công quốc gia ghi 3 nhưng không ghi đơn vị'),
    }),
  ])
  .describe('Thời hạn giải quyết')
  .meta({ title: 'Thời hạn giải quyết' });

export const feePair = z
  .strictObject({
    online: fee
      .optional()
      .meta({ title: 'Trực tuyến' })
      .describe('Phí khi nộp trực tuyến: chỉ ghi khi thủ tục nộp được trực tuyến (channels.online: true)'),
    inPerson: fee.meta({ title: 'Trực tiếp' }),
  })
  .describe('Phí, lệ phí khi nộp trực tuyến (online, chỉ khi có kênh trực tuyến) và khi nộp trực tiếp (inPerson)');

export const onlineLevel = z
  .strictObject({
    level: z
      .enum(keysOf(onlineLevels))
      .describe('toan-trinh, mot-phan, chi-truc-tiep (Cổng chỉ ghi cách nộp trực tiếp) hoặc chua-xac-dinh')
      .meta({ title: 'Mức' }),
    note: text(
      'Bắt buộc khi chua-xac-dinh: một câu ngắn nói nguồn chưa cho biết điều gì. Trang tự thêm chỗ hỏi',
      textMax.summary,
    )
      .optional()
      .meta({ title: 'Ghi chú' }),
    ...cited,
  })
  .describe('Mức dịch vụ công trực tuyến tại đơn vị, kèm nguồn')
  .meta({ title: 'Mức dịch vụ công trực tuyến' });

/** Every repository copy the guide relies on: for the check and reviewers, never shown on the page. */
export const provenance = z
  .array(
    z.strictObject({
      ...repositoryCopy,
      note: text('Phần nào của tệp, dùng cho giá trị nào', textMax.summary).optional().meta({ title: 'Ghi chú' }),
    }),
  )
  .default([])
  .describe('Các bản chép trong kho dữ liệu (GitHub…) mà hướng dẫn dựa vào: kho, tệp, commit. Không hiện trên trang')
  .meta({ title: 'Bản chép đã đọc' });

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
  onlineLevel,
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
    .describe(
      'Văn bản, trang chính thức (.gov.vn, chinhphu.vn, vbpl.vn) của các thông tin trên trang; không ghi kho GitHub hay trang của tỉnh khác',
    )
    .meta({ title: 'Nguồn' }),
  provenance,
  sourceNote: text(
    'Ghi chú cho người đọc, hiện dưới danh sách nguồn: văn bản nào, nói về điều gì, ngày nào. Không ghi việc soạn tệp («đã bỏ…», nhật ký sửa)',
    600,
    'ghi chú về nguồn dài quá 600 ký tự',
  )
    .optional()
    .meta({ title: 'Ghi chú về nguồn' }),
  checkedOn: calendarDate
    .describe(
      'Ngày kiểm tra lại thông tin với nguồn; trang ghi «Kiểm tra lần cuối», quá 12 tháng thì npm run check nhắc',
    )
    .meta({ title: 'Ngày kiểm tra thông tin' }),
});

export type Procedure = z.infer<typeof procedureSchema>;
