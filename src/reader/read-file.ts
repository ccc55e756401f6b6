// One content file's text → its data and, for Markdown/MDX, its body and syntax tree. A file that cannot be
// read throws ContentSyntaxError with a message for the editor, in Vietnamese, that names the place (line,
// column) and never quotes the file: YAML and JSON errors, an alias bomb, a tag that would make anything but
// text, numbers, lists and fields, a value nested deeper than content ever is.
import { isScalar, parseDocument, visit, type Document } from 'yaml';
import {
  frontmatterOf,
  isMarkdownFile,
  overNestedLine,
  parseMarkdown,
  type MarkdownRoot,
  type ParsedMarkdown,
} from '../lib/markdown.ts';

export class ContentSyntaxError extends Error {}

export interface ContentFile {
  /** 'content/units/…/x.mdx' */
  file: string;
  /** The whole text of the file. */
  raw: string;
  /** The data as written (not yet checked against its schema). */
  data: unknown;
  /** The Markdown body: what follows the frontmatter ('' for data files). */
  body: string;
  /** The Markdown/MDX syntax tree (frontmatter included, positions in the whole file); none for data files. */
  tree?: MarkdownRoot;
  /** Set when an MDX body is not valid MDX: the tree is then the file read as plain Markdown. */
  mdxError?: ParsedMarkdown['mdxError'];
}

/** Lists and groups of fields nested deeper than this are refused (real content nests five deep at most). */
export const MAX_DEPTH = 20;
/**
 * Tags («<») and braces («{») a Markdown file may hold (real files hold a handful): the parser's time grows with
 * their number times the file's size.
 */
export const MAX_MARKUP = 500;
/** Aliases (*name) a YAML text may resolve: editors never write one, an alias bomb writes millions. */
const MAX_ALIASES = 20;
/** The tags of plain data: text, numbers, true/false, nothing, lists and groups of fields. */
const dataTags = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const tooDeep = (where: string) =>
  new ContentSyntaxError(
    `các danh sách, nhóm trường lồng nhau quá ${MAX_DEPTH} tầng${where}: viết lại cho phẳng như tệp mẫu cùng loại.`,
  );

/** How deep lists and groups nest in a value (a walk with a stack: no recursion, whatever the depth). */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Where a JSON.parse error is, as line and column: from its message, else from where a shorter text first fails alike. */
function jsonErrorAt(raw: string, message: string): { line: number; col: number } | undefined {
  const at = /\(line (\d+) column (\d+)\)/.exec(message);
  if (at) return { line: Number(at[1]), col: Number(at[2]) };
  // «Unexpected token 'x', "…" is not valid JSON» gives no place: the shortest beginning of the text that fails
  // the same way ends at the token.
  const failsAlike = (length: number) => {
    try {
      JSON.parse(raw.slice(0, length));
      return false;
    } catch (error) {
      return /^Unexpected token/.test((error as Error).message);
    }
  };
  if (!failsAlike(raw.length)) return undefined;
  let [good, bad] = [0, raw.length];
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (failsAlike(middle)) bad = middle;
    else good = middle;
  }
  const before = raw.slice(0, bad - 1).split('\n');
  return { line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}

function parseJson(raw: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const at = jsonErrorAt(raw, (error as Error).message);
    const where = at ? ` ở dòng ${at.line}, cột ${at.col}` : '';
    throw new ContentSyntaxError(
      `không đọc được JSON${where}: kiểm tra dấu phẩy, ngoặc và dấu ngoặc kép (so với tệp mẫu cùng loại).`,
    );
  }
  if (depthOf(data) > MAX_DEPTH) throw tooDeep('');
  return data;
}

/** What makes a parsed YAML document more than plain data, and where: a tag, a list or group used as a key. */
function notPlainData(doc: Document): { what: string; fix: string; offset: number | undefined } | undefined {
  let found: { what: string; fix: string; offset: number | undefined } | undefined;
  visit(doc, {
    Node(_key, node) {
      if (node.tag === undefined || dataTags.has(node.tag)) return undefined;
      const tag = node.tag.replace('tag:yaml.org,2002:', '!!');
      found = {
        what: `có thẻ YAML «${tag}»`,
        fix: 'nội dung chỉ gồm chữ, số, danh sách và nhóm trường; xóa thẻ này (phần bắt đầu bằng «!»).',
        offset: node.range?.[0],
      };
      return visit.BREAK;
    },
    Pair(_key, pair) {
      if (pair.key === null || isScalar(pair.key)) return undefined;
      const key = pair.key as { range?: [number, number, number] | null };
      found = {
        what: 'có tên trường là một danh sách hay nhóm trường',
        fix: 'tên trường phải là chữ, viết «tên: giá trị».',
        offset: key.range?.[0],
      };
      return visit.BREAK;
    },
  });
  return found;
}

/** YAML text → data; `firstLine`: the line of the file the text starts on, for the message. */
function parseYamlText(text: string, firstLine: number): unknown {
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? '' : ` ở dòng ${text.slice(0, offset).split('\n').length + firstLine - 1}`;
  const doc = parseDocument(text, { logLevel: 'silent', prettyErrors: true });
  const [error] = doc.errors;
  if (error) {
    const at = error.linePos?.[0];
    const where = at ? ` ở dòng ${at.line + firstLine - 1}, cột ${at.col}` : '';
    if (error.code === 'RESOURCE_EXHAUSTION') throw tooDeep(where);
    throw new ContentSyntaxError(
      `sai cú pháp YAML${where}: kiểm tra dấu hai chấm sau tên trường, thụt lề bằng dấu cách và dấu ngoặc kép (${error.code}).`,
    );
  }
  const odd = notPlainData(doc);
  if (odd) throw new ContentSyntaxError(`${odd.what}${lineAt(odd.offset)}: ${odd.fix}`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // The yaml package stops an alias bomb with a ReferenceError; nothing else is expected here.
    throw new ContentSyntaxError(
      error instanceof ReferenceError
        ? 'dùng quá nhiều tham chiếu YAML (&tên và *tên): viết thẳng giá trị vào từng chỗ cần, không dùng & và *.'
        : 'không đọc được YAML của tệp này: so với tệp mẫu cùng loại và viết lại phần khác thường.',
    );
  }
  if (depthOf(data) > MAX_DEPTH) throw tooDeep('');
  return data ?? {};
}

/** Reads one file's text; throws ContentSyntaxError when it cannot. */
export function readContentFile(file: string, raw: string): ContentFile {
  if (file.endsWith('.json')) return { file, raw, data: parseJson(raw), body: '' };
  if (!isMarkdownFile(file)) return { file, raw, data: parseYamlText(raw, 1), body: '' };
  const nested = overNestedLine(raw, MAX_DEPTH);
  if (nested !== undefined) {
    throw new ContentSyntaxError(
      `trích dẫn («>») và danh sách («-», «1.») lồng nhau quá ${MAX_DEPTH} tầng ở dòng ${nested}: viết lại cho phẳng, mỗi ý một dòng.`,
    );
  }
  for (const mark of ['<', '{']) {
    const count = raw.split(mark).length - 1;
    if (count > MAX_MARKUP)
      throw new ContentSyntaxError(
        `có ${count} dấu «${mark}», quá giới hạn ${MAX_MARKUP} của một tệp: nội dung bài là chữ, thẻ chỉ dùng cho biểu đồ, ảnh, liên kết. Bỏ bớt thẻ; bảng dài thì đặt thành bộ số liệu hoặc tệp tải về.`,
      );
  }
  const { tree, mdxError } = parseMarkdown(file, raw);
  const front = frontmatterOf(tree);
  if (!front) throw new ContentSyntaxError('thiếu phần thông tin đầu tệp (frontmatter) nằm giữa hai dòng «---».');
  const data = parseYamlText(front.yaml, front.firstLine);
  const rest = raw.slice(front.bodyStart);
  const body = rest.startsWith('\r\n') ? rest.slice(2) : rest.startsWith('\n') ? rest.slice(1) : rest;
  return { file, raw, data, body, tree, ...(mdxError && { mdxError }) };
}
