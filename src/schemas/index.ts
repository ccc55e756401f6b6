// Every kind of content: where its files live, how they are written, and the schema that checks
// them. content.config.ts (Astro's build) and src/checks/validate-content.ts (npm run check) both
// read this list, so there is one answer to "what is valid content".
import type { z } from 'astro/zod';
import { campaignSchema } from './campaign.ts';
import { faqSchema } from './faq.ts';
import type { ImageFn } from './image.ts';
import { infographicSchema } from './infographic.ts';
import { messageSchema } from './message.ts';
import { withDraft } from './common.ts';
import { chartProblems, consistencyProblems } from '../lib/metrics.ts';
import { indicatorSchema, metricsSchema } from './metrics.ts';
import { newsSchema } from './news.ts';
import { procedureOverrideSchema } from './procedure-override.ts';
import { procedureSchema } from './procedure.ts';
import { sampleSchema } from './sample.ts';
import { qrSchema } from './qr.ts';
import { screenSchema } from './screen.ts';
import { unitSchema } from './unit.ts';

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** What editors call it, in Vietnamese. */
  label: string;
  /** Glob patterns under content/, for the given unit. */
  patterns: (unit: string) => string[];
  /** The entry id: the file name without extension, or (unit profiles) the unit's folder. */
  idFrom: 'file' | 'folder';
  /** How a new file of this kind is written (the web editor and `npm run new` both write this). */
  extension: 'md' | 'mdx' | 'yaml' | 'json';
  /** The field that names an entry (in lists, and the title of a new one); none: the file name does. */
  titleField?: string;
  /**
   * The kind's schema; every kind but the unit profile also takes `draft` (see `withDraft` in common.ts).
   * `timeZone`: the unit's (its profile's), for rules about «today»; kinds that need none ignore it.
   */
  schema: (image: ImageFn, timeZone?: string) => S;
  /**
   * A file of this kind can be a draft (`draft: true`): never published, checked only as a reminder. Only the
   * unit profile cannot: every page is built from it, so it is always checked in full.
   */
  drafts: boolean;
  /** Checks across an entry's own fields that a schema cannot express. */
  rules?: (data: z.infer<S>) => { field: string; message: string }[];
  /**
   * For Markdown kinds: what the body must hold, given the entry's data and the body's text as readers get it
   * (read off its syntax tree: no frontmatter, markup, comments; trimmed); a message when it does not.
   */
  body?: (data: z.infer<S>, text: string) => string | undefined;
}

const md = '*.{md,mdx}';

function spec<S extends z.ZodType>(s: Omit<CollectionSpec<S>, 'drafts'> & { drafts?: false }): CollectionSpec<S> {
  const drafts = s.drafts ?? true;
  return { ...s, drafts, schema: drafts ? (image, timeZone) => withDraft(s.schema(image, timeZone)) : s.schema };
}

export const collectionSpecs = {
  units: spec({
    label: 'Hồ sơ đơn vị',
    extension: 'yaml',
    titleField: 'name',
    patterns: (unit) => [`units/${unit}/unit.yaml`],
    idFrom: 'folder',
    drafts: false,
    schema: () => unitSchema,
  }),
  procedures: spec({
    label: 'Hướng dẫn thủ tục hành chính',
    extension: 'yaml',
    titleField: 'title',
    patterns: () => ['shared/procedures/*.yaml'],
    idFrom: 'file',
    schema: () => procedureSchema,
  }),
  procedureOverrides: spec({
    label: 'Thông tin riêng của đơn vị cho hướng dẫn thủ tục',
    extension: 'yaml',
    patterns: (unit) => [`units/${unit}/thu-tuc/*.yaml`],
    idFrom: 'file',
    schema: () => procedureOverrideSchema,
  }),
  samples: spec({
    label: 'Hồ sơ mẫu',
    extension: 'yaml',
    titleField: 'procedure',
    patterns: () => ['shared/samples/*.yaml'],
    idFrom: 'file',
    schema: () => sampleSchema,
  }),
  news: spec({
    label: 'Tin nổi bật',
    extension: 'mdx',
    titleField: 'title',
    patterns: (unit) => [`units/${unit}/news/${md}`, `units/${unit}/news/*/index.{md,mdx}`],
    idFrom: 'file',
    schema: newsSchema,
  }),
  campaigns: spec({
    label: 'Thông tin tuyên truyền',
    extension: 'mdx',
    titleField: 'title',
    patterns: (unit) => [`shared/campaigns/${md}`, `units/${unit}/campaigns/${md}`],
    idFrom: 'file',
    schema: () => campaignSchema,
    body: (data, text) =>
      data.kind === 'phat-thanh' && text.length < 50
        ? 'bài phát thanh phải có lời đọc đầy đủ ở phần nội dung (dưới dòng --- thứ hai), cho người không nghe được'
        : undefined,
  }),
  infographics: spec({
    label: 'Infographic',
    extension: 'md',
    titleField: 'title',
    patterns: (unit) => [`shared/infographics/${md}`, `units/${unit}/infographics/${md}`],
    idFrom: 'file',
    schema: infographicSchema,
    body: (_data, text) =>
      text.length < 40
        ? 'infographic phải có toàn văn ở phần nội dung: mọi con số và nhận định có trong ảnh'
        : undefined,
  }),
  faq: spec({
    label: 'Hỏi đáp',
    extension: 'md',
    titleField: 'question',
    patterns: (unit) => [`shared/faq/${md}`, `units/${unit}/faq/${md}`],
    idFrom: 'file',
    schema: () => faqSchema,
  }),
  indicators: spec({
    label: 'Định nghĩa chỉ tiêu',
    extension: 'yaml',
    titleField: 'label',
    patterns: () => ['shared/indicators/*.yaml'],
    idFrom: 'file',
    schema: () => indicatorSchema,
  }),
  metrics: spec({
    label: 'Bộ số liệu',
    extension: 'json',
    titleField: 'title',
    patterns: (unit) => [`units/${unit}/metrics/*.json`],
    idFrom: 'file',
    schema: () => metricsSchema,
    rules: (data) => [...consistencyProblems(data), ...chartProblems(data)],
  }),
  qr: spec({
    label: 'Mã QR',
    extension: 'yaml',
    patterns: (unit) => [`units/${unit}/qr/*.yaml`],
    idFrom: 'file',
    schema: () => qrSchema,
  }),
  messages: spec({
    label: 'Khẩu hiệu, thông điệp cho màn hình LED',
    extension: 'yaml',
    titleField: 'text',
    patterns: (unit) => ['shared/messages/*.yaml', `units/${unit}/messages/*.yaml`],
    idFrom: 'file',
    schema: () => messageSchema,
  }),
  screens: spec({
    label: 'Màn hình LED',
    extension: 'yaml',
    titleField: 'name',
    patterns: (unit) => [`units/${unit}/screens/*.yaml`],
    idFrom: 'file',
    schema: () => screenSchema,
  }),
};

export type CollectionName = keyof typeof collectionSpecs;

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
