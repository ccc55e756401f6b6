// Every address the site makes, written once. The builders return site-relative paths ("/thu-tuc/x/"); pages
// add the base with withBase (src/lib/url.ts). Import the module whole (`import * as routes`): each builder
// is its own export, so a browser script carries only the ones it calls. The table of route kinds below
// (what makes each address, whether the sitemap lists it) is built from the same builders. A URL path written
// anywhere else is a lint error (eslint.config.js).

import { escapeRegExp } from './regexp.ts';

const NEWS = '/tin-tuc/';
const CAMPAIGNS = '/tuyen-truyen/';
const GUIDES = '/thu-tuc/';
const INFOGRAPHICS = '/infographic/';
const FIGURES = '/so-lieu/';
const KIOSK = '/kiosk/';
const QR = '/q/';
const ADMIN = '/admin/';
const BULLETIN = '/truyen-thanh/';

export const home = () => '/';
export const news = () => NEWS;
const newsPageOf = (n: string) => `${NEWS}trang/${n}/`;
/** Page n of the news list; page 1 is the list itself. */
export const newsPage = (n: number) => (n === 1 ? news() : newsPageOf(String(n)));
export const newsItem = (id: string) => `${NEWS}${id}/`;
export const newsTag = (tag: string) => `${NEWS}chu-de/${tag}/`;
export const newsFeed = () => `${NEWS}rss.xml`;
export const campaigns = () => CAMPAIGNS;
export const campaign = (id: string) => `${CAMPAIGNS}${id}/`;
/** The loudspeaker bulletin: the week's script for the radio desk, and every item's. */
export const bulletin = () => BULLETIN;
/** The week's bulletin as plain text, to download. */
export const bulletinText = () => `${BULLETIN}ban-tin.txt`;
/** What a bulletin reads: a news item or a campaign article. */
export type BulletinItemKind = 'news' | 'campaign';
/** The article a bulletin item comes from. */
export const bulletinArticle = (kind: BulletinItemKind, id: string) => (kind === 'news' ? newsItem(id) : campaign(id));
/** The folder an item's text file sits in under the bulletin: its article's section («tin-tuc», «tuyen-truyen»). */
export const bulletinSection = (kind: BulletinItemKind) => (kind === 'news' ? NEWS : CAMPAIGNS).slice(1, -1);
const bulletinItemTextOf = (section: string, id: string) => `${BULLETIN}${section}/${id}.txt`;
/** One item's script as plain text. */
export const bulletinItemText = (kind: BulletinItemKind, id: string) => bulletinItemTextOf(bulletinSection(kind), id);
export const guides = () => GUIDES;
export const guide = (id: string) => `${GUIDES}${id}/`;
export const guideSample = (id: string) => `${guide(id)}ho-so-mau/`;
export const faq = () => '/hoi-dap/';
/** One question on the FAQ page. */
export const faqAnswer = (id: string) => `${faq()}#${id}`;
export const feedback = () => '/phan-hoi/';
export const figures = () => FIGURES;
export const dataset = (id: string, format: 'csv' | 'json') => `${FIGURES}${id}.${format}`;
export const search = () => '/tim-kiem/';
/** The compact index the first search results come from (src/pages/tim-kiem/chi-muc.json.ts). */
export const searchQuickIndex = () => `${search()}chi-muc.json`;
export const infographics = () => INFOGRAPHICS;
export const infographic = (id: string) => `${INFOGRAPHICS}${id}/`;
export const kiosk = () => KIOSK;
export const kioskScreen = (id: string) => `${KIOSK}${id}/`;
/** The screens' version file: a screen reloads when it changes. */
export const kioskVersion = () => `${KIOSK}phien-ban.json`;
/** The address a printed QR code leads to. */
export const qrLanding = (code: string) => `${QR}${code}/`;
export const qrImage = (code: string, format: 'png' | 'svg') => `${QR}${code}.${format}`;
export const qrPrintList = () => `${QR}in/`;
export const qrLeaflet = (code: string) => `${qrPrintList()}${code}/`;
/** The page a phone shows when it has no network and no copy of the page asked for. */
export const offline = () => '/ngoai-tuyen/';
export const notFound = () => '/404/';
export const robots = () => '/robots.txt';
export const admin = () => ADMIN;
/** The web editor's settings (src/integrations/web-editor.ts writes them only when the unit has connected it). */
export const adminConfig = () => `${ADMIN}config.yml`;
/** The web editor's own files (src/integrations/web-editor.ts); `path` inside that folder. */
export const adminCms = (path = '') => `${ADMIN}cms/${path}`;
export const favicon = () => '/favicon.svg';
export const serviceWorker = () => '/sw.js';
/** Pagefind's files (src/integrations/search-index.ts); `path` inside that folder. */
export const searchIndex = (path = '') => `/pagefind/${path}`;
export const sitemapIndex = () => '/sitemap-index.xml';
/** Astro's hashed scripts and styles; `path` inside that folder. */
export const assets = (path = '') => `/_astro/${path}`;
/** The web editor's media folder (public/tep/): files editors upload; `path` inside that folder. */
export const media = (path = '') => `/tep/${path}`;
/** The procedures' forms (public/bieu-mau/); `path` inside that folder. */
export const forms = (path = '') => `/bieu-mau/${path}`;

export type RouteSource =
  /** A file in src/pages, whose path is the pattern. */
  | 'page'
  /** A file in the unit's public folder, copied as it is. */
  | 'public'
  /** Written after the build: by an integration (src/integrations/), Astro's sitemap or Astro itself. */
  | 'build';

export interface RouteKind {
  /** The address with Astro's [param] placeholders, as its file in src/pages names it. */
  pattern: string;
  source: RouteSource;
  /** Listed in the sitemap: the pages residents look for (not tools, screens, QR sheets or error pages). */
  sitemap: boolean;
  /** Published by every unit, whatever its content. */
  always: boolean;
}

const kind = (pattern: string, source: RouteSource, sitemap: boolean, always = false): RouteKind => ({
  pattern,
  source,
  sitemap,
  always,
});

/** Every kind of address the site makes. */
export function routeKinds(): Record<string, RouteKind> {
  return {
    home: kind(home(), 'page', true, true),
    news: kind(news(), 'page', true, true),
    newsPage: kind(newsPageOf('[page]'), 'page', true),
    newsItem: kind(newsItem('[slug]'), 'page', true),
    newsTag: kind(newsTag('[tag]'), 'page', true),
    newsFeed: kind(newsFeed(), 'page', false, true),
    campaigns: kind(campaigns(), 'page', true, true),
    campaign: kind(campaign('[slug]'), 'page', true),
    bulletin: kind(bulletin(), 'page', true, true),
    bulletinText: kind(bulletinText(), 'page', false, true),
    bulletinItemText: kind(bulletinItemTextOf('[section]', '[id]'), 'page', false),
    guides: kind(guides(), 'page', true, true),
    guide: kind(guide('[slug]'), 'page', true),
    guideSample: kind(guideSample('[slug]'), 'page', true),
    faq: kind(faq(), 'page', true, true),
    feedback: kind(feedback(), 'page', true, true),
    figures: kind(figures(), 'page', true, true),
    datasetCsv: kind(dataset('[dataset]', 'csv'), 'page', false),
    datasetJson: kind(dataset('[dataset]', 'json'), 'page', false),
    search: kind(search(), 'page', false, true),
    searchQuickIndex: kind(searchQuickIndex(), 'page', false, true),
    infographics: kind(infographics(), 'page', true, true),
    infographic: kind(infographic('[slug]'), 'page', true),
    kiosk: kind(kiosk(), 'page', false, true),
    kioskScreen: kind(kioskScreen('[screen]'), 'page', false),
    kioskVersion: kind(kioskVersion(), 'page', false, true),
    qrLanding: kind(qrLanding('[code]'), 'page', false),
    qrPng: kind(qrImage('[code]', 'png'), 'page', false),
    qrSvg: kind(qrImage('[code]', 'svg'), 'page', false),
    qrPrintList: kind(qrPrintList(), 'page', false, true),
    qrLeaflet: kind(qrLeaflet('[code]'), 'page', false),
    offline: kind(offline(), 'page', false),
    notFound: kind(notFound(), 'page', false),
    robots: kind(robots(), 'page', false, true),
    admin: kind(admin(), 'page', false),
    adminConfig: kind(adminConfig(), 'build', false),
    adminCms: kind(adminCms(), 'build', false),
    favicon: kind(favicon(), 'public', false),
    serviceWorker: kind(serviceWorker(), 'build', false),
    searchIndex: kind(searchIndex(), 'build', false),
    sitemapIndex: kind(sitemapIndex(), 'build', false),
    assets: kind(assets(), 'build', false),
  };
}

/** The pages and files every unit publishes, whatever its content. */
export function everyUnitPaths(): string[] {
  return Object.values(routeKinds())
    .filter((k) => k.always)
    .map((k) => k.pattern);
}

/** The route kind a site-relative path belongs to, if any. Fixed segments win: /q/in/ is no code named «in». */
export function routeOf(address: string): string | undefined {
  // A place on a page (#…) or a query (?…) is still that page.
  const path = address.replace(/[?#].*$/, '');
  return Object.entries(routeKinds())
    .map(([name, k]) => ({ name, k, params: (k.pattern.match(/\[/g) ?? []).length }))
    .sort((a, b) => a.params - b.params)
    .find(({ k }) => patternRegex(k.pattern).test(path))?.name;
}

function patternRegex(pattern: string): RegExp {
  const escaped = escapeRegExp(pattern).replace(/\\\[\w+\\\]/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/** Whether the sitemap lists a site-relative page path. */
export function inSitemap(path: string): boolean {
  const name = routeOf(path);
  return name === undefined || (routeKinds()[name]?.sitemap ?? true);
}

/** The file a built page or file is written to, relative to the output folder ("thu-tuc/x/index.html"). */
export function builtFile(path: string): string {
  if (path === notFound()) return '404.html';
  return path.replace(/^\//, '') + (path.endsWith('/') ? 'index.html' : '');
}

/** The address of a file in a build, relative to the output folder: the inverse of builtFile. */
export function addressOf(file: string): string {
  if (file === builtFile(notFound())) return notFound();
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The first segment of every address the site makes ("tin-tuc", "q", "robots.txt"), for the lint rule. */
export function firstSegments(): string[] {
  return [
    ...new Set(
      Object.values(routeKinds())
        .map((k) => k.pattern.split('/')[1] ?? '')
        .filter(Boolean),
    ),
  ];
}
