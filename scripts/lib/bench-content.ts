// Synthetic content for `npm run bench` (scripts/bench.ts): news items and procedure guides that pass the
// real content check, so a build can be measured with thousands of pages. Clearly synthetic in every
// visible field, and only ever written to a temporary copy of content/, never to content/ itself.
import { stringify } from 'yaml';
import type { Procedure } from '../../src/schemas/procedure.ts';
import { keysOf, tags } from '../../src/lib/vocabulary.ts';

/** The unit the benchmark adds: a folder in the temporary content/units. */
export const BENCH_UNIT = 'thu-tai';
/** What every synthetic item names as its source. */
export const BENCH_SOURCE = 'Dữ liệu sinh tự động cho đo hiệu năng (npm run bench), không phải thông tin thật';
/** Share of the extra pages that are news items; the rest are procedure guides. */
export const NEWS_SHARE = 0.6;

export interface BenchPlan {
  news: number;
  guides: number;
}

/** How N extra pages split between news items and guides (60% news, the rest guides; always exactly N). */
export function plan(extra: number): BenchPlan {
  if (!Number.isSafeInteger(extra) || extra < 0) throw new RangeError(`số trang thêm phải là số nguyên ≥ 0: ${extra}`);
  const news = Math.round(extra * NEWS_SHARE);
  return { news, guides: extra - news };
}

export interface BenchFile {
  /** The entry id: the file name without extension. */
  id: string;
  /** Path relative to content/. */
  path: string;
  text: string;
}

const pad = (i: number) => String(i).padStart(5, '0');
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;
/** The newest synthetic news date: fixed and in the past, so builds are repeatable and no date is in the future. */
const NEWEST = Date.UTC(2025, 11, 31);

/** The date of synthetic news item i: one a day going back from 31/12/2025, repeating every 1,000 items. */
export function newsDate(i: number): Date {
  return new Date(NEWEST - (i % 1000) * DAY);
}

const tagKeys = keysOf(tags);
const topics = [
  'tập huấn kỹ năng số cho tổ công nghệ số cộng đồng',
  'hướng dẫn người dân nộp hồ sơ trực tuyến',
  'tuyên truyền Nghị quyết 57 qua hệ thống truyền thanh cơ sở',
  'phổ biến cách cài đặt và dùng ứng dụng VNeID',
  'thanh toán không dùng tiền mặt ở chợ dân sinh',
  'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  'phong trào Bình dân học vụ số ở khu dân cư',
  'gửi mã QR kênh thông tin tới các hộ dân',
];
const places = ['tổ dân phố', 'nhà văn hóa khu dân cư', 'Bộ phận một cửa', 'trường học', 'chợ dân sinh', 'hội trường'];

/** A news item (content/units/<unit>/news/<id>.mdx) numbered i, dated `date`. */
export function syntheticNews(i: number, date: Date, unit = BENCH_UNIT): BenchFile {
  const id = `tin-thu-tai-${pad(i)}`;
  const topic = topics[i % topics.length] ?? '';
  const place = places[i % places.length] ?? '';
  const people = 20 + ((i * 37) % 480);
  const sessions = 1 + (i % 9);
  const itemTags = [tagKeys[i % tagKeys.length], tagKeys[(i * 7 + 3) % tagKeys.length]].filter(
    (t, k, all): t is (typeof tagKeys)[number] => t !== undefined && all.indexOf(t) === k,
  );
  const data = {
    title: `Tin thử tải số ${i}: ${topic}`,
    summary: `Tin sinh tự động số ${i} để đo thời gian dựng chuyên trang: ${sessions} buổi ${topic} tại ${place}, ${people} lượt người tham gia (số liệu giả).`,
    date: isoDay(date),
    tags: itemTags,
    featured: false,
    sources: [{ document: BENCH_SOURCE, issuer: 'Công cụ đo hiệu năng của chuyên trang', date: isoDay(date) }],
  };
  const body = [
    `Đây là **tin thử tải số ${i}**, do công cụ đo hiệu năng sinh ra; mọi con số trong tin là giả, chỉ để trang có độ dài như một tin thật.`,
    `Theo dữ liệu sinh tự động, đơn vị tổ chức ${sessions} buổi ${topic} tại ${place} số ${1 + (i % 23)}, với ${people} lượt người tham gia.`,
    'Nội dung các buổi gồm:',
    [
      `- Giới thiệu cách tra cứu thông tin trên chuyên trang (mã buổi ${i}-${sessions}).`,
      `- Thực hành trên điện thoại theo nhóm ${1 + (i % 6)} người, có cán bộ hướng dẫn.`,
      `- Giải đáp ${3 + (i % 11)} câu hỏi của người dân về ${topic}.`,
    ].join('\n'),
    `Ngày ghi trong tin (${isoDay(date)}) cũng là dữ liệu sinh tự động. Tin này chỉ có trong bản dựng thử tải và không bao giờ được đăng.`,
  ].join('\n\n');
  return {
    id,
    path: `units/${unit}/news/${id}.mdx`,
    text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`,
  };
}

/**
 * A procedure guide (content/shared/procedures/<id>.yaml) numbered i, with the documents and steps of a
 * real guide's parsed data (so its page is as long as a real one) and everything else marked synthetic:
 * no code (null: codes must be unique), no portal link, no video, a synthetic source.
 */
export function syntheticGuide(i: number, template: Procedure): BenchFile {
  const id = `thu-tuc-thu-tai-${pad(i)}`;
  const data = {
    title: `Thủ tục thử tải số ${i} (mẫu theo «${template.title}»)`,
    shortTitle: `Thủ tục thử tải số ${i}`,
    common: false,
    code: null,
    field: template.field,
    summary: `Hướng dẫn sinh tự động số ${i} để đo thời gian dựng chuyên trang, không phải thủ tục thật. Giấy tờ và các bước chép từ hướng dẫn «${template.title}».`,
    audience: template.audience,
    lifeEvents: template.lifeEvents,
    where: template.where,
    channels: template.channels,
    onlineLevel: template.onlineLevel,
    processingTime: template.processingTime,
    fee: template.fee,
    documents: template.documents,
    steps: template.steps,
    forms: template.forms,
    legalBasis: [`Không có: ${BENCH_SOURCE}`],
    sources: [{ title: BENCH_SOURCE }],
    checkedOn: isoDay(template.checkedOn),
  };
  return { id, path: `shared/procedures/${id}.yaml`, text: stringify(data, { lineWidth: 0 }) };
}

/** Every synthetic file for N extra pages: guides take their templates in turn. */
export function benchFiles(extra: number, templates: readonly Procedure[], unit = BENCH_UNIT): BenchFile[] {
  const { news, guides } = plan(extra);
  if (guides > 0 && templates.length === 0) throw new Error('cần ít nhất một hướng dẫn thủ tục thật làm mẫu');
  return [
    ...Array.from({ length: news }, (_, k) => syntheticNews(k + 1, newsDate(k + 1), unit)),
    ...Array.from({ length: guides }, (_, k) => syntheticGuide(k + 1, templates[k % templates.length] as Procedure)),
  ];
}

/** The synthetic unit's profile (unit.yaml), from a real unit's: renamed so no page passes for the real unit. */
export function benchUnitProfile(profile: Record<string, unknown>): string {
  return stringify(
    {
      ...profile,
      name: 'Đơn vị thử tải',
      shortName: 'Thử tải',
      committee: 'Đơn vị thử tải (dữ liệu sinh tự động)',
      intro: `Chuyên trang của một đơn vị không có thật, dựng để đo hiệu năng. ${BENCH_SOURCE}.`,
      editor: undefined,
      analytics: undefined,
      feedbackEndpoint: undefined,
    },
    { lineWidth: 0 },
  );
}
