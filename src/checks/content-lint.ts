// What editors write that the schemas cannot see: links that lead nowhere, images that are missing,
// heavy or described by nothing, link text that does not say where it goes, code and HTML outside the
// allow-list (src/lib/body-code.ts), and addresses that are unsafe or lead to sites outside the allow-list
// (content/shared/allowed-hosts.yaml; judged by src/lib/content-url.ts). Pure functions over a file's
// syntax tree and data; what is on disk comes in through the context.
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { bodyCodeProblems } from '../lib/body-code.ts';
import { fieldLabel, type ContentProblem } from '../lib/content-errors.ts';
import { hostAllowed, hostMessage, judgeUrl, type UrlUse } from '../lib/content-url.ts';
import { maxImageBytes } from '../lib/published-types.ts';
import { lineAt } from '../lib/lines.ts';
import { altProblem, isVagueLinkText } from '../lib/vague-text.ts';
import type { MarkdownRoot } from '../lib/markdown.ts';
import { bodyParts, type Reference } from './markdown-parts.ts';

/** Raster images heavier than this slow every page they are on (one limit, src/lib/published-types.ts). */
export { maxImageBytes };
/** The allow-list of external hosts, under content/. */
export const allowedHostsFile = 'shared/allowed-hosts.yaml';
export const rasterImage = /\.(jpe?g|png|webp|avif|gif)$/i;

export { hostAllowed };

const body = '(nội dung bài)';
/** Data fields that hold an address: links readers follow, and endpoints the site sends data to. */
const urlFields: Record<string, UrlUse> = {
  url: 'link',
  portalUrl: 'link',
  portal: 'link',
  zaloOa: 'link',
  facebook: 'link',
  target: 'link',
  redirectTo: 'link',
  feedbackEndpoint: 'endpoint',
  endpoint: 'endpoint',
  apiRoot: 'signIn',
  oauthUrl: 'signIn',
};

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
  const raw = ref.target;
  const what = ref.kind === 'image' ? 'ảnh' : 'liên kết';
  if (!raw.trim()) return `${what} chưa có địa chỉ: viết địa chỉ trong ngoặc tròn, ví dụ (/thu-tuc/).`;
  const verdict = judgeUrl(raw, ref.kind, context.allowedHosts, allowedHostsFile);
  if (verdict.kind === 'refused') return verdict.message;
  // Fragments, mail and phone links, and external addresses (judged above) are not files here.
  if (verdict.kind !== 'site' && verdict.kind !== 'relative') return undefined;
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

/** Links to hosts that are neither government nor on the allow-list, named in a text. */
export function hostProblems(text: string, allowed: ReadonlySet<string>): Found[] {
  return [...text.matchAll(/\bhttps?:\/\/[^\s<>"'`)\]]+/gi)].flatMap((m) => {
    let host: string;
    try {
      host = new URL(m[0]).hostname;
    } catch {
      return [];
    }
    return hostAllowed(host, allowed) ? [] : [{ index: m.index, message: hostMessage(host, allowedHostsFile) }];
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
      // A data field is text (pages print it escaped), never HTML: only addresses are judged.
      const use = urlFields[String(path.at(-1))];
      const verdict = use && judgeUrl(value, use, context.allowedHosts, allowedHostsFile);
      if (verdict && verdict.kind === 'refused') add(path, verdict.message, value);
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
    ...bodyCodeProblems(tree),
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
