// The web editor's configuration (Sveltia CMS, /admin/config.yml) for one unit, written from the same
// registry and schemas that `npm run check` and the build use: every kind of content, every field.
import { collectionJsonSchema } from '../schemas/schema-json.ts';
import { collectionSpecs, kindFolders, kindReferences, type CollectionName } from '../schemas/index.ts';
import type { UnitProfile } from '../schemas/unit.ts';
import { entryFields, type CmsField, type Relations } from './fields.ts';
import { maxPublishedBytes } from '../lib/published-types.ts';

/** In the order the editor lists them: what ward editors reach for first, shared reference material last. */
export const editorOrder: CollectionName[] = [
  'news',
  'campaigns',
  'infographics',
  'faq',
  'metrics',
  'qr',
  'screens',
  'messages',
  'units',
  'procedureOverrides',
  'procedures',
  'samples',
  'indicators',
];

/**
 * One kind's fields that name another entry (the links it declares in the registry, which the check follows
 * too): picked from a list of those entries, searched and shown by the field that names them, never typed.
 */
export function relationsOf(name: CollectionName): Relations {
  return Object.fromEntries(
    kindReferences
      .filter((ref) => ref.from === name)
      .map((ref) => {
        const searchField = collectionSpecs[ref.to as CollectionName].titleField;
        if (!searchField) throw new Error(`${name}.${ref.field} dẫn tới «${ref.to}», mục không có trường tên để chọn`);
        return [ref.field, { collection: ref.to, searchField }];
      }),
  );
}

/** The folder (relative to the repository) the editor reads and writes one kind's files in, for this unit. */
export function kindFolder(name: CollectionName, unit: string, contentPath: string): string {
  const { unit: own, shared } = kindFolders(name, unit);
  return `${contentPath}/${own ?? shared ?? ''}`;
}

const isMarkdown = (name: CollectionName) => ['md', 'mdx'].includes(collectionSpecs[name].extension);

/**
 * The draft switch, first in the form. Sveltia (like Decap) has no «required only when» rule: a required field
 * is required whatever the switch says, so the editor asks for every field before saving. What the switch
 * does is what `draft: true` does in a file: the entry is never published, even once merged.
 */
export const draftHint =
  'Bật: bản nháp, không hiện ở đâu trên trang, kể cả khi đã xuất bản trong trang soạn thảo. Tắt để đăng. ' +
  'Trang soạn thảo vẫn đòi điền đủ các trường bắt buộc trước khi lưu.';

function fieldsOf(name: CollectionName): CmsField[] {
  const all = entryFields(collectionJsonSchema(name), relationsOf(name));
  // Off is a value too: no «required» star on a switch.
  const draft = all.filter((f) => f.name === 'draft').map((f) => ({ ...f, hint: draftHint, required: false }));
  const fields = [...draft, ...all.filter((f) => f.name !== 'draft')];
  if (!isMarkdown(name)) return fields;
  const hint = collectionSpecs[name].bodyHint;
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
  const collections = editorOrder.map((name) => {
    const spec = collectionSpecs[name];
    const shared = !kindFolders(name, unit).unit;
    const label = spec.label + (shared ? ' (dùng chung cho mọi đơn vị)' : '');
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
      extension: spec.extension,
      format: isMarkdown(name) ? 'frontmatter' : spec.extension,
      create: true,
      ...(spec.titleField ? { identifier_field: spec.titleField } : {}),
      // A published page keeps its address: the file name is made from the title (or typed) once, when the
      // entry is created, and never changes after.
      slug: { ...(spec.titleField ? { template: `{{${spec.titleField}}}` } : {}), editable: ['create'] },
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
    // Uploads above the heaviest type the check publishes are refused at once; an uploaded file is renamed
    // like an entry (no accents, spaces or capitals). The check still judges each file by its bytes.
    media_libraries: { default: { config: { max_file_size: maxPublishedBytes, slugify_filename: true } } },
    slug: { encoding: 'ascii', clean_accents: true },
    // An optional field left empty is left out of the file, as the schemas expect (never `url: ''`).
    output: { omit_empty_optional_fields: true },
    collections,
  };
}
