// The readable paragraphs of a Markdown/MDX syntax tree (mdast, as the site's parser gives it): headings,
// paragraphs, list items and quotes, as plain text. Tables, images, code, HTML and MDX components (charts)
// cannot be read aloud and are left out; a link keeps its text. An ordered item keeps its number («2. …»).

/** The parts of an mdast node this reads; any mdast tree fits. */
export interface MdastNode {
  type: string;
  value?: string | undefined;
  children?: MdastNode[] | undefined;
  ordered?: boolean | null | undefined;
  start?: number | null | undefined;
}

const unreadable = new Set(['table', 'image', 'imageReference', 'code', 'html', 'yaml', 'toml', 'thematicBreak']);

function inlineText(node: MdastNode): string {
  if (unreadable.has(node.type) || node.type.startsWith('mdx') || node.type === 'footnoteReference') return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(inlineText).join('');
}

/** Every paragraph a broadcaster can read, in document order. */
export function paragraphsFromMdast(root: MdastNode): string[] {
  const paragraphs: string[] = [];
  const visit = (node: MdastNode, prefix = ''): void => {
    if (unreadable.has(node.type) || node.type.startsWith('mdx')) return;
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = inlineText(node).replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(prefix + text);
      return;
    }
    if (node.type === 'list') {
      (node.children ?? []).forEach((item, index) => {
        const number = node.ordered ? `${(node.start ?? 1) + index}. ` : '';
        (item.children ?? []).forEach((child, i) => visit(child, i === 0 ? number : ''));
      });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return paragraphs;
}
