// The compact search index (src/lib/quick-search.ts): what the first results are found in, a few kB.
// The search page fetches it with itself; Pagefind's page ids are added after the build
// (src/integrations/search-index.ts).
import type { APIRoute } from 'astro';
import { faqAnswerText, getCampaigns, getFaq, getInfographics, getNews, getProcedures } from '../../data/site.ts';
import { plainStart, type QuickEntry, type QuickIndex } from '../../lib/quick-search.ts';
import * as routes from '../../lib/routes.ts';
import { relativeToBase } from '../../lib/url.ts';
import { lifeEvents, procedureFields, tags, type SearchType } from '../../lib/vocabulary.ts';

export const GET: APIRoute = async () => {
  const article = (type: SearchType, page: (id: string) => string) => (e: { id: string; data: ArticleData }) =>
    ({
      url: relativeToBase(page(e.id)),
      title: e.data.title,
      keys: (e.data.tags ?? []).map((t) => tags[t]).join(' '),
      text: plainStart(e.data.summary),
      type,
    }) satisfies QuickEntry;
  const entries: QuickEntry[] = [
    ...(await getProcedures()).map(({ id, data: p }) => ({
      url: relativeToBase(routes.guide(id)),
      title: p.title,
      ...(p.shortTitle ? { names: [p.shortTitle] } : {}),
      keys: [
        p.code ?? '',
        ...p.forms.flatMap((f) => f.code ?? []),
        ...p.lifeEvents.map((e) => lifeEvents[e]),
        procedureFields[p.field],
      ].join(' '),
      text: plainStart(p.summary),
      type: 'Thủ tục',
      field: procedureFields[p.field],
      ...(p.common ? { common: true as const } : {}),
    })),
    ...(await getFaq()).map((f) => ({
      url: relativeToBase(routes.faqAnswer(f.id)),
      title: f.data.question,
      keys: f.data.topic,
      text: plainStart(faqAnswerText(f)),
      type: 'Hỏi đáp',
    })),
    ...(await getNews()).map(article('Tin nổi bật', routes.newsItem)),
    ...(await getCampaigns()).map(article('Tuyên truyền', routes.campaign)),
    ...(await getInfographics()).map((i) => ({
      url: relativeToBase(routes.infographic(i.id)),
      title: i.data.title,
      text: plainStart(i.data.alt),
      type: 'Infographic',
    })),
  ];
  const index: QuickIndex = { entries };
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};

interface ArticleData {
  title: string;
  summary: string;
  tags?: (keyof typeof tags)[];
}
