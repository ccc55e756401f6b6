// What each slide of a screen's playlist shows, resolved at build from the unit's content. Rotating
// kinds (slogans, infographics without a name) carry one variant per item; the player shows one per pass.
import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatDateAs } from '../lib/dates.ts';
import { formatFigure, sourceLine } from '../lib/figures.ts';
import { resolveChart, viewOf, type ChartSpec } from '../lib/metrics.ts';
import { qrSvg, shortAddress } from '../lib/qr.ts';
import type { Slide } from '../schemas/screen.ts';
import { getDatasets, indicatorLabels } from './metrics.ts';
import { getInfographics, getNews } from './site.ts';

export type SlideContent =
  | {
      kind: 'so-lieu';
      title: string;
      figures: { value: string; label: string; period: string; quote?: string | undefined }[];
      source: string;
    }
  | {
      kind: 'bieu-do';
      title: string;
      caption: string;
      period: string;
      spec: ChartSpec;
      rows: { label: string; value: string }[];
      source: string;
    }
  | { kind: 'infographic'; title: string; image: ImageMetadata; alt: string; source: string }
  | { kind: 'tin-moi'; items: { title: string; date: string }[] }
  | { kind: 'khau-hieu'; text: string; source: string }
  | { kind: 'ma-qr'; svg: string; address: string };

export interface PlaylistSlide {
  kind: Slide['kind'];
  seconds: number;
  variants: SlideContent[];
}

/** The address of the site's home, as the screen's QR code encodes it. */
export function homeAddress(site: URL | undefined, base: string): string {
  return new URL(base, site).href;
}

export async function screenSlides(screen: CollectionEntry<'screens'>['data'], home: string): Promise<PlaylistSlide[]> {
  const datasets = new Map((await getDatasets()).map((d) => [d.id, d.data]));
  const labels = await indicatorLabels();
  const infographics = await getInfographics();
  const news = await getNews();
  const messages = (await getCollection('messages')).sort((a, b) => a.id.localeCompare(b.id));
  const qr = await qrSvg(home);

  const variantsOf = async (slide: Slide): Promise<SlideContent[]> => {
    switch (slide.kind) {
      case 'so-lieu': {
        const d = datasets.get(slide.dataset);
        if (!d) return [];
        const picked = d.figures.filter((f) => f.headline);
        return [
          {
            kind: 'so-lieu',
            title: d.title,
            figures: (picked.length > 0 ? picked : d.figures.slice(0, 3)).map((f) => {
              const { value, label, period, quote } = viewOf(f, (id) => labels.get(id) ?? id);
              return { value, label, period, quote };
            }),
            source: sourceLine(d.source),
          },
        ];
      }
      case 'bieu-do': {
        const d = datasets.get(slide.dataset);
        const resolved = d && resolveChart(d, slide.chart, (id) => labels.get(id) ?? id);
        if (!d || !resolved) return [];
        return [
          {
            kind: 'bieu-do',
            title: resolved.chart.title,
            caption: resolved.chart.caption,
            period: resolved.period,
            spec: resolved.spec,
            rows: resolved.figures.map((f) => ({
              label: labels.get(f.indicator) ?? f.indicator,
              value: formatFigure(f),
            })),
            source: sourceLine(d.source),
          },
        ];
      }
      case 'infographic':
        return infographics
          .filter((i) => !slide.infographic || i.id === slide.infographic)
          .map((i) => ({
            kind: 'infographic',
            title: i.data.title,
            image: i.data.image,
            alt: i.data.alt,
            source: i.data.sources.map(sourceLine).join(' '),
          }));
      case 'tin-moi':
        return news.length === 0
          ? []
          : [
              {
                kind: 'tin-moi',
                items: news.slice(0, slide.count).map((n) => ({
                  title: n.data.title,
                  date: formatDateAs(n.data.date, n.data.datePrecision),
                })),
              },
            ];
      case 'khau-hieu':
        return messages.map((m) => ({ kind: 'khau-hieu', text: m.data.text, source: sourceLine(m.data.source) }));
      case 'ma-qr':
        return [{ kind: 'ma-qr', svg: qr, address: shortAddress(home) }];
    }
  };

  const slides: PlaylistSlide[] = [];
  for (const slide of screen.playlist) {
    const variants = await variantsOf(slide);
    // A kind with nothing to show (no news yet) is left out rather than shown empty.
    if (variants.length > 0) slides.push({ kind: slide.kind, seconds: slide.seconds, variants });
  }
  return slides;
}
