// Download of one dataset as JSON: every figure with its label, unit, period and source, and as residents
// read it («125–130 người»; «báo cáo không nêu kỳ» where the report gives no period).
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { datasetPaths, getIndicators } from '../../data/metrics.ts';
import { viewOf } from '../../lib/metrics.ts';

export async function getStaticPaths() {
  return datasetPaths();
}

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CollectionEntry<'metrics'> };
  const labels = await getIndicators();
  const { title, source, figures } = entry.data;
  const body = {
    title,
    source,
    figures: figures.map(({ headline: _headline, ...f }) => {
      const view = viewOf(f, (id) => labels.get(id)?.label ?? id);
      return {
        ...f,
        label: view.label,
        definition: labels.get(f.indicator)?.definition,
        text: view.value,
        periodText: view.period,
      };
    }),
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
