// Every kind of content, each declared once (see kind.ts for what a kind declares): where its files live,
// how they are written, the schema that checks them, how `npm run new` names them, what their body must
// hold and what they link to. content.config.ts (Astro's build), src/checks/ (npm run check), src/cms/ (the
// web editor) and scripts/new.ts all read this list, so there is one answer to "what is valid content".
import type { Reference } from '../lib/content-references.ts';
import { campaignSchema } from './campaign.ts';
import { faqSchema } from './faq.ts';
import { infographicSchema } from './infographic.ts';
import { MAX_CONTENT_BYTES, kB, spec } from './kind.ts';
import { messageSchema } from './message.ts';
import { chartProblems, consistencyProblems } from '../lib/metrics.ts';
import { formulaProblems } from '../lib/spoken/bulletin.ts';
import { metaTextIn, metaTextMessage } from '../lib/spoken/meta-text.ts';
import { indicatorSchema, metricsSchema } from './metrics.ts';
import { newsSchema } from './news.ts';
import { procedureOverrideSchema } from './procedure-override.ts';
import { procedureSchema } from './procedure.ts';
import { sampleSchema } from './sample.ts';
import { qrSchema } from './qr.ts';
import { screenSchema } from './screen.ts';
import { unitSchema } from './unit.ts';

const md = '*.{md,mdx}';

/** What a new file's body says in `npm run new`: the editor writes in its place. */
const replaceNote = 'thay cho dòng ghi chú này';

/** A radio piece is heard, not read: its body is the full transcript, for residents who cannot hear it. */
const transcript = { variant: 'phat-thanh', minLength: 50 } as const;

/** An infographic is an image: its body is the full text of it, for residents who cannot see it. */
const infographicText = { minLength: 40 } as const;

/** What the loudspeakers read of a news item or campaign article (src/lib/spoken/bulletin.ts). */
interface Spoken {
  title: string;
  summary: string;
  spokenScript?: string | undefined;
}

/**
 * No web meta-text on air: the editor's script when there is one, else the title and summary a script is made
 * from (the body is checked by `spokenBody`).
 */
function spokenRules(data: Spoken): { field: string; message: string }[] {
  const own = data.spokenScript !== undefined;
  const fields: [string, string][] = own
    ? [['spokenScript', data.spokenScript ?? '']]
    : [
        ['title', data.title],
        ['summary', data.summary],
      ];
  return fields.flatMap(([field, text]) => {
    const found = metaTextIn(text);
    return found.length > 0 ? [{ field, message: metaTextMessage(found, own) }] : [];
  });
}

/** The body a derived script reads: no web meta-text in it either, unless the editor wrote the script. */
function spokenBody(data: Spoken, text: string): string | undefined {
  const found = data.spokenScript === undefined ? metaTextIn(text) : [];
  return found.length > 0 ? metaTextMessage(found, false) : undefined;
}

const procedureLink = {
  to: 'procedures',
  what: 'hướng dẫn thủ tục (tên tệp trong content/shared/procedures, không có đuôi .yaml)',
};

export const collectionSpecs = {
  units: spec({
    label: 'Hồ sơ đơn vị',
    maxBytes: 50 * kB,
    extension: 'yaml',
    titleField: 'name',
    patterns: (unit) => [`units/${unit}/unit.yaml`],
    idFrom: 'folder',
    drafts: false,
    // Named only to be told that the profile is edited in place: `npm run new` makes none.
    aliases: ['don-vi', 'ho-so-don-vi'],
    schema: () => unitSchema,
    rules: (data) => formulaProblems(data),
  }),
  procedures: spec({
    label: 'Hướng dẫn thủ tục hành chính',
    maxBytes: 100 * kB,
    extension: 'yaml',
    titleField: 'title',
    patterns: () => ['shared/procedures/*.yaml'],
    idFrom: 'file',
    aliases: ['thu-tuc'],
    schema: () => procedureSchema,
  }),
  procedureOverrides: spec({
    label: 'Thông tin riêng của đơn vị cho hướng dẫn thủ tục',
    maxBytes: 50 * kB,
    extension: 'yaml',
    patterns: (unit) => [`units/${unit}/thu-tuc/*.yaml`],
    idFrom: 'file',
    aliases: ['thu-tuc-rieng'],
    namesProcedure: true,
    schema: () => procedureOverrideSchema,
  }),
  samples: spec({
    label: 'Hồ sơ mẫu',
    maxBytes: 100 * kB,
    extension: 'yaml',
    titleField: 'procedure',
    patterns: () => ['shared/samples/*.yaml'],
    idFrom: 'file',
    aliases: ['ho-so-mau'],
    namesProcedure: true,
    schema: () => sampleSchema,
    links: [{ field: 'procedure', ...procedureLink }],
  }),
  news: spec({
    label: 'Tin nổi bật',
    maxBytes: MAX_CONTENT_BYTES,
    extension: 'mdx',
    titleField: 'title',
    patterns: (unit) => [`units/${unit}/news/${md}`, `units/${unit}/news/*/index.{md,mdx}`],
    idFrom: 'file',
    aliases: ['tin', 'tin-tuc'],
    schema: newsSchema,
    // The news schema is built per image function, so its data reaches here untyped; it has these fields.
    rules: (data) => spokenRules(data as Spoken),
    body: (data, text) => spokenBody(data as Spoken, text),
    bodyHint: 'Viết như báo cáo của đơn vị kể lại sự việc; mỗi con số phải có trong văn bản nguồn đã ghi ở trên.',
    bodyTemplate: () =>
      `Viết nội dung tin ở đây, ${replaceNote}: việc gì, ở đâu, khi nào, ai làm. Chỉ viết điều văn bản nguồn nêu.`,
  }),
  campaigns: spec({
    label: 'Thông tin tuyên truyền',
    maxBytes: MAX_CONTENT_BYTES,
    extension: 'mdx',
    titleField: 'title',
    patterns: (unit) => [`shared/campaigns/${md}`, `units/${unit}/campaigns/${md}`],
    idFrom: 'file',
    aliases: ['tuyen-truyen'],
    variantAliases: ['bai-viet', 'phat-thanh', 'video'],
    schema: () => campaignSchema,
    rules: spokenRules,
    body: (data, text) =>
      data.kind === transcript.variant && text.length < transcript.minLength
        ? 'bài phát thanh phải có lời đọc đầy đủ ở phần nội dung (dưới dòng --- thứ hai), cho người không nghe được'
        : spokenBody(data, text),
    bodyHint: 'Bài phát thanh phải có lời đọc đầy đủ ở đây, cho người không nghe được.',
    bodyTemplate: (variant) =>
      variant === transcript.variant
        ? `Chép lời đọc đầy đủ của bài phát thanh ở đây, ${replaceNote} (bắt buộc, ít nhất ${transcript.minLength} ký tự), cho người không nghe được.`
        : `Viết nội dung bài ở đây, ${replaceNote}, theo văn bản nguồn. Nếu đổi kind thành ${transcript.variant}, phần này là lời đọc đầy đủ (ít nhất ${transcript.minLength} ký tự).`,
  }),
  infographics: spec({
    label: 'Infographic',
    maxBytes: 100 * kB,
    extension: 'md',
    titleField: 'title',
    patterns: (unit) => [`shared/infographics/${md}`, `units/${unit}/infographics/${md}`],
    idFrom: 'file',
    aliases: ['infographic'],
    schema: infographicSchema,
    body: (_data, text) =>
      text.length < infographicText.minLength
        ? 'infographic phải có toàn văn ở phần nội dung: mọi con số và nhận định có trong ảnh'
        : undefined,
    bodyHint: 'Toàn văn của infographic: mọi con số và nhận định có trong ảnh, cho người không xem được ảnh.',
    bodyTemplate: () =>
      `Viết toàn văn infographic ở đây, ${replaceNote}: mọi con số và nhận định có trong ảnh (bắt buộc, ít nhất ${infographicText.minLength} ký tự), cho người không xem được ảnh.`,
  }),
  faq: spec({
    label: 'Hỏi đáp',
    maxBytes: 100 * kB,
    extension: 'md',
    titleField: 'question',
    patterns: (unit) => [`shared/faq/${md}`, `units/${unit}/faq/${md}`],
    idFrom: 'file',
    aliases: ['hoi-dap'],
    schema: () => faqSchema,
    bodyHint: 'Câu trả lời, viết ngắn gọn, dễ hiểu.',
    bodyTemplate: () => `Viết câu trả lời ở đây, ${replaceNote}: ngắn gọn, dễ hiểu, theo văn bản nguồn.`,
    links: [{ field: 'procedures', ...procedureLink }],
  }),
  indicators: spec({
    label: 'Định nghĩa chỉ tiêu',
    maxBytes: 20 * kB,
    extension: 'yaml',
    titleField: 'label',
    patterns: () => ['shared/indicators/*.yaml'],
    idFrom: 'file',
    aliases: ['chi-tieu'],
    schema: () => indicatorSchema,
  }),
  metrics: spec({
    label: 'Bộ số liệu',
    maxBytes: 200 * kB,
    extension: 'json',
    titleField: 'title',
    patterns: (unit) => [`units/${unit}/metrics/*.json`],
    idFrom: 'file',
    aliases: ['so-lieu'],
    schema: () => metricsSchema,
    rules: (data) => [...consistencyProblems(data), ...chartProblems(data)],
    links: [
      { field: 'figures.indicator', to: 'indicators', what: 'chỉ tiêu (tên tệp trong content/shared/indicators)' },
    ],
  }),
  qr: spec({
    label: 'Mã QR',
    maxBytes: 20 * kB,
    extension: 'yaml',
    patterns: (unit) => [`units/${unit}/qr/*.yaml`],
    idFrom: 'file',
    aliases: ['ma-qr'],
    // A new code is a prepared one, not yet printed.
    newVariant: 'chuan-bi',
    schema: () => qrSchema,
  }),
  messages: spec({
    label: 'Khẩu hiệu, thông điệp cho màn hình LED',
    maxBytes: 20 * kB,
    extension: 'yaml',
    titleField: 'text',
    patterns: (unit) => ['shared/messages/*.yaml', `units/${unit}/messages/*.yaml`],
    idFrom: 'file',
    aliases: ['khau-hieu', 'thong-diep'],
    schema: () => messageSchema,
  }),
  screens: spec({
    label: 'Màn hình LED',
    maxBytes: 50 * kB,
    extension: 'yaml',
    titleField: 'name',
    patterns: (unit) => [`units/${unit}/screens/*.yaml`],
    idFrom: 'file',
    aliases: ['man-hinh'],
    schema: () => screenSchema,
    links: [
      {
        field: 'playlist.infographic',
        to: 'infographics',
        what: 'infographic của đơn vị (tên tệp trong content/units/<đơn vị>/infographics hoặc content/shared/infographics)',
      },
      {
        field: 'playlist.dataset',
        to: 'metrics',
        what: 'bộ số liệu của đơn vị (tên tệp trong content/units/<đơn vị>/metrics)',
      },
    ],
  }),
};

export type CollectionName = keyof typeof collectionSpecs;
export type { CollectionSpec } from './kind.ts';

/** Every link between kinds the registry declares, in its order: what the check follows and the editor offers. */
export const kindReferences: Reference[] = Object.entries(collectionSpecs).flatMap(([from, spec]) =>
  (spec.links ?? []).map((link) => {
    if (!(link.to in collectionSpecs)) throw new Error(`${from}.${link.field}: không có loại nội dung «${link.to}»`);
    return { from, ...link };
  }),
);

/**
 * The folders (under content/) a kind's files live in for one unit: the unit's own, and the one every unit
 * shares; either may be missing. New files go in one of these.
 */
export function kindFolders(name: CollectionName, unit: string): { unit?: string; shared?: string } {
  const folders = collectionSpecs[name]
    .patterns(unit)
    .map((p) => p.split('/').slice(0, -1).join('/'))
    .filter((dir) => !dir.includes('*'));
  const own = folders.find((dir) => dir.startsWith(`units/${unit}/`) || dir === `units/${unit}`);
  const shared = folders.find((dir) => dir.startsWith('shared/'));
  return { ...(own !== undefined && { unit: own }), ...(shared !== undefined && { shared }) };
}

/** The entry id for a file path relative to content/ ("units/hong-bang/news/ngay-hoi/index.mdx" → "ngay-hoi"). */
export function entryId(path: string, idFrom: 'file' | 'folder'): string {
  const parts = path.split('/');
  const file = parts.at(-1) ?? '';
  if (idFrom === 'folder' || /^index\.[a-z]+$/.test(file)) return parts.at(-2) ?? file;
  return file.replace(/\.[a-z]+$/, '');
}
