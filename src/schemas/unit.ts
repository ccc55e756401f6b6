// A unit's profile: who publishes the site. Lives in content/units/<unit>/unit.yaml.
// Leave out what the unit's documents do not give: the site shows it as missing, never invented.
import { z } from 'astro/zod';
import { DEFAULT_TIME_ZONE, isTimeZone } from '../lib/dates.ts';
import { gitHosts, keysOf, unitKinds } from '../lib/vocabulary.ts';
import { httpsUrl, source, text, textMax } from './common.ts';

// A privacy-respecting counter the unit runs itself (or rents): no cookies, nothing that names a person.
// Only QR landing pages report to it: which code was scanned and for which residential group.
const analytics = z
  .discriminatedUnion('tool', [
    z.strictObject({
      tool: z
        .literal('plausible')
        .describe('Plausible Analytics (plausible.io hoặc máy chủ Plausible riêng)')
        .meta({ title: 'Công cụ' }),
      endpoint: httpsUrl
        .describe('Địa chỉ nhận sự kiện, ví dụ https://plausible.io/api/event')
        .meta({ title: 'Địa chỉ nhận sự kiện' }),
      site: text('Tên miền đã khai báo trong Plausible, ví dụ «hongbang.haiphong.gov.vn»').meta({
        title: 'Website trong công cụ đếm',
      }),
    }),
    z.strictObject({
      tool: z.literal('umami').describe('Umami (cloud.umami.is hoặc máy chủ Umami riêng)').meta({ title: 'Công cụ' }),
      endpoint: httpsUrl
        .describe('Địa chỉ nhận sự kiện, ví dụ https://thongke.example.vn/api/send')
        .meta({ title: 'Địa chỉ nhận sự kiện' }),
      site: z
        .uuid('mã website Umami dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx')
        .describe('Mã website trong Umami')
        .meta({ title: 'Website trong công cụ đếm' }),
    }),
  ])
  .describe(
    'Công cụ đếm lượt quét mã QR tôn trọng quyền riêng tư (plausible hoặc umami); bỏ trống thì trang không gửi gì đi đâu',
  );

// Where the web editor (/admin/) reads and writes this unit's content. Both hosts support review before
// publishing (editorial workflow). Editors sign in with the host's account or a personal access token.
const editor = z
  .strictObject({
    host: z
      .enum(keysOf(gitHosts))
      .describe('Nơi đặt kho nội dung: github (GitHub) hoặc gitlab (GitLab)')
      .meta({ title: 'Nơi đặt kho nội dung' }),
    repo: z
      .string()
      .regex(/^[\w.-]+(?:\/[\w.-]+)+$/, 'dạng <tổ chức>/<kho>, ví dụ ubnd-hong-bang/nq57')
      .describe('Kho nội dung trên máy chủ git, dạng <tổ chức>/<kho>, ví dụ «ubnd-hong-bang/nq57»')
      .meta({ title: 'Kho nội dung' }),
    branch: text('Nhánh xuất bản, thường là «main»').default('main').meta({ title: 'Nhánh' }),
    apiRoot: httpsUrl
      .optional()
      .describe(
        'Địa chỉ API của máy chủ GitLab riêng, ví dụ https://git.haiphong.gov.vn/api/v4; bỏ trống nếu dùng gitlab.com hoặc github.com',
      )
      .meta({ title: 'Địa chỉ API máy chủ git' }),
    oauthUrl: httpsUrl
      .optional()
      .describe(
        'Địa chỉ dịch vụ đăng nhập OAuth (GitHub: Sveltia CMS Authenticator; GitLab riêng: địa chỉ máy chủ); bỏ trống thì đăng nhập bằng mã truy cập cá nhân',
      )
      .meta({ title: 'Dịch vụ đăng nhập OAuth' }),
    appId: text('Mã ứng dụng OAuth đã đăng ký trên GitLab (đăng nhập PKCE); bỏ trống nếu không dùng')
      .optional()
      .meta({ title: 'Mã ứng dụng OAuth' }),
  })
  .describe('Kết nối trang soạn thảo /admin/ với kho nội dung; bỏ trống thì trang /admin/ chỉ hướng dẫn cách kết nối');

/**
 * A contact the documents do not give yet (address, hours, phone…): left out, or written as null, the explicit
 * «chưa biết» that `npm run new -- don-vi` writes. The site then says it is «chưa cập nhật» and whom to ask.
 */
const contact = <T extends z.ZodType>(field: T) => field.nullable().optional();

export const unitSchema = z.strictObject({
  name: text('Tên đầy đủ của đơn vị, ví dụ «Phường Hồng Bàng»', textMax.name).meta({ title: 'Tên' }),
  shortName: text('Tên ngắn không kèm cấp, ví dụ «Hồng Bàng»', textMax.name).meta({ title: 'Tên ngắn' }),
  kind: z
    .enum(keysOf(unitKinds))
    .describe('Cấp đơn vị: phuong (phường), xa (xã) hoặc dac-khu (đặc khu)')
    .meta({ title: 'Loại' }),
  city: text('Thành phố trực thuộc, ví dụ «Hải Phòng»', textMax.name).meta({ title: 'Thành phố' }),
  committee: text('Tên cơ quan chịu trách nhiệm nội dung, ví dụ «Ủy ban nhân dân phường Hồng Bàng»', textMax.name).meta(
    {
      title: 'Cơ quan chịu trách nhiệm nội dung',
    },
  ),
  address: contact(text('Địa chỉ trụ sở UBND', textMax.name)).meta({ title: 'Địa chỉ trụ sở' }),
  deskAddress: contact(text('Địa chỉ Bộ phận một cửa / Trung tâm phục vụ hành chính công', textMax.name)).meta({
    title: 'Địa chỉ Bộ phận một cửa',
  }),
  deskHours: contact(
    text('Giờ tiếp nhận hồ sơ, ví dụ «Thứ Hai – Thứ Sáu, 7h30–11h30 và 13h30–17h00»', textMax.name),
  ).meta({
    title: 'Giờ tiếp nhận hồ sơ',
  }),
  hotline: contact(z.string().regex(/^[0-9 .+]{8,16}$/, 'số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm'))
    .describe('Số điện thoại đường dây nóng')
    .meta({ title: 'Đường dây nóng' }),
  email: contact(z.email('địa chỉ thư điện tử hợp lệ'))
    .describe('Thư điện tử của đơn vị')
    .meta({ title: 'Thư điện tử' }),
  portal: contact(httpsUrl).describe('Cổng thông tin điện tử của đơn vị').meta({ title: 'Cổng thông tin điện tử' }),
  zaloOa: contact(httpsUrl).describe('Trang Zalo OA của đơn vị').meta({ title: 'Trang Zalo OA' }),
  facebook: contact(httpsUrl).describe('Trang Facebook (fanpage) của đơn vị').meta({ title: 'Trang Facebook' }),
  feedbackEndpoint: httpsUrl
    .optional()
    .describe(
      'Địa chỉ nhận ý kiến gửi từ trang Phản hồi (nhận JSON qua POST); bỏ trống thì trang mở thư điện tử hoặc Zalo',
    )
    .meta({ title: 'Địa chỉ nhận ý kiến phản hồi' }),
  timeZone: z
    .string()
    .refine(isTimeZone, 'múi giờ không có thật: viết tên múi giờ IANA, ví dụ «Asia/Ho_Chi_Minh»')
    .default(DEFAULT_TIME_ZONE)
    .describe(
      'Múi giờ của đơn vị (tên IANA, mặc định Asia/Ho_Chi_Minh – giờ Việt Nam): giờ bật tắt và đồng hồ của màn hình LED, ngày «hôm nay» khi kiểm tra tin, theo múi giờ này dù máy tính đặt múi giờ nào',
    )
    .meta({ title: 'Múi giờ' }),
  analytics: analytics.optional().meta({ title: 'Công cụ đếm lượt quét mã QR' }),
  editor: editor.optional().meta({ title: 'Kết nối trình soạn thảo web' }),
  channels: z
    .array(text('Tên kênh thông tin', textMax.name))
    .default([])
    .describe('Các kênh thông tin mà báo cáo của đơn vị nêu, kể cả khi chưa có địa chỉ')
    .meta({ title: 'Kênh' }),
  // Left out, the bulletin uses the site's own wording built from the unit's name (src/lib/spoken/bulletin.ts):
  // a convention of this site, not an official formula quoted from any document. The check refuses one that
  // does not name the unit (src/schemas/index.ts).
  bulletinOpening: text(
    'Lời mở đầu bản tin truyền thanh (trang Bản tin truyền thanh), có tên đơn vị, ví dụ «Kính thưa bà con nhân dân phường Hồng Bàng…»; bỏ trống thì trang dùng lời mở đầu mặc định có tên đơn vị',
    400,
    'lời mở đầu dài quá 400 ký tự',
  )
    .optional()
    .meta({ title: 'Lời mở đầu bản tin truyền thanh' }),
  bulletinClosing: text(
    'Lời kết bản tin truyền thanh, có tên đơn vị, ví dụ «Bản tin của Ủy ban nhân dân phường Hồng Bàng đến đây là hết…»; bỏ trống thì trang dùng lời kết mặc định có tên đơn vị',
    400,
    'lời kết dài quá 400 ký tự',
  )
    .optional()
    .meta({ title: 'Lời kết bản tin truyền thanh' }),
  intro: text('Một đến ba câu giới thiệu chuyên trang NQ57 của đơn vị, dựa trên báo cáo', textMax.summary).meta({
    title: 'Giới thiệu',
  }),
  sources: z
    .array(source)
    .min(1, 'cần ít nhất một nguồn')
    .describe('Văn bản nguồn của hồ sơ đơn vị')
    .meta({ title: 'Nguồn' }),
});

export type UnitProfile = z.infer<typeof unitSchema>;
