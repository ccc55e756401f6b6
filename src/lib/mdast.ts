// Pure helpers over a Markdown/MDX syntax tree (mdast, as `satteri` parses it in src/lib/markdown.ts): a walk in
// document order, the text readers see, and an MDX tag's attributes. Checks read Markdown only through these.
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
