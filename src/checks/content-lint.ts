// What editors write that the schemas cannot see: links that lead nowhere, images that are missing,
// heavy or described by nothing, link text that does not say where it goes, markup that runs code, and
// links to sites outside the allow-list (content/shared/allowed-hosts.yaml). Pure functions over a
// file's syntax tree and data; what is on disk comes in through the context.
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fieldLabel, type ContentProblem } from '../lib/content-errors.ts';
import { lineAt } from '../lib/lines.ts';
import { altProblem, isVagueLinkText } from '../lib/vague-text.ts';
import type { MarkdownRoot } from '../lib/markdown.ts';
import { bodyParts, type BodyParts, type Reference } from './markdown-parts.ts';

/** Raster images heavier than this slow every page they are on, most of all on a phone. */
export const maxImageBytes = 500 * 1024;
/** The allow-list of external hosts, under content/. */
export const allowedHostsFile = 'shared/allowed-hosts.yaml';
export const rasterImage = /\.(jpe?g|png|webp|avif|gif)$/i;

const body = '(nội dung bài)';
/** Fields whose value is a link readers follow (not addresses the site sends data to). */
const linkFields = new Set(['url', 'portalUrl', 'portal', 'zaloOa', 'facebook']);

export interface LintContext {
  /** Every page the site makes, site-relative: '/tin-tuc/'. */
  pages: ReadonlySet<string>;
  /** Bytes in a file ('content/…' or 'public/…'); undefined when there is no such file. */
  fileSize: (path: string) => number | undefined;
  allowedHosts: ReadonlySet<string>;
  /** The unit whose pages links were checked against; named in messages about shared files. */
  unit?: string;
}

export interface LintEntry {
  /** 'content/units/…/x.mdx' */
  file: string;
  raw: string;
  /** The entry's data, as its schema gave it. */
  data: unknown;
  /** The Markdown/MDX syntax tree of the whole file; none for data files. */
  tree?: MarkdownRoot | undefined;
}

interface Found {
  index: number;
  message: string;
}

export { lineAt };

const kB = (bytes: number) => Math.ceil(bytes / 1024);

export function imageSizeProblem(name: string, bytes: number): string | undefined {
  if (bytes <= maxImageBytes) return undefined;
  return `ảnh «${name}» nặng ${kB(bytes)} kB, quá giới hạn ${kB(maxImageBytes)} kB. Thu nhỏ ảnh còn rộng tối đa khoảng 1600 điểm ảnh (px) và lưu lại dạng JPEG hoặc WebP (chất lượng khoảng 80%).`;
}

/** Raster images (paths under content/) heavier than the limit, each reported on the image itself. */
export function heavyImageProblems(files: readonly string[], context: Pick<LintContext, 'fileSize'>): ContentProblem[] {
  return files.flatMap((file) => {
    const size = rasterImage.test(file) ? context.fileSize(file) : undefined;
    const message = size === undefined ? undefined : imageSizeProblem(posix.basename(file), size);
    return message ? [{ file, field: '(tệp ảnh)', message }] : [];
  });
}

/** Why a link or image target leads nowhere, or undefined when it leads somewhere (or elsewhere). */
export function targetProblem(ref: Reference, file: string, context: LintContext): string | undefined {
  const raw = ref.target.trim();
  const what = ref.kind === 'image' ? 'ảnh' : 'liên kết';
  if (!raw) return `${what} chưa có địa chỉ: viết địa chỉ trong ngoặc tròn, ví dụ (/thu-tuc/).`;
  // Fragments, mail and phone links, and external addresses (checked by host) are not files here.
  if (raw.startsWith('#') || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) return undefined;
  let path = raw.replace(/[?#].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // Left as written: the check below then says it is not there.
  }
  if (!path.startsWith('/')) {
    const onDisk = posix.join(posix.dirname(file), path);
    if (context.fileSize(onDisk) !== undefined) return undefined;
    const page = ref.kind === 'link' ? '; trang của chuyên trang thì viết địa chỉ bắt đầu bằng /, ví dụ /thu-tuc/' : '';
    return `không có ${ref.kind === 'image' ? 'ảnh' : 'tệp'} «${raw}» cạnh tệp này (tìm ở ${onDisk}). Kiểm tra tên tệp (chữ hoa, chữ thường, đuôi tệp) và chép tệp vào đúng thư mục${page}.`;
  }
  if (context.pages.has(path)) return undefined;
  const size = context.fileSize(`public${path}`);
  if (size !== undefined)
    return ref.kind === 'image' && rasterImage.test(path) ? imageSizeProblem(raw, size) : undefined;
  if (context.pages.has(`${path}/`)) return `${what} «${raw}» thiếu dấu «/» ở cuối: viết «${path}/».`;
  if (ref.kind === 'image')
    return `không có ảnh «${raw}» trong thư mục public. Đặt ảnh vào public${path}, hoặc đặt ảnh cạnh tệp này và viết ./${posix.basename(path)}.`;
  const site = context.unit && file.startsWith('content/shared/') ? ` của đơn vị ${context.unit}` : '';
  return `liên kết «${raw}» dẫn tới trang không có trên chuyên trang${site}. Mở trang cần dẫn tới rồi chép phần địa chỉ bắt đầu bằng /, ví dụ /thu-tuc/dang-ky-khai-sinh/; tệp tải về thì đặt vào thư mục public.`;
}

/** Why a link's text does not say where it goes, or undefined when it does. */
export function linkTextProblem(label: string): string | undefined {
  const text = label.replace(/\s+/g, ' ').trim();
  const fix = 'Viết chữ của liên kết là tên trang hoặc tài liệu, ví dụ «Hướng dẫn đăng ký khai sinh».';
  if (!text) return `liên kết không có chữ, người đọc không biết nó dẫn tới đâu. ${fix}`;
  return isVagueLinkText(text) ? `liên kết «${text}» không nói nó dẫn tới đâu. ${fix}` : undefined;
}

function imageAltProblem(alt: string, src: string): string | undefined {
  const problem = altProblem(alt, src);
  return (
    problem &&
    `ảnh «${src}»: ${problem}. Viết một câu nói ảnh cho thấy gì, ví dụ «Cán bộ một cửa hướng dẫn người dân nộp hồ sơ trên điện thoại».`
  );
}

/** Why a tag may not be in content (it runs code or embeds another site), or undefined. */
function tagMessage(name: string): string | undefined {
  const tag = name.toLowerCase();
  if (tag === 'script')
    return 'có thẻ <script>: nội dung không được chứa mã chạy trên trang. Xóa thẻ này; biểu đồ thì dùng <BieuDo bo="…" bieuDo="…" />, video YouTube hay Facebook thì khai báo ở trường video.';
  if (tag === 'style')
    return 'có thẻ <style>: nội dung không được tự đặt kiểu trình bày. Xóa thẻ này; trang đã có sẵn kiểu chữ, màu sắc cho tiêu đề, danh sách và bảng.';
  if (tag === 'iframe' || tag === 'object' || tag === 'embed')
    return `có thẻ <${tag}>: nội dung không được nhúng trang hay phần mềm khác. Xóa thẻ này; video YouTube hay Facebook thì khai báo ở trường video (bài tuyên truyền loại video), trang khác thì đặt liên kết tới trang đó.`;
  return undefined;
}

const handlerMessage = (attribute: string) =>
  `có thuộc tính «${attribute.toLowerCase()}» chạy mã khi người đọc thao tác. Xóa thuộc tính này; liên kết thì viết [chữ của liên kết](địa chỉ).`;
const javascriptMessage =
  'có địa chỉ «javascript:» chạy mã thay vì mở trang. Thay bằng địa chỉ trang thật, ví dụ /thu-tuc/ hoặc https://dichvucong.gov.vn.';
/** An attribute that runs code: onclick, onload… */
const isHandler = (attribute: string) => /^on[a-z]+$/i.test(attribute);
/** An address that runs code instead of opening a page. */
const isJavascript = (address: string) => /^\s*javascript\s*:/i.test(address);

const markup: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/<(script|style|iframe|object|embed)\b/gi, (m) => tagMessage(m[1] ?? '') ?? ''],
  [/<[A-Za-z][^>]*?\s(on[a-z]+)\s*=/gi, (m) => handlerMessage(m[1] ?? '')],
  [/(?:^|[(<"'=])\s*javascript\s*:/gi, () => javascriptMessage],
];

/**
 * Markup that runs code or embeds other sites, in a plain string value of the data (a field is text, not
 * Markdown, so it is searched as written): <script>, <iframe>, onclick=…, javascript: links.
 */
export function markupProblems(text: string): Found[] {
  return markup.flatMap(([pattern, message]) =>
    [...text.matchAll(pattern)].map((m) => ({ index: m.index, message: message(m) })),
  );
}

/** The same in a Markdown body, read off its tags and link targets. */
function bodyMarkupProblems(parts: BodyParts): Found[] {
  const found: Found[] = [];
  for (const tag of parts.tags) {
    const message = tagMessage(tag.name);
    if (message) found.push({ index: tag.index, message });
  }
  for (const tag of parts.tags)
    for (const name of tag.names) if (isHandler(name)) found.push({ index: tag.index, message: handlerMessage(name) });
  const addresses = [
    ...parts.tags.flatMap((tag) => [...tag.attributes.values()].map((value) => ({ value, index: tag.index }))),
    ...parts.targets,
  ];
  for (const { value, index } of addresses) if (isJavascript(value)) found.push({ index, message: javascriptMessage });
  return found;
}

/** Government hosts (…gov.vn) and those on the allow-list. */
export function hostAllowed(host: string, allowed: ReadonlySet<string>): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'gov.vn' || h.endsWith('.gov.vn') || allowed.has(h);
}

/** Links to hosts that are neither government nor on the allow-list. */
export function hostProblems(text: string, allowed: ReadonlySet<string>): Found[] {
  return [...text.matchAll(/\bhttps?:\/\/[^\s<>"'`)\]]+/gi)].flatMap((m) => {
    let host: string;
    try {
      host = new URL(m[0]).hostname;
    } catch {
      return [];
    }
    if (hostAllowed(host, allowed)) return [];
    const message = `liên kết tới «${host}» không nằm trong danh sách trang được phép dẫn tới (content/${allowedHostsFile}). Dẫn tới trang của cơ quan nhà nước (.gov.vn) nếu có; nếu trang này đáng tin cậy, thêm tên miền vào danh sách đó kèm một dòng ghi chú lý do.`;
    return [{ index: m.index, message }];
  });
}

/** The hosts listed in the allow-list file, and what is wrong with it. */
export function parseAllowedHosts(text: string): { hosts: Set<string>; problems: string[] } {
  let list: unknown;
  try {
    list = parseYaml(text) ?? [];
  } catch (error) {
    return { hosts: new Set(), problems: [`sai cú pháp YAML (${(error as Error).message.split('\n')[0]}).`] };
  }
  if (!Array.isArray(list))
    return { hosts: new Set(), problems: ['cần một danh sách tên miền, mỗi dòng một mục bắt đầu bằng «- ».'] };
  const hosts = new Set<string>();
  const problems: string[] = [];
  list.forEach((item, i) => {
    if (typeof item === 'string' && /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(item)) hosts.add(item);
    else
      problems.push(
        `mục ${i + 1} «${String(item)}» không phải tên miền: viết chữ thường, không có https:// hay dấu /, ví dụ www.youtube.com.`,
      );
  });
  return { hosts, problems };
}

/** Visits every value in the data (strings, objects, lists) with the path to it. */
function walk(value: unknown, visit: (value: unknown, path: PropertyKey[]) => void, path: PropertyKey[] = []): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, [...path, i]));
  else if (value && typeof value === 'object' && !(value instanceof Date))
    for (const [k, v] of Object.entries(value)) walk(v, visit, [...path, k]);
}

/** The first line of the file holding a piece of a value, when it is written there as it is. */
function lineOf(raw: string, piece: string): number | undefined {
  const at = raw.indexOf(piece.split('\n')[0] ?? piece);
  return at < 0 ? undefined : lineAt(raw, at);
}

function dataProblems(entry: LintEntry, context: LintContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: PropertyKey[], message: string, piece: string) =>
    problems.push({ file: entry.file, field: fieldLabel(path), line: lineOf(entry.raw, piece), message });
  walk(entry.data, (value, path) => {
    if (typeof value === 'string') {
      for (const f of markupProblems(value)) add(path, f.message, value.slice(f.index));
      if (linkFields.has(String(path.at(-1))))
        for (const f of hostProblems(value, context.allowedHosts)) add(path, f.message, value);
      if (/^\.{1,2}\//.test(value)) {
        const message = targetProblem({ kind: 'image', target: value, index: 0 }, entry.file, context);
        if (message) add(path, message, value);
      }
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const { alt, src, image } = value as Record<string, unknown>;
      const file = typeof src === 'string' ? src : image;
      const message = typeof alt === 'string' && typeof file === 'string' ? imageAltProblem(alt, file) : undefined;
      if (message) add([...path, 'alt'], message, String(alt));
    }
  });
  return problems;
}

function bodyProblems(entry: LintEntry, tree: MarkdownRoot, context: LintContext): ContentProblem[] {
  const parts = bodyParts(tree);
  const found: (Found & { line?: number })[] = [
    ...bodyMarkupProblems(parts),
    // A web address inside a text: its line is the text's plus the line breaks before the address.
    ...parts.strings.flatMap(({ value, index, line }) =>
      hostProblems(value, context.allowedHosts).map((f) => ({
        index: index + f.index,
        line: line + lineAt(value, f.index) - 1,
        message: f.message,
      })),
    ),
  ];
  for (const ref of parts.references) {
    const messages = [
      targetProblem(ref, entry.file, context),
      ref.label === undefined
        ? undefined
        : ref.kind === 'image'
          ? imageAltProblem(ref.label, ref.target)
          : linkTextProblem(ref.label),
    ];
    for (const message of messages) if (message) found.push({ index: ref.index, message });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((f) => ({ file: entry.file, field: body, line: f.line ?? lineAt(entry.raw, f.index), message: f.message }));
}

/** Links and images in a Markdown body (Markdown, HTML and MDX tags), in order of appearance. */
export function references(tree: MarkdownRoot): Reference[] {
  return bodyParts(tree).references;
}

/** Every problem in one content file: in its Markdown body (.md, .mdx) and in its data. */
export function lintEntry(entry: LintEntry, context: LintContext): ContentProblem[] {
  return [...dataProblems(entry, context), ...(entry.tree ? bodyProblems(entry, entry.tree, context) : [])];
}
