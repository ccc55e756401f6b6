// Pure helpers over a Markdown/MDX syntax tree (mdast, as `satteri` parses it in src/lib/markdown.ts): a walk in
// document order, the text readers see, its readable paragraphs, and an MDX tag's attributes. Whatever reads
// Markdown reads it through these.
import type { MdastNode } from 'satteri';

export type MarkdownNode = MdastNode;
/** An MDX tag: <BieuDo … /> on its own line or inside a sentence. */
export type JsxElement = Extract<MarkdownNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/**
 * Visits every node under `node` (itself first) in document order. `visit` returning false skips the
 * node's children.
 */
export function walk(
  node: MarkdownNode,
  visit: (node: MarkdownNode, parent: MarkdownNode | undefined, index: number) => boolean | undefined,
  parent?: MarkdownNode,
  index = 0,
): void {
  if (visit(node, parent, index) === false) return;
  if ('children' in node) node.children.forEach((child, i) => walk(child as MarkdownNode, visit, node, i));
}

export function isJsxElement(node: MarkdownNode): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The attributes of an MDX tag written as plain strings (name="…"); expressions ({…}) are left out. */
export function jsxAttributes(node: JsxElement): Map<string, string> {
  const found = new Map<string, string>();
  for (const attribute of node.attributes)
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
      found.set(attribute.name, attribute.value);
  return found;
}

/** Nodes readers never see: the frontmatter, HTML and MDX comments, markup, imports and expressions. */
const unseen = new Set(['yaml', 'toml', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition']);

/** The text a reader sees under a node: words, code, and images by their description (alt). */
export function visibleText(node: MarkdownNode): string {
  const parts: string[] = [];
  walk(node, (n) => {
    if (unseen.has(n.type)) return false;
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'code') parts.push(n.value);
    else if (n.type === 'image') parts.push(n.alt ?? '');
    return true;
  });
  return parts.join('');
}

/** Nodes that cannot be read aloud or quoted as text: tables, images, code, HTML, frontmatter, MDX. */
const unreadable = new Set(['table', 'image', 'imageReference', 'code', 'html', 'yaml', 'toml', 'thematicBreak']);
const isUnreadable = (node: MarkdownNode) => unreadable.has(node.type) || node.type.startsWith('mdx');

/** A paragraph's or heading's words: a link keeps its text; a line break is a space. */
function inlineText(node: MarkdownNode): string {
  if (isUnreadable(node) || node.type === 'footnoteReference') return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  return 'children' in node ? node.children.map((child) => inlineText(child as MarkdownNode)).join('') : '';
}

/**
 * The paragraphs a reader can read under a node, in document order, as plain text: headings, paragraphs,
 * list items and quotes. An ordered list item keeps its number («2. …»); tables, images, code, HTML and MDX
 * components (charts) are left out. For the FAQ's structured data and the loudspeaker scripts.
 */
export function readableParagraphs(root: MarkdownNode): string[] {
  const paragraphs: string[] = [];
  const visit = (node: MarkdownNode, prefix = ''): void => {
    if (isUnreadable(node)) return;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = inlineText(node).replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(prefix + text);
      return;
    }
    if (node.type === 'list') {
      node.children.forEach((item, index) => {
        const number = node.ordered ? `${(node.start ?? 1) + index}. ` : '';
        item.children.forEach((child, i) => visit(child as MarkdownNode, i === 0 ? number : ''));
      });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as MarkdownNode);
  };
  visit(root);
  return paragraphs;
}
