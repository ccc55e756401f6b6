// Markdown and MDX text → syntax trees (mdast), parsed by `satteri`, the parser the site renders with (the
// reader parses content files with it; pages' data parses bodies with it).
// The frontmatter is the tree's `yaml` node: the parser splits it from the body, no pattern does.
import { htmlToHast, markdownToMdast, mdxToMdast, type HastNode } from 'satteri';
import type { MarkdownNode } from './mdast.ts';

export type MarkdownRoot = Extract<MarkdownNode, { type: 'root' }>;

export function isMarkdownFile(file: string): boolean {
  return file.endsWith('.md') || file.endsWith('.mdx');
}

/** A parsed Markdown/MDX file, or why its MDX cannot be read (its frontmatter is then read from Markdown). */
export interface ParsedMarkdown {
  tree: MarkdownRoot;
  /** The parser's message and line when the MDX body is not valid MDX. */
  mdxError?: { message: string; line: number | undefined };
}

/**
 * The first line (from 1) that opens more than `max` quotes and list items at its start («> > - 1. x»), or
 * undefined. The parser's time grows with the square of such nesting: a file is refused before it is parsed.
 */
export function overNestedLine(raw: string, max: number): number | undefined {
  let line = 1;
  let depth = 0;
  let atStart = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\n') {
      [line, depth, atStart] = [line + 1, 0, true];
      continue;
    }
    if (!atStart || c === ' ' || c === '\t') continue;
    let marker = 0;
    if (c === '>') marker = 1;
    else if ((c === '-' || c === '*' || c === '+') && /[ \t]/.test(raw[i + 1] ?? '')) marker = 1;
    else {
      let j = i;
      while (j < raw.length && j - i < 9 && raw.charCodeAt(j) >= 48 && raw.charCodeAt(j) <= 57) j++;
      if (j > i && (raw[j] === '.' || raw[j] === ')') && /[ \t]/.test(raw[j + 1] ?? '')) marker = j - i + 1;
    }
    if (marker === 0) {
      atStart = false;
      continue;
    }
    if (++depth > max) return line;
    i += marker - 1;
  }
  return undefined;
}

/** MDX errors start with «line:column: ». */
function errorLine(message: string): number | undefined {
  const line = Number(message.slice(0, message.indexOf(':')));
  return Number.isInteger(line) && line > 0 ? line : undefined;
}

export function parseMarkdown(file: string, raw: string): ParsedMarkdown {
  if (!file.endsWith('.mdx')) return { tree: markdownToMdast(raw) as MarkdownRoot };
  try {
    return { tree: mdxToMdast(raw) as MarkdownRoot };
  } catch (error) {
    const message = (error as Error).message;
    return { tree: markdownToMdast(raw) as MarkdownRoot, mdxError: { message, line: errorLine(message) } };
  }
}

/** The frontmatter block: its YAML text, the line its first field is on, and where the body starts. */
export function frontmatterOf(tree: MarkdownRoot): { yaml: string; firstLine: number; bodyStart: number } | undefined {
  const node = tree.children[0];
  if (node?.type !== 'yaml' || !node.position) return undefined;
  return { yaml: node.value, firstLine: node.position.start.line + 1, bodyStart: node.position.end.offset ?? 0 };
}

export type HtmlNode = HastNode;

/** The HTML written inside Markdown (an `html` node's text) → its elements, parsed by the same parser. */
export function parseHtml(html: string): HtmlNode {
  return htmlToHast(html, { fragment: true });
}
