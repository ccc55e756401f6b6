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
