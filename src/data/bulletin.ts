// What the loudspeaker bulletin pages (/truyen-thanh/) get: the weekly bulletin, the newest news items' and
// campaign articles' scripts with their reading time, and the radio pieces that have audio. Built from the
// published news and campaign material (drafts never enter the collections, src/content.config.ts).
import { render, type CollectionEntry } from 'astro:content';
import {
  WORDS_PER_MINUTE,
  assembleBulletin,
  itemScript,
  readingTime,
  type Bulletin,
  type ItemKind,
} from '../lib/spoken/index.ts';
import * as routes from '../lib/routes.ts';
import { newestFirst } from '../lib/entries.ts';
import type { UnitProfile } from '../schemas/unit.ts';
import { bulletinSource } from './bulletin-sources.ts';
import { getCampaigns, getNews, getUnit } from './site.ts';

type Entry = CollectionEntry<'news'> | CollectionEntry<'campaigns'>;

/** One item's script, read alone. */
export interface ItemScript {
  kind: ItemKind;
  id: string;
  title: string;
  date: Date;
  datePrecision: 'ngay' | 'thang';
  /** The article, site-relative. */
  articleHref: string;
  /** The script as a text file, site-relative. */
  textHref: string;
  paragraphs: string[];
  words: number;
  seconds: number;
  /** Written by the editor (spokenScript), not derived. */
  ownScript: boolean;
}

/** A radio piece with its audio file and its transcript (the body). */
export interface RadioPiece {
  id: string;
  title: string;
  articleHref: string;
  audio: string;
  durationSeconds?: number | undefined;
  Transcript: Awaited<ReturnType<typeof render>>['Content'];
}

export interface BulletinPage {
  unit: UnitProfile;
  bulletin: Bulletin;
  items: ItemScript[];
  radio: RadioPiece[];
  wordsPerMinute: number;
}

const kindOf = (entry: Entry): ItemKind => (entry.collection === 'news' ? 'news' : 'campaign');

function scriptOf(entry: Entry): ItemScript {
  const kind = kindOf(entry);
  const paragraphs = itemScript(bulletinSource(kind, entry));
  const time = readingTime(paragraphs);
  return {
    kind,
    id: entry.id,
    title: entry.data.title,
    date: entry.data.date,
    datePrecision: 'datePrecision' in entry.data ? entry.data.datePrecision : 'ngay',
    articleHref: routes.bulletinArticle(kind, entry.id),
    textHref: routes.bulletinItemText(kind, entry.id),
    paragraphs,
    words: time.words,
    seconds: time.seconds,
    ownScript: entry.data.spokenScript !== undefined,
  };
}

/**
 * How many of the newest items the page gives a script (and a text file): however many news items a unit
 * publishes over the years, the page stays within its size budget and the build within its time.
 */
export const SCRIPTS_LISTED = 20;
/** How many of the newest of each kind the weekly bulletin chooses among (it holds four to six). */
const BULLETIN_CHOICES = 10;

/** The newest published news items and campaign articles, up to `count` of each, each kind newest first. */
async function newest(count: number): Promise<{ news: Entry[]; campaigns: Entry[] }> {
  const [news, campaigns] = await Promise.all([getNews(), getCampaigns()]);
  return { news: news.slice(0, count), campaigns: campaigns.slice(0, count) };
}

/** The items that get a script on the page and a text file: the newest, whatever their kind. */
async function listed(): Promise<Entry[]> {
  const { news, campaigns } = await newest(SCRIPTS_LISTED);
  return newestFirst([...news, ...campaigns]).slice(0, SCRIPTS_LISTED);
}

/** The weekly bulletin (its text file reads exactly this). */
export async function getBulletin(): Promise<Bulletin> {
  const [unit, { news, campaigns }] = await Promise.all([getUnit(), newest(BULLETIN_CHOICES)]);
  return assembleBulletin(
    [...news, ...campaigns].map((entry) => bulletinSource(kindOf(entry), entry)),
    unit,
  );
}

export async function getBulletinPage(): Promise<BulletinPage> {
  const [unit, items, campaigns, bulletin] = await Promise.all([getUnit(), listed(), getCampaigns(), getBulletin()]);
  const radio = await Promise.all(
    campaigns.flatMap((entry) => {
      const data = entry.data;
      if (data.kind !== 'phat-thanh') return [];
      return [
        render(entry).then(({ Content }) => ({
          id: entry.id,
          title: data.title,
          articleHref: routes.bulletinArticle('campaign', entry.id),
          audio: data.audio,
          durationSeconds: data.durationSeconds,
          Transcript: Content,
        })),
      ];
    }),
  );
  return { unit, bulletin, items: items.map(scriptOf), radio, wordsPerMinute: WORDS_PER_MINUTE };
}

/** The scripts the page lists, for their text files. */
export async function getItemScripts(): Promise<ItemScript[]> {
  return (await listed()).map(scriptOf);
}
