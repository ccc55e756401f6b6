// RSS feed of the unit's highlights.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNews, getUnit } from '../../data/site.ts';
import * as routes from '../../lib/routes.ts';
import { withBase } from '../../lib/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const unit = await getUnit();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: `Thông tin nổi bật – Nghị quyết 57 – ${unit.name}`,
    description: `Tin hoạt động của ${unit.name} về Nghị quyết 57-NQ/TW và chuyển đổi số.`,
    site: new URL(base, site).href,
    customData: '<language>vi</language>',
    items: (await getNews()).map((n) => ({
      title: n.data.title,
      description: n.data.summary,
      // A month-only date has no day to give a feed reader: leave it out rather than invent one.
      ...(n.data.datePrecision === 'ngay' ? { pubDate: n.data.date } : {}),
      link: withBase(routes.newsItem(n.id), base),
      categories: [...n.data.tags],
    })),
  });
};
