// Download of one dataset as CSV (UTF-8), for spreadsheets.
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { datasetPaths, indicatorLabels } from '../../data/metrics.ts';
import { datasetCsv } from '../../lib/metrics.ts';

export async function getStaticPaths() {
  return datasetPaths();
}

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'metrics'> };
  const labels = await indicatorLabels();
  return new Response(
    datasetCsv(entry.data, (id) => labels.get(id) ?? id),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
