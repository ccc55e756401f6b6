// The active unit's datasets and the shared indicators they measure, for the figures page, its downloads,
// charts in articles and the kiosk.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type DatasetEntry = CollectionEntry<'metrics'>;
export type Indicator = CollectionEntry<'indicators'>['data'];

/** The unit's datasets, newest source first. */
export async function getDatasets(): Promise<DatasetEntry[]> {
  return (await getCollection('metrics')).sort((a, b) => b.data.source.date.localeCompare(a.data.source.date));
}

/** One dataset by its file name, or undefined when the unit has none by that name. */
export async function getDataset(id: string): Promise<DatasetEntry | undefined> {
  return getEntry('metrics', id);
}

/** Static paths for the pages made per dataset (its CSV and JSON downloads). */
export async function datasetPaths() {
  return (await getCollection('metrics')).map((entry) => ({ params: { dataset: entry.id }, props: { entry } }));
}

/** Every indicator by its id. */
export async function getIndicators(): Promise<Map<string, Indicator>> {
  return new Map((await getCollection('indicators')).map((i) => [i.id, i.data]));
}

/** Every indicator's label by its id. */
export async function indicatorLabels(): Promise<Map<string, string>> {
  return new Map([...(await getIndicators())].map(([id, i]) => [id, i.label]));
}
