// What the content checks look at in a Markdown/MDX body, read off its syntax tree: links and images,
// tags (HTML written in Markdown, MDX components) with their attributes, and the strings that may hold a
// web address. Code, comments and the frontmatter are not in the body readers get, so nothing here.
import { isJsxElement, jsxAttributes, visibleText, walk, type MarkdownNode } from '../lib/mdast.ts';
import { isAllowedTag } from '../lib/body-code.ts';
import { htmlPieces } from '../lib/content-html.ts';
import type { HtmlNode, MarkdownRoot } from '../lib/markdown.ts';

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
  /** Offset in the file where the tag starts (for HTML: where its block or inline piece starts). */
  index: number;
  /** What a reader sees inside it. */
  text: () => string;
}

export interface BodyParts {
  references: Reference[];
  tags: Tag[];
  /** Text that may name a web address: words outside links (links and tags' addresses are references). */
  strings: { value: string; index: number; line: number }[];
}

/** Nodes whose contents readers never get (ESM and expressions are refused by src/lib/body-code.ts). */
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
  for (const piece of htmlPieces(node)) {
    if (piece.kind === 'text') parts.strings.push({ value: piece.value, index: piece.index, line: piece.line });
    else {
      const h = piece.element;
      const attributes = new Map(
        Object.entries(h.properties).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
      );
      const text = () => (h.children.length > 0 ? htmlText(h) : inlineLinkText(parent, at));
      parts.tags.push({ name: h.tagName, attributes, index: piece.index, text });
    }
  }
}

/** The tags' links and images: src (an image when the tag is <img> or has alt), href and cite. */
function tagReferences(tag: Tag): Reference[] {
  // A tag the allow-list refuses is reported once, as a tag: where it leads is beside the point.
  if (!isAllowedTag(tag.name)) return [];
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
  // A quotation's source (<blockquote cite>, <q cite>) is an address too.
  const cite = tag.attributes.get('cite');
  if (cite !== undefined) found.push({ kind: 'link', target: cite, index: tag.index });
  return found;
}

export function bodyParts(tree: MarkdownRoot): BodyParts {
  const parts: BodyParts = { references: [], tags: [], strings: [] };
  walk(tree, (node, parent, at) => {
    if (skipped.has(node.type)) return false;
    const index = node.position?.start.offset ?? 0;
    const line = node.position?.start.line ?? 1;
    if (node.type === 'text' && parent?.type !== 'link') parts.strings.push({ value: node.value, index, line });
    else if (node.type === 'link') {
      parts.references.push({ kind: 'link', label: visibleText(node), target: node.url, index });
    } else if (node.type === 'image') {
      parts.references.push({ kind: 'image', label: node.alt ?? '', target: node.url, index });
    } else if (node.type === 'definition') {
      parts.references.push({ kind: 'link', target: node.url, index });
    } else if (node.type === 'html') htmlTags(node, parent, at, parts);
    else if (isJsxElement(node)) {
      parts.tags.push({ name: node.name ?? '', attributes: jsxAttributes(node), index, text: () => visibleText(node) });
    }
    return true;
  });
  for (const tag of parts.tags) parts.references.push(...tagReferences(tag));
  parts.references.sort((a, b) => a.index - b.index);
  return parts;
}
