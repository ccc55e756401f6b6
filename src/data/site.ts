// The one place pages get content from (with metrics.ts, kiosk.ts and comparisons.ts beside it): the active
// unit's profile and its entries, in order. Every entry here is public: drafts never enter the collections
// (src/content.config.ts).
import { getCollection, type CollectionEntry } from 'astro:content';

/** An entry's Markdown or MDX body, rendered. */
export { render } from 'astro:content';
import { newestFirst } from '../lib/entries.ts';
import { applyOverride, type LocalProcedure } from '../lib/procedures.ts';
import { hasLeaflet } from '../lib/qr.ts';
import type { UnitProfile } from '../schemas/unit.ts';
import { parseMarkdown } from '../lib/markdown.ts';
import { readableParagraphs } from '../lib/mdast.ts';

export async function getUnit(): Promise<UnitProfile> {
  const [unit] = await getCollection('units');
  if (!unit) throw new Error('Không tìm thấy hồ sơ đơn vị (content/units/<đơn vị>/unit.yaml).');
  return unit.data;
}

export async function getNews(): Promise<CollectionEntry<'news'>[]> {
  return newestFirst(await getCollection('news'));
}

export async function getCampaigns(): Promise<CollectionEntry<'campaigns'>[]> {
  return newestFirst(await getCollection('campaigns'));
}

export interface Guide {
  id: string;
  data: LocalProcedure;
}

/** Every guide, with the active unit's own facts applied, sorted by title. */
export async function getProcedures(): Promise<Guide[]> {
  const overrides = new Map((await getCollection('procedureOverrides')).map((o) => [o.id, o.data]));
  return (await getCollection('procedures'))
    .map((entry) => ({ id: entry.id, data: applyOverride(entry.data, overrides.get(entry.id)) }))
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'vi'));
}

/** Filled samples by the guide they belong to. */
export async function getSamples(): Promise<Map<string, CollectionEntry<'samples'>['data']>> {
  return new Map((await getCollection('samples')).map((s) => [s.data.procedure, s.data]));
}

export async function getFaq(): Promise<CollectionEntry<'faq'>[]> {
  return (await getCollection('faq')).sort(
    (a, b) => a.data.topic.localeCompare(b.data.topic, 'vi') || a.data.order - b.data.order,
  );
}

/** An answer as plain text, for the FAQ page's structured data: its paragraphs, read off the syntax tree. */
export function faqAnswerText(entry: CollectionEntry<'faq'>): string {
  return readableParagraphs(parseMarkdown(entry.filePath ?? '', entry.body ?? '').tree).join('\n');
}

export async function getInfographics(): Promise<CollectionEntry<'infographics'>[]> {
  return newestFirst(await getCollection('infographics'));
}

/** QR codes with a leaflet to print (prepared or in use), by place, then code. */
export async function getLeafletCodes(): Promise<CollectionEntry<'qr'>[]> {
  return (await getCollection('qr'))
    .filter((c) => hasLeaflet(c.data.status))
    .sort((a, b) => (a.data.place ?? '').localeCompare(b.data.place ?? '', 'vi') || a.id.localeCompare(b.id));
}

/** Static paths for the pages made per QR code; `withLeaflet` keeps only codes with a leaflet to print. */
export async function qrCodePaths(withLeaflet = false) {
  return (await getCollection('qr'))
    .filter((entry) => !withLeaflet || hasLeaflet(entry.data.status))
    .map((entry) => ({ params: { code: entry.id }, props: { entry } }));
}

/** The unit's LED screens, by id. */
export async function getScreens(): Promise<CollectionEntry<'screens'>[]> {
  return (await getCollection('screens')).sort((a, b) => a.id.localeCompare(b.id));
}

/** Static paths for the kiosk page of each screen. */
export async function screenPaths() {
  return (await getScreens()).map((entry) => ({ params: { screen: entry.id }, props: { entry } }));
}
