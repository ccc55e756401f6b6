// The weekly loudspeaker bulletin and each item's script, from items given as plain text (src/data/bulletin.ts
// gives them from the site's news and campaign material). An item's script is the editor's own when the
// content file has one, else derived from its title and body (its summary only when no body is read: the
// summary restates the body's lead, and a listener would hear each figure twice). The bulletin opens with the
// unit's formula, reads the newest news items and campaign articles, each followed by whom it comes from, and
// closes with the closing formula, which names the unit: about five minutes at the stated rate, never more.
import { parseMarkdown } from '../markdown.ts';
import { readableParagraphs } from '../mdast.ts';
import type { NamedSet } from './documents.ts';
import { WORDS_PER_MINUTE, countSyllables, readingTime } from './reading-time.ts';
import { toSpokenScript } from './script.ts';

/** One top-level block of an item's body, as the site's parser gives it. */
export interface BodyBlock {
  /** Its readable paragraphs (a list gives one per item); none for a table or a chart. */
  paragraphs: readonly string[];
  /** A subheading: a bulletin never stops right after one. */
  heading: boolean;
}

export type ItemKind = 'news' | 'campaign';

/** A news item or campaign article, as the bulletin reads it. */
export interface BulletinSource {
  kind: ItemKind;
  id: string;
  title: string;
  summary: string;
  date: Date;
  body: readonly BodyBlock[];
  /** The editor's own script (`spokenScript` in the content file), one paragraph a line: it wins. */
  override?: string | undefined;
  /** Who issued the item's sources, in order. */
  issuers: readonly string[];
  /** A draft is never read (the site's collections hold none; this guards any other caller). */
  draft?: boolean | undefined;
}

/** What the bulletin needs of the unit profile. */
export interface BulletinUnit {
  name: string;
  shortName: string;
  committee: string;
  bulletinOpening?: string | undefined;
  bulletinClosing?: string | undefined;
}

export interface BulletinOptions {
  /** Longest bulletin, in seconds at the rate. Default five minutes. */
  targetSeconds?: number;
  /** Longest share of one item read without the editor's own script, in seconds. Default 90. */
  itemMaxSeconds?: number;
  wordsPerMinute?: number;
}

/** Five minutes: the length of a weekly bulletin. */
export const BULLETIN_SECONDS = 5 * 60;
/**
 * One item takes at most a minute and a half of it, so that a bulletin carries several: a news item is read
 * whole when it fits, a campaign article (four to six minutes in full) by its title, summary and opening.
 */
export const ITEM_MAX_SECONDS = 90;

/** The unit as the formulas say it: «phường Hồng Bàng», «đặc khu Cát Hải». */
function placeName(unit: BulletinUnit): string {
  return unit.name.charAt(0).toLocaleLowerCase('vi') + unit.name.slice(1);
}

// The default formulas are this site's own wording built from the unit's names, a convention of the site,
// not a formula quoted from any document. A unit sets its own in its profile (bulletinOpening/Closing).

/** The opening formula: the unit's own, or the site's default naming the unit. */
export function openingFormula(unit: BulletinUnit): string {
  return (
    unit.bulletinOpening ??
    `Kính thưa bà con nhân dân ${placeName(unit)}. Mời bà con nghe bản tin truyền thanh của ${unit.committee} về Nghị quyết 57, về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.`
  );
}

/** The closing formula: the unit's own, or the site's default naming the unit. */
export function closingFormula(unit: BulletinUnit): string {
  return (
    unit.bulletinClosing ??
    `Bản tin truyền thanh của ${unit.committee} đến đây là hết. Cảm ơn bà con đã chú ý lắng nghe.`
  );
}

/** A formula of the unit's own that does not name the unit: the listener would not know whose bulletin it is. */
export function formulaProblems(unit: BulletinUnit): { field: string; message: string }[] {
  const names = (text: string) => text.toLocaleLowerCase('vi').includes(unit.shortName.toLocaleLowerCase('vi'));
  return (['bulletinOpening', 'bulletinClosing'] as const)
    .filter((field) => unit[field] !== undefined && !names(unit[field] ?? ''))
    .map((field) => ({ field, message: `phải nêu tên đơn vị «${unit.shortName}», để người nghe biết bản tin của ai` }));
}

/** An editor's script as paragraphs: one a line, blank lines ignored; any Markdown in a line read by its parser. */
export function overrideParagraphs(script: string): string[] {
  return script
    .split('\n')
    .map((line) => readableParagraphs(parseMarkdown('loi-doc.md', line.trim()).tree).join(' '))
    .filter(Boolean);
}

/**
 * What an item's derived script reads, before wording: its title, then its body; its summary only when none of
 * the body is read (the summary is the body's lead in short, and read before it says each figure twice).
 */
function derivedText(source: BulletinSource, blocks = source.body): string[] {
  const body = blocks.flatMap((block) => block.paragraphs);
  return body.length > 0 ? [source.title, ...body] : [source.title, source.summary];
}

/** An item's whole script read alone (each item names Resolution 57 in full on its own first mention). */
export function itemScript(source: BulletinSource): string[] {
  return toSpokenScript(source.override === undefined ? derivedText(source) : overrideParagraphs(source.override));
}

/** «UBND », «Ủy ban nhân dân »: the committee an issuer's name opens with. */
const committee = /^(?:UBND|Ủy ban nhân dân)\s+/u;

/**
 * «Theo Ủy ban nhân dân phường Hồng Bàng và …»: whom an item comes from, each issuer once. Committees are
 * named as one says them: «Theo Ủy ban nhân dân thành phố Hải Phòng, phường Hồng Bàng và đặc khu Cát Hải».
 */
function sourceLine(source: BulletinSource): string {
  const named = [...new Set(source.issuers)];
  const issuers =
    named.length > 1 && named.every((issuer) => committee.test(issuer))
      ? named.map((issuer, i) => (i === 0 ? issuer : issuer.replace(committee, '')))
      : named;
  const last = issuers.pop();
  return last === undefined ? '' : `Theo ${issuers.length > 0 ? `${issuers.join(', ')} và ${last}` : last}.`;
}

/**
 * Where an item's reading may end, longest first: the editor's script whole; else the whole item, then its
 * title and summary with the first blocks of its body, cut only where a block ends a thought (not after a
 * subheading nor after a sentence announcing a list), down to the title and summary alone. Each is the
 * number of body blocks read.
 */
function readingEnds(source: BulletinSource): number[] {
  const cuts = source.body
    .map((block, i) => ({ block, end: i + 1 }))
    .filter(({ block }) => {
      const last = block.paragraphs.at(-1);
      return !block.heading && last !== undefined && !/:\s*$/.test(last);
    })
    .map(({ end }) => end)
    .reverse();
  return [source.body.length, ...cuts.filter((end) => end < source.body.length), 0];
}

/**
 * The longest reading of an item that takes at most `limit` seconds with the line of whom it comes from, read
 * after names given in `named`. Its paragraphs are worded once, in order, and only until they alone pass the
 * limit: a longer reading cannot fit, so the time is that of the part read, not of the item's size.
 */
function longestReading(
  source: BulletinSource,
  limit: number,
  named: NamedSet,
  seconds: (words: number) => number,
): { text: string[]; whole: boolean; spent: number } | undefined {
  const line = sourceLine(source);
  const words = (paragraphs: readonly string[], names: NamedSet) =>
    countSyllables(toSpokenScript(paragraphs, { named: names }).join(' '));
  if (source.override !== undefined) {
    const text = overrideParagraphs(source.override);
    const spent = seconds(words([...text, line], new Set(named)));
    return spent <= limit ? { text, whole: true, spent } : undefined;
  }
  const names = new Set(named);
  // After the title and summary (k = 0), then after the title and each body block: the words read so far and
  // the names given.
  let total = words([source.title], names);
  const afterSummary = new Set(names);
  const spoken: { words: number; names: NamedSet }[] = [
    { words: total + words([source.summary], afterSummary), names: afterSummary },
  ];
  for (const block of source.body) {
    if (seconds(total) > limit) break;
    total += words(block.paragraphs, names);
    spoken.push({ words: total, names: new Set(names) });
  }
  for (const end of readingEnds(source)) {
    const at = spoken[end];
    if (at === undefined) continue;
    const spent = seconds(at.words + words([line], new Set(at.names)));
    if (spent <= limit)
      return { text: derivedText(source, source.body.slice(0, end)), whole: end === source.body.length, spent };
  }
  return undefined;
}

/** One part of the bulletin; an item's part names the item. */
export interface BulletinSegment {
  /** The opening, an item, the sentence between news and campaign material, the closing. */
  role: 'mo-dau' | 'muc' | 'chuyen-tiep' | 'ket';
  item?: { kind: ItemKind; id: string; title: string; whole: boolean };
  paragraphs: string[];
}

export interface Bulletin {
  segments: BulletinSegment[];
  /** Every paragraph read, in order. */
  paragraphs: string[];
  words: number;
  seconds: number;
  wordsPerMinute: number;
}

/** The sentence between the news and the campaign material. */
const CAMPAIGN_INTRO = 'Tiếp theo, mời bà con nghe thông tin tuyên truyền.';

/**
 * The weekly bulletin: the opening formula; the newest news items, then the newest campaign articles (chosen
 * in turn, one of each, newest first, while they fit), each with whom it comes from; the closing formula, which
 * says whose bulletin it was. Resolution 57 is named in full once, at its first mention in the whole bulletin.
 */
export function assembleBulletin(
  sources: readonly BulletinSource[],
  unit: BulletinUnit,
  options: BulletinOptions = {},
): Bulletin {
  const rate = options.wordsPerMinute ?? WORDS_PER_MINUTE;
  const target = options.targetSeconds ?? BULLETIN_SECONDS;
  const itemMax = options.itemMaxSeconds ?? ITEM_MAX_SECONDS;
  const seconds = (paragraphs: readonly string[]) => readingTime(paragraphs, rate).seconds;
  const closingText = [closingFormula(unit)];

  // First, which items and how much of each: measured as if each came right after the opening (a name given
  // earlier only makes a later mention shorter), against what the opening, the closing and the sentence between
  // the two parts leave of the target.
  const afterOpening: NamedSet = new Set();
  const opening = toSpokenScript([openingFormula(unit)], { named: afterOpening });
  let left =
    target - seconds(opening) - seconds(toSpokenScript(closingText)) - seconds(toSpokenScript([CAMPAIGN_INTRO]));
  const published = [...sources]
    .filter((s) => s.draft !== true)
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
  const news = published.filter((s) => s.kind === 'news');
  const campaigns = published.filter((s) => s.kind === 'campaign');
  const turns = Array.from({ length: Math.max(news.length, campaigns.length) }, (_, i) => [news[i], campaigns[i]]);
  const chosen = new Map<BulletinSource, { text: string[]; whole: boolean }>();
  const wordSeconds = (words: number) => Math.ceil((words / rate) * 60);
  for (const source of turns.flat()) {
    if (source === undefined) continue;
    const limit = source.override !== undefined ? left : Math.min(left, itemMax);
    const reading = longestReading(source, limit, afterOpening, wordSeconds);
    if (reading === undefined) continue;
    chosen.set(source, reading);
    left -= reading.spent;
  }

  // Then the words, in the order they are read, with one set of names given.
  const named: NamedSet = new Set();
  const segments: BulletinSegment[] = [
    { role: 'mo-dau', paragraphs: toSpokenScript([openingFormula(unit)], { named }) },
  ];
  const read = (list: BulletinSource[]) =>
    list.flatMap((source) => {
      const reading = chosen.get(source);
      if (reading === undefined) return [];
      const paragraphs = toSpokenScript([...reading.text, sourceLine(source)], { named });
      const item = { kind: source.kind, id: source.id, title: source.title, whole: reading.whole };
      return [{ role: 'muc' as const, item, paragraphs }];
    });
  const newsRead = read(news);
  const campaignsRead = read(campaigns);
  segments.push(...newsRead);
  if (newsRead.length > 0 && campaignsRead.length > 0)
    segments.push({ role: 'chuyen-tiep', paragraphs: toSpokenScript([CAMPAIGN_INTRO], { named }) });
  segments.push(...campaignsRead);
  segments.push({ role: 'ket', paragraphs: toSpokenScript(closingText, { named }) });

  const paragraphs = segments.flatMap((segment) => segment.paragraphs);
  const time = readingTime(paragraphs, rate);
  return { segments, paragraphs, words: time.words, seconds: time.seconds, wordsPerMinute: rate };
}

/** A script as plain text: paragraphs separated by a blank line, ending with a line break. */
export function scriptText(paragraphs: readonly string[]): string {
  return `${paragraphs.join('\n\n')}\n`;
}
