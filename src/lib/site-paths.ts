// Every page and file the site makes from its content, for checking where links and QR codes lead. Built only
// from the route builders (src/lib/routes.ts), so the check and the pages cannot disagree.
import { NEWS_PAGE_SIZE } from './news.ts';
import { hasLeaflet } from './qr.ts';
import * as routes from './routes.ts';

interface Entry {
  id: string;
  data: unknown;
}

/** Site-relative paths of every page and file made from these entries, by collection name. */
export function sitePaths(loaded: Partial<Record<string, Entry[]>>): Set<string> {
  const paths = new Set(routes.everyUnitPaths());
  const guides = new Set((loaded.procedures ?? []).map((e) => e.id));
  for (const id of guides) paths.add(routes.guide(id));
  for (const e of loaded.samples ?? []) {
    const guide = (e.data as { procedure: string }).procedure;
    if (guides.has(guide)) paths.add(routes.guideSample(guide));
  }
  const news = loaded.news ?? [];
  for (const e of news) paths.add(routes.newsItem(e.id));
  for (const e of news) for (const tag of (e.data as { tags?: string[] }).tags ?? []) paths.add(routes.newsTag(tag));
  for (let n = 2; n <= Math.ceil(news.length / NEWS_PAGE_SIZE); n++) paths.add(routes.newsPage(n));
  for (const e of loaded.campaigns ?? []) paths.add(routes.campaign(e.id));
  for (const e of loaded.infographics ?? []) paths.add(routes.infographic(e.id));
  for (const e of loaded.metrics ?? [])
    for (const format of ['csv', 'json'] as const) paths.add(routes.dataset(e.id, format));
  for (const e of loaded.screens ?? []) paths.add(routes.kioskScreen(e.id));
  for (const e of loaded.qr ?? []) {
    for (const path of [routes.qrLanding(e.id), routes.qrImage(e.id, 'png'), routes.qrImage(e.id, 'svg')])
      paths.add(path);
    if (hasLeaflet((e.data as { status?: string }).status)) paths.add(routes.qrLeaflet(e.id));
  }
  return paths;
}
