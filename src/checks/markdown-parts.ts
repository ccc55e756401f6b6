// What the content checks look at in a Markdown/MDX body, read off its syntax tree: links and images,
// tags (HTML written in Markdown, MDX components) with their attributes, and the strings that may hold a
// web address. Code, comments and the frontmatter are not in the body readers get, so nothing here.
import { isJsxElement, jsxAttributes, visibleText, walk, type MarkdownNode } from '../lib/mdast.ts';
import { lineAt } from '../lib/lines.ts';
import { parseHtml, type HtmlNode, type MarkdownRoot } from '../lib/markdown.ts';

/** A link or an image in a body: where it leads, and the words that describe it. */
export interface Reference {
  kind: 'link' | 'image';
  target: string;
  /** The link text or the image's alt; undefined when the markup has none to check (a component's href). */
  label?: string | undefined;
  /** Offset in the file where the link or image starts. */
  index: number;
}

export interface Tag {
  /** As written: 'iframe', 'BieuDo'. */
  name: string;
  /** Attributes written as plain strings. */
  attributes: Map<string, string>;
  /** Every attribute's name, those given an expression ({…}) too. */
  names: string[];
  /** Offset in the file where the tag starts (for HTML: where its block or inline piece starts). */
  index: number;
  /** What a reader sees inside it. */
  text: () => string;
}

export interface BodyParts {
  references: Reference[];
  tags: Tag[];
  /** Where Markdown links, images and reference definitions lead (tags' addresses are in their attributes). */
  targets: { value: string; index: number }[];
  /** Text and addresses that may name a web address: words (outside links), link targets, attribute values. */
  strings: { value: string; index: number; line: number }[];
}

/** Nodes whose contents readers never get. */
const skipped = new Set(['yaml', 'toml', 'code', 'inlineCode', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

function htmlText(node: HtmlNode): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => htmlText(child as HtmlNode)).join('') : '';
}

/** How far an inline <a …> is followed to its </a>: a link's words are a few nodes, never a paragraph's thousands. */
const LINK_NODES = 64;

/** The words between an inline <a …> and its </a>, which Markdown keeps as separate nodes. */
function inlineLinkText(parent: MarkdownNode | undefined, at: number): string {
  const siblings = parent && 'children' in parent ? (parent.children as MarkdownNode[]) : [];
  const inside: string[] = [];
  for (const node of siblings.slice(at + 1, at + 1 + LINK_NODES)) {
    if (node.type === 'html' && node.value.trim().toLowerCase().startsWith('</a')) break;
    inside.push(visibleText(node));
  }
  return inside.join('');
}

function htmlTags(
  node: Extract<MarkdownNode, { type: 'html' }>,
  parent: MarkdownNode | undefined,
  at: number,
  parts: BodyParts,
) {
  const html = node.value;
  const lower = html.toLowerCase();
  const start = node.position?.start.offset ?? 0;
  const firstLine = node.position?.start.line ?? 1;
  // The HTML parser gives no positions: each piece is found in the node's text, in order, from the last one.
  let cursor = 0;
  const place = (piece: string) => {
    const found = lower.indexOf(piece.toLowerCase(), cursor);
    if (found >= 0) cursor = found;
    return {
      index: start + Math.max(found, 0),
      line: firstLine + lineAt(html, Math.max(found, 0)) - 1,
    };
  };
  const visit = (h: HtmlNode) => {
    if (h.type === 'text') parts.strings.push({ value: h.value, ...place(h.value) });
    if (h.type === 'element') {
      const { index } = place(`<${h.tagName}`);
      const attributes = new Map(
        Object.entries(h.properties).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
      );
      const text = () => (h.children.length > 0 ? htmlText(h) : inlineLinkText(parent, at));
      parts.tags.push({ name: h.tagName, attributes, names: Object.keys(h.properties), index, text });
      for (const value of attributes.values()) parts.strings.push({ value, ...place(value) });
    }
    if ('children' in h) h.children.forEach((child) => visit(child as HtmlNode));
  };
  visit(parseHtml(html));
}

/** The tags' links and images: src (an image when the tag is <img> or has alt) and href. */
function tagReferences(tag: Tag): Reference[] {
  const found: Reference[] = [];
  const src = tag.attributes.get('src');
  const alt = tag.attributes.get('alt');
  if (src !== undefined) {
    const image = tag.name.toLowerCase() === 'img' || alt !== undefined;
    found.push({
      kind: image ? 'image' : 'link',
      target: src,
      label: image ? (alt ?? '') : undefined,
      index: tag.index,
    });
  }
  const href = tag.attributes.get('href');
  if (href !== undefined)
    found.push({
      kind: 'link',
      target: href,
      label: tag.name.toLowerCase() === 'a' ? tag.text() : undefined,
      index: tag.index,
    });
  return found;
}

export function bodyParts(tree: MarkdownRoot): BodyParts {
  const parts: BodyParts = { references: [], tags: [], targets: [], strings: [] };
  walk(tree, (node, parent, at) => {
    if (skipped.has(node.type)) return false;
    const index = node.position?.start.offset ?? 0;
    const line = node.position?.start.line ?? 1;
    if (node.type === 'text' && parent?.type !== 'link') parts.strings.push({ value: node.value, index, line });
    else if (node.type === 'link') {
      parts.references.push({ kind: 'link', label: visibleText(node), target: node.url, index });
      parts.targets.push({ value: node.url, index });
      parts.strings.push({ value: node.url, index, line });
    } else if (node.type === 'image') {
      parts.references.push({ kind: 'image', label: node.alt ?? '', target: node.url, index });
      parts.targets.push({ value: node.url, index });
      parts.strings.push({ value: node.url, index, line });
    } else if (node.type === 'definition') {
      parts.references.push({ kind: 'link', target: node.url, index });
      parts.targets.push({ value: node.url, index });
      parts.strings.push({ value: node.url, index, line });
    } else if (node.type === 'html') htmlTags(node, parent, at, parts);
    else if (isJsxElement(node)) {
      const attributes = jsxAttributes(node);
      const names = node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [a.name] : []));
      parts.tags.push({ name: node.name ?? '', attributes, names, index, text: () => visibleText(node) });
      for (const value of attributes.values()) parts.strings.push({ value, index, line });
    }
    return true;
  });
  for (const tag of parts.tags) parts.references.push(...tagReferences(tag));
  parts.references.sort((a, b) => a.index - b.index);
  return parts;
}
