// Download of one dataset as JSON: every figure with its label, unit, period and source.
import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('metrics')).map((entry) => ({ params: { dataset: entry.id }, props: { entry } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'metrics'> };
  const labels = new Map((await getCollection('indicators')).map((i) => [i.id, i.data]));
  const { title, period, source, figures } = entry.data;
  const body = {
    title,
    period,
    source,
    figures: figures.map(({ headline: _headline, ...f }) => ({
      ...f,
      label: labels.get(f.indicator)?.label,
      definition: labels.get(f.indicator)?.definition,
    })),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
