// One news item's or campaign article's script as plain UTF-8 text, read alone (the editor's own, or derived).
import type { APIRoute } from 'astro';
import { getItemScripts, type ItemScript } from '../../../data/bulletin.ts';
import * as routes from '../../../lib/routes.ts';
import { scriptText } from '../../../lib/spoken/index.ts';

export async function getStaticPaths() {
  return (await getItemScripts()).map((item) => ({
    params: { section: routes.bulletinSection(item.kind), id: item.id },
    props: { item },
  }));
}

export const GET: APIRoute = ({ props }) => {
  const { item } = props as { item: ItemScript };
  return new Response(scriptText(item.paragraphs), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
