// Download of one dataset as CSV (UTF-8), for spreadsheets.
import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { datasetCsv } from '../../lib/metrics.ts';

export async function getStaticPaths() {
  return (await getCollection('metrics')).map((entry) => ({ params: { dataset: entry.id }, props: { entry } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'metrics'> };
  const labels = new Map((await getCollection('indicators')).map((i) => [i.id, i.data.label]));
  return new Response(
    datasetCsv(entry.data, (id) => labels.get(id) ?? id),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
