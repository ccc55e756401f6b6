// The weekly bulletin as plain UTF-8 text, to download, print or open on the broadcast desk's computer:
// exactly the words the bulletin page reads, a paragraph to a block.
import type { APIRoute } from 'astro';
import { getBulletin } from '../../data/bulletin.ts';
import { scriptText } from '../../lib/spoken/index.ts';

export const GET: APIRoute = async () =>
  new Response(scriptText((await getBulletin()).paragraphs), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
