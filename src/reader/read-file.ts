// One content file's text → its data and, for Markdown/MDX, its body and syntax tree. A file that cannot be
// read throws ContentSyntaxError with a message for the editor, in Vietnamese.
import { parse as parseYaml, YAMLParseError } from 'yaml';
import {
  frontmatterOf,
  isMarkdownFile,
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

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new ContentSyntaxError(
      `không đọc được JSON (${(error as Error).message}). Kiểm tra dấu phẩy, ngoặc và dấu ngoặc kép.`,
    );
  }
}

/** YAML text → data; `firstLine`: the line of the file the text starts on, for the message. */
function parseYamlText(text: string, firstLine: number): unknown {
  try {
    return parseYaml(text) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLParseError)) throw error;
    const at = error.linePos?.[0];
    const where = at ? ` ở dòng ${at.line + firstLine - 1}, cột ${at.col}` : '';
    throw new ContentSyntaxError(
      `sai cú pháp YAML${where}: kiểm tra dấu hai chấm sau tên trường, thụt lề bằng dấu cách và dấu ngoặc kép (${error.code}).`,
    );
  }
}

/** Reads one file's text; throws ContentSyntaxError when it cannot. */
export function readContentFile(file: string, raw: string): ContentFile {
  if (file.endsWith('.json')) return { file, raw, data: parseJson(raw), body: '' };
  if (!isMarkdownFile(file)) return { file, raw, data: parseYamlText(raw, 1), body: '' };
  const { tree, mdxError } = parseMarkdown(file, raw);
  const front = frontmatterOf(tree);
  if (!front) throw new ContentSyntaxError('thiếu phần thông tin đầu tệp (frontmatter) nằm giữa hai dòng «---».');
  const data = parseYamlText(front.yaml, front.firstLine);
  const rest = raw.slice(front.bodyStart);
  const body = rest.startsWith('\r\n') ? rest.slice(2) : rest.startsWith('\n') ? rest.slice(1) : rest;
  return { file, raw, data, body, tree, ...(mdxError && { mdxError }) };
}
