// The web editor's configuration (Sveltia CMS, /admin/config.yml) for one unit, written from the same
// registry and schemas that `npm run check` and the build use: every kind of content, every field.
import { collectionJsonSchema } from '../lib/schema-json.ts';
import { collectionSpecs, type CollectionName } from '../schemas/index.ts';
import type { UnitProfile } from '../schemas/unit.ts';
import { entryFields, type CmsField, type Relations } from './fields.ts';

type Format = 'mdx' | 'md' | 'yaml' | 'json';

interface EditorKind {
  /** How new files are written; existing files use the same extension. */
  extension: Format;
  /** The field that names an entry in lists and gives a new file its name; none: the editor types the name. */
  identifier?: string;
  /** Content every unit shares (content/shared): changed for all units at once. */
  shared?: boolean;
}

/** How each kind is edited, in the order the editor lists them. Kinds without an identifier ask for the file name when an entry is created. */
export const editorKinds: Record<CollectionName, EditorKind> = {
  news: { extension: 'mdx', identifier: 'title' },
  campaigns: { extension: 'mdx', identifier: 'title' },
  infographics: { extension: 'md', identifier: 'title' },
  faq: { extension: 'md', identifier: 'question' },
  metrics: { extension: 'json', identifier: 'title' },
  qr: { extension: 'yaml' },
  screens: { extension: 'yaml', identifier: 'name' },
  messages: { extension: 'yaml', identifier: 'text' },
  units: { extension: 'yaml', identifier: 'name' },
  procedureOverrides: { extension: 'yaml' },
  procedures: { extension: 'yaml', identifier: 'title', shared: true },
  samples: { extension: 'yaml', identifier: 'procedure', shared: true },
  indicators: { extension: 'yaml', identifier: 'label', shared: true },
};

/** Fields that name another entry (see src/lib/content-references.ts): picked from a list, never typed. */
export const relations: Partial<Record<CollectionName, Relations>> = {
  faq: { procedures: { collection: 'procedures', searchField: 'title' } },
  samples: { procedure: { collection: 'procedures', searchField: 'title' } },
  metrics: { 'figures.indicator': { collection: 'indicators', searchField: 'label' } },
  screens: {
    'playlist.dataset': { collection: 'metrics', searchField: 'title' },
    'playlist.infographic': { collection: 'infographics', searchField: 'title' },
  },
};

const bodyHints: Partial<Record<CollectionName, string>> = {
  news: 'Viết như báo cáo của đơn vị kể lại sự việc; mỗi con số phải có trong văn bản nguồn đã ghi ở trên.',
  campaigns: 'Bài phát thanh phải có lời đọc đầy đủ ở đây, cho người không nghe được.',
  infographics: 'Toàn văn của infographic: mọi con số và nhận định có trong ảnh, cho người không xem được ảnh.',
  faq: 'Câu trả lời, viết ngắn gọn, dễ hiểu.',
};

/** The folder (relative to the repository) of one kind's files for this unit. */
export function kindFolder(name: CollectionName, unit: string, contentPath: string): string {
  const patterns = collectionSpecs[name].patterns(unit);
  const pattern = patterns.find((p) => p.startsWith(`units/${unit}/`)) ?? patterns[0] ?? '';
  return `${contentPath}/${pattern.replace(/\/[^/]*$/, '')}`;
}

function fieldsOf(name: CollectionName): CmsField[] {
  const fields = entryFields(collectionJsonSchema(name), relations[name]);
  const extension = editorKinds[name].extension;
  if (extension !== 'md' && extension !== 'mdx') return fields;
  const hint = bodyHints[name];
  return [...fields, { name: 'body', label: 'Nội dung bài', widget: 'markdown', ...(hint ? { hint } : {}) }];
}

function backendOf(editor: NonNullable<UnitProfile['editor']>): Record<string, unknown> {
  return {
    name: editor.host,
    repo: editor.repo,
    branch: editor.branch,
    ...(editor.apiRoot ? { api_root: editor.apiRoot } : {}),
    ...(editor.oauthUrl ? { base_url: editor.oauthUrl } : {}),
    ...(editor.appId ? { app_id: editor.appId, ...(editor.host === 'gitlab' ? { auth_type: 'pkce' } : {}) } : {}),
    commit_messages: {
      create: 'Thêm {{collection}} «{{slug}}» (trang soạn thảo)',
      update: 'Sửa {{collection}} «{{slug}}» (trang soạn thảo)',
      delete: 'Xóa {{collection}} «{{slug}}» (trang soạn thảo)',
      uploadMedia: 'Tải lên «{{path}}» (trang soạn thảo)',
      deleteMedia: 'Xóa tệp «{{path}}» (trang soạn thảo)',
    },
  };
}

export interface CmsConfigInput {
  unit: string;
  profile: UnitProfile;
  /** The content folder relative to the repository root: "content", or a fixture folder in tests. */
  contentPath: string;
  /** The public folder relative to the repository root, for files pages link to (PDF forms, audio). */
  publicPath: string;
  /** The site's public address, for the editor's «view site» link. */
  siteUrl: string;
}

/** The whole configuration, or undefined when the unit has not said where its content lives. */
export function cmsConfig({
  unit,
  profile,
  contentPath,
  publicPath,
  siteUrl,
}: CmsConfigInput): Record<string, unknown> | undefined {
  if (!profile.editor) return undefined;
  // In the order editors reach for them: news first, shared reference material last.
  const names = Object.keys(editorKinds) as CollectionName[];
  const collections = names.map((name) => {
    const kind = editorKinds[name];
    const label = collectionSpecs[name].label + (kind.shared ? ' (dùng chung cho mọi đơn vị)' : '');
    if (name === 'units') {
      return {
        name,
        label,
        files: [
          {
            name: 'profile',
            label: `Hồ sơ ${profile.name}`,
            file: `${contentPath}/units/${unit}/unit.yaml`,
            fields: fieldsOf(name),
          },
        ],
      };
    }
    return {
      name,
      label,
      folder: kindFolder(name, unit, contentPath),
      extension: kind.extension,
      format: kind.extension === 'md' || kind.extension === 'mdx' ? 'frontmatter' : kind.extension,
      create: true,
      ...(kind.identifier ? { identifier_field: kind.identifier } : {}),
      // A published page keeps its address: the file name is made from the title (or typed) once, when the
      // entry is created, and never changes after.
      slug: { ...(kind.identifier ? { template: `{{${kind.identifier}}}` } : {}), editable: ['create'] },
      // Images sit beside the entry, as the schemas expect (./anh-bia.jpg).
      media_folder: '',
      public_folder: '.',
      fields: fieldsOf(name),
    };
  });
  return {
    backend: backendOf(profile.editor),
    publish_mode: 'editorial_workflow',
    app_title: `Soạn thảo chuyên trang NQ57 – ${profile.name}`,
    site_url: siteUrl,
    media_folder: `${publicPath}/tep`,
    public_folder: '/tep',
    slug: { encoding: 'ascii', clean_accents: true },
    // An optional field left empty is left out of the file, as the schemas expect (never `url: ''`).
    output: { omit_empty_optional_fields: true },
    collections,
  };
}
