// The HTML editors may write in a body: an allow-list of elements and attributes, with GitHub's sanitising
// schema (hast-util-sanitize's defaultSchema) as its base, narrowed for a government site and widened by a few
// harmless elements. Raw HTML in Markdown and lowercase tags in MDX are judged by the same list, as hast
// elements (property names as hast spells them: className, ariaLabel, onClick).
import { defaultSchema } from 'hast-util-sanitize';
import { lineAt } from './lines.ts';
import { parseHtml, type HtmlNode } from './markdown.ts';
import type { MarkdownNode } from './mdast.ts';

export type HtmlElement = Extract<HtmlNode, { type: 'element' }>;
type HtmlPosition = { index: number; line: number };

/** GitHub's elements an editor never needs: a form field, and images chosen by the browser (srcset). */
const droppedElements = new Set(['input', 'picture', 'source']);
/** Harmless elements GitHub leaves out that articles use: figures, table captions, abbreviations. */
const addedElements = ['abbr', 'caption', 'figcaption', 'figure', 'mark', 'small', 'u'];

export const contentElements: ReadonlySet<string> = new Set([
  ...(defaultSchema.tagNames ?? []).filter((tag) => !droppedElements.has(tag)),
  ...addedElements,
]);

/**
 * GitHub's attributes an editor never needs here: the site's own classes and ids (a class could restyle the
 * page, an id or name could clobber what its scripts look up), forms, image maps, keyboard shortcuts, and
 * addresses other than href, src and cite.
 */
const droppedAttributes = new Set([
  'className',
  'id',
  'name',
  'ariaDescribedBy',
  'ariaLabelledBy',
  'accessKey',
  'tabIndex',
  'accept',
  'acceptCharset',
  'action',
  'encType',
  'method',
  'checked',
  'disabled',
  'multiple',
  'prompt',
  'readOnly',
  'selected',
  'value',
  'label',
  'maxLength',
  'size',
  'type',
  'isMap',
  'useMap',
  'noHref',
  'coords',
  'shape',
  'longDesc',
  'itemScope',
  'itemType',
  'itemProp',
  'dataFootnoteBackref',
  'dataFootnoteRef',
  'dataFootnotes',
  'srcSet',
  'charSet',
  'rev',
]);

function listed(tag: string): string[] {
  const list = [...(defaultSchema.attributes?.['*'] ?? []), ...(defaultSchema.attributes?.[tag] ?? [])];
  return list.map((entry) => (typeof entry === 'string' ? entry : entry[0]));
}

/** The attributes (hast property names) an element may carry. */
export function contentAttributes(tag: string): ReadonlySet<string> {
  return new Set(listed(tag).filter((name) => !droppedAttributes.has(name)));
}

/** Attributes that hold an address, each judged by src/lib/content-url.ts. */
export const urlAttributes = ['href', 'src', 'cite'] as const;

const spelled: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  httpEquiv: 'http-equiv',
  acceptCharset: 'accept-charset',
  xLinkHref: 'xlink:href',
};

/** An attribute as editors write it, from its hast property name: ariaLabel → aria-label. */
export function attributeName(property: string): string {
  if (spelled[property]) return spelled[property];
  if (/^(aria|data)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  if (/^xLink[A-Z]/.test(property)) return `xlink:${property.slice(5).toLowerCase()}`;
  return property.toLowerCase();
}

const noCode =
  'nội dung không được chứa mã chạy trên trang. Xóa thẻ này; biểu đồ thì dùng <BieuDo bo="…" bieuDo="…" />, video YouTube hay Facebook thì khai báo ở trường video.';
const embeds =
  'nội dung không được nhúng trang hay phần mềm khác. Xóa thẻ này; video YouTube hay Facebook thì khai báo ở trường video (bài tuyên truyền loại video), trang khác thì đặt liên kết tới trang đó.';
const redirects =
  'thẻ này có thể tự chuyển người đọc sang trang khác hoặc đổi cách trang hoạt động. Xóa thẻ này; muốn dẫn tới trang khác thì đặt liên kết [chữ của liên kết](địa chỉ).';
const forms =
  'nội dung không được có biểu mẫu gửi dữ liệu đi nơi khác. Xóa thẻ này; góp ý của người dân đi qua trang Phản hồi, nộp hồ sơ thì đặt liên kết tới Cổng Dịch vụ công.';
const drawings =
  'hình vẽ viết thẳng trong bài có thể chứa mã và liên kết ẩn. Lưu hình thành tệp ảnh đặt cạnh bài rồi chèn ![mô tả hình](./ten-hinh.svg).';
/** What to say of the tags editors are most likely to try, by what each would do. */
const tagMessages: Record<string, string> = {
  style:
    'nội dung không được tự đặt kiểu trình bày. Xóa thẻ này; trang đã có sẵn kiểu chữ, màu sắc cho tiêu đề, danh sách và bảng.',
  ...Object.fromEntries(['script', 'noscript', 'template'].map((tag) => [tag, noCode])),
  ...Object.fromEntries(['iframe', 'object', 'embed', 'frame', 'frameset', 'portal', 'applet'].map((t) => [t, embeds])),
  ...Object.fromEntries(['meta', 'base', 'link'].map((tag) => [tag, redirects])),
  ...Object.fromEntries(['form', 'input', 'button', 'select', 'textarea', 'option', 'fieldset'].map((t) => [t, forms])),
  ...Object.fromEntries(['svg', 'math'].map((tag) => [tag, drawings])),
};

/** Why a tag may not be in content, or undefined when it may. */
export function tagProblem(tag: string): string | undefined {
  const name = tag.toLowerCase();
  if (contentElements.has(tag)) return undefined;
  const why =
    tagMessages[name] ??
    `thẻ này không nằm trong danh sách thẻ HTML được dùng trong nội dung. Viết bằng Markdown (tiêu đề ##, danh sách -, bảng |…|, liên kết [chữ](địa chỉ)) hoặc dùng các thẻ: ${[...contentElements].sort().join(', ')}.`;
  return `có thẻ <${name}>: ${why}`;
}

/** Why an attribute may not be on an element, or undefined when it may. */
export function attributeProblem(tag: string, property: string): string | undefined {
  const name = attributeName(property);
  if (/^on/i.test(property))
    return `có thuộc tính «${name}» chạy mã khi người đọc thao tác. Xóa thuộc tính này; liên kết thì viết [chữ của liên kết](địa chỉ).`;
  if (property === 'style')
    return 'có thuộc tính «style»: nội dung không được tự đặt kiểu trình bày (trang cũng chặn kiểu viết trong thẻ). Xóa thuộc tính này; bảng canh lề thì viết |---:| trong Markdown.';
  const allowed = contentAttributes(tag);
  if (allowed.has(property)) return undefined;
  return `thẻ <${tag}> không được có thuộc tính «${name}». Xóa thuộc tính này; thẻ <${tag}> chỉ dùng được: ${[...allowed].map(attributeName).sort().join(', ')}.`;
}

/** Every problem with one element (not its children): the tag itself, else each attribute. */
export function elementProblems(element: HtmlElement): string[] {
  const tag = tagProblem(element.tagName);
  if (tag) return [tag];
  return Object.keys(element.properties).flatMap((property) => {
    const problem = attributeProblem(element.tagName, property);
    return problem ? [problem] : [];
  });
}

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * A lowercase MDX tag as the hast element the page gets, read by the same HTML parser as raw HTML in Markdown:
 * only its literal attributes (expressions are refused elsewhere). Undefined for a name that is not an HTML tag.
 */
export function jsxAsElement(name: string, attributes: readonly [string, string | null][]): HtmlElement | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) return undefined;
  const written = attributes
    .filter(([attribute]) => /^[^\s"'>/=]+$/.test(attribute))
    .map(([attribute, value]) => (value === null ? attribute : `${attribute}="${escapeAttribute(value)}"`));
  const root = parseHtml(`<${[name, ...written].join(' ')}>`);
  const element = 'children' in root ? root.children.find((c) => c.type === 'element') : undefined;
  // Tags the parser places elsewhere (<html>, <body>, <head> …) give no element of that name: judge the name.
  return element?.type === 'element' && element.tagName === name
    ? element
    : ({ type: 'element', tagName: name, properties: {}, children: [] } as HtmlElement);
}

export type HtmlPiece = ({ kind: 'text'; value: string } | { kind: 'element'; element: HtmlElement }) & HtmlPosition;

/**
 * The texts and elements of a piece of HTML written in Markdown (an `html` node), in order, each with its offset
 * in the file and its line. The HTML parser gives no positions: each piece is found in the node's text, in
 * order, from the last one. `descend` false for an element leaves out what is inside it.
 */
export function htmlPieces(
  node: Extract<MarkdownNode, { type: 'html' }>,
  descend: (element: HtmlElement) => boolean = () => true,
): HtmlPiece[] {
  const html = node.value;
  const lower = html.toLowerCase();
  const start = node.position?.start.offset ?? 0;
  const firstLine = node.position?.start.line ?? 1;
  let cursor = 0;
  const place = (piece: string): HtmlPosition => {
    const found = lower.indexOf(piece.toLowerCase(), cursor);
    if (found >= 0) cursor = found;
    const at = Math.max(found, 0);
    return { index: start + at, line: firstLine + lineAt(html, at) - 1 };
  };
  const pieces: HtmlPiece[] = [];
  const visit = (h: HtmlNode) => {
    if (h.type === 'text') pieces.push({ kind: 'text', value: h.value, ...place(h.value) });
    if (h.type === 'element') pieces.push({ kind: 'element', element: h, ...place(`<${h.tagName}`) });
    if (h.type === 'element' && !descend(h)) return;
    if ('children' in h) h.children.forEach((child) => visit(child as HtmlNode));
  };
  visit(parseHtml(html));
  return pieces;
}
