// A news item or campaign article as the bulletin reads it (src/lib/spoken/bulletin.ts): its title, summary,
// body blocks from the parser the site renders with (src/lib/markdown.ts), the editor's own script and its sources'
// issuers. Apart from src/data/bulletin.ts so that tests can give it entries read from any content folder.
import { parseMarkdown } from '../lib/markdown.ts';
import { readableParagraphs } from '../lib/mdast.ts';
import type { BodyBlock, BulletinSource, ItemKind } from '../lib/spoken/index.ts';

/** What the bulletin reads of a news or campaign entry (an astro:content entry has it all). */
export interface ScriptEntry {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: {
    title: string;
    summary: string;
    date: Date;
    spokenScript?: string | undefined;
    sources: readonly { issuer: string }[];
    draft?: boolean | undefined;
  };
}

/** A body's top-level blocks, each with its readable paragraphs; blocks with none (a table, a chart) left out. */
export function bodyBlocks(file: string, body: string): BodyBlock[] {
  return parseMarkdown(file, body)
    .tree.children.map((node) => ({
      paragraphs: readableParagraphs(node),
      heading: node.type === 'heading',
    }))
    .filter((block) => block.paragraphs.length > 0);
}

export function bulletinSource(kind: ItemKind, entry: ScriptEntry): BulletinSource {
  const { data } = entry;
  return {
    kind,
    id: entry.id,
    title: data.title,
    summary: data.summary,
    date: data.date,
    body: bodyBlocks(entry.filePath ?? `${entry.id}.mdx`, entry.body ?? ''),
    override: data.spokenScript,
    issuers: data.sources.map((s) => s.issuer),
    draft: data.draft,
  };
}
