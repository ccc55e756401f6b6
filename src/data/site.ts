// The one place pages get content from: the active unit's profile and its public entries, in order.
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst, published } from '../lib/entries.ts';
import type { UnitProfile } from '../schemas/unit.ts';

export async function getUnit(): Promise<UnitProfile> {
  const [unit] = await getCollection('units');
  if (!unit) throw new Error('Không tìm thấy hồ sơ đơn vị (content/units/<đơn vị>/unit.yaml).');
  return unit.data;
}

export async function getNews(): Promise<CollectionEntry<'news'>[]> {
  return newestFirst(published(await getCollection('news')));
}

export async function getCampaigns(): Promise<CollectionEntry<'campaigns'>[]> {
  return newestFirst(published(await getCollection('campaigns')));
}

export async function getProcedures(): Promise<CollectionEntry<'procedures'>[]> {
  return (await getCollection('procedures')).sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
}

export async function getFaq(): Promise<CollectionEntry<'faq'>[]> {
  return (await getCollection('faq')).sort(
    (a, b) => a.data.topic.localeCompare(b.data.topic, 'vi') || a.data.order - b.data.order,
  );
}
