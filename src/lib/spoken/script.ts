// Web text turned into a script for reading aloud on the loudspeakers: no links, no parentheses, no
// Markdown marks, abbreviations and figures said in words, and short sentences. Quotation marks stay: they
// are not read, but show the broadcaster where a name or a quotation begins. A long sentence is split at a
// colon, a semicolon, or a comma before a word that opens a new clause («trong đó», «tuy nhiên»), as near
// its middle as possible; never at a bare comma, which in these texts mostly separates the items of a list
// or an opening phrase («Theo báo cáo của phường, …») that cannot stand alone. A sentence with no such
// place stays longer than the limit.
import { expandAbbreviations, isAbbreviation } from './abbreviations.ts';
import { nameResolution57, speakDocumentNumbers, type NamedSet } from './documents.ts';
import { speakFigures } from './figures.ts';
import { ordinalWord } from './numbers.ts';
import { countSyllables } from './reading-time.ts';

export interface SpokenOptions {
  /**
   * Names already given in full earlier in the same broadcast («Nghị quyết năm mươi bảy của Bộ Chính trị»,
   * OCOP). Pass one set to every item of a bulletin to name each only once; it is updated as names are given.
   */
  named?: NamedSet;
  /** A sentence longer than this many syllables is split. Default 30: one breath for a broadcaster. */
  maxSyllables?: number;
}

/** The longest sentence, in syllables, left whole; about two lines of a printed script. */
export const MAX_SENTENCE_SYLLABLES = 30;
// Neither half of a split sentence may be shorter than this: «Theo báo cáo của phường» stays attached.
const MIN_PART_SYLLABLES = 8;

// Words that open a clause that can stand as a sentence: a comma before one of them is a place to split.
const clauseOpeners = /^(trong đó|nhưng|song|tuy nhiên|đồng thời|sau đó|từ đó|do đó|vì vậy|nhờ đó|qua đó)\s/iu;
// A result clause («…, giúp người dân …») stands as a sentence once it opens with «Qua đó», as news writes it.
const resultClause = /^(giúp|góp phần)\s/iu;

/**
 * Web and mail addresses and «…» taken out; «&» said as «và». (Markdown is read by its parser before this.)
 * An address is matched only from where a word or an address begins (the lookbehinds), so that a very long
 * word is scanned once, not once from each of its letters.
 */
function stripMarkup(text: string): string {
  return (
    text
      // An address is not read out, nor the words that introduce it.
      .replace(
        /(?:\s*(?:tại|ở|theo)?\s*(?:địa chỉ|đường dẫn|trang web|website)\s*)?(?:https?:\/\/|www\.)\S+|(?:\s*(?:tại|ở|theo)?\s*(?:địa chỉ|đường dẫn|trang web|website)\s*)?(?<![\p{L}\p{N}@]|[a-z0-9-][.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|gov)(?:\/\S*)?(?![\p{L}\p{N}])|(?<!\S)[^\s@]+@[^\s@]+\.\w+/giu,
        '',
      )
      .replace(/…|\.\.\./g, '')
      .replace(/\s*&\s*/g, ' và ')
  );
}

/** Parentheses inside parentheses resolved, at most: deeper ones are left as written, never read. */
const MAX_PARENTHESIS_DEPTH = 5;

/**
 * Parentheses resolved: one holding only an abbreviation («(AI)»), a section number («(1.1)») or nothing is
 * dropped; any other becomes a clause between commas: «thu hút 500 người (ước tính)» → «…, ước tính,».
 * The innermost first, one pass for each level of nesting.
 */
function resolveParentheses(text: string): string {
  let result = text;
  for (let pass = 0; pass < MAX_PARENTHESIS_DEPTH; pass++) {
    const previous = result;
    result = result.replace(/\s*\(([^()]*)\)/g, (_m, inner: string) => {
      const content = inner.trim();
      if (content === '' || isAbbreviation(content) || /^[\d.]+$/.test(content)) return '';
      return `, ${content},`;
    });
    if (result === previous) break;
  }
  return result;
}

/** An ordered list item «2. …» opens with its ordinal: «Thứ hai, …». */
function speakListNumber(text: string): string {
  return text.replace(/^(\d{1,2})[.)]\s+/, (_m, n: string) => `Thứ ${ordinalWord(Number(n))}, `);
}

/** Spaces and punctuation tidied after words were taken out or put in. */
function tidy(text: string): string {
  return (
    text
      // A dash between words is a pause.
      .replace(/\s+[–—-]\s+/g, ', ')
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.;:!?])/g, '$1')
      .replace(/([,;:])(?:\s*[,;:])+/g, (m) => (m.includes(';') ? ';' : m.includes(':') ? ':' : ','))
      .replace(/[,;:]+\s*([.!?])/g, '$1')
      .replace(/([.!?])\s*[,;:]+/g, '$1')
      .replace(/^[\s,;:]+/, '')
      .trim()
  );
}

const capitalise = (sentence: string) => sentence.charAt(0).toLocaleUpperCase('vi') + sentence.slice(1);

/**
 * A sentence ends with «.», «!» or «?»; a trailing «;» or «,» becomes «.». A colon that closes a paragraph
 * stays: it announces the list read next («… trong đó có:»).
 */
function closeSentence(sentence: string, keepColon = false): string {
  const trimmed = sentence.trim();
  if (keepColon && trimmed.endsWith(':')) return capitalise(trimmed);
  const bare = trimmed.replace(/[,;:]+$/, '');
  return capitalise(/[.!?]$/.test(bare) ? bare : `${bare}.`);
}

interface Split {
  at: number;
  mark: string;
  /** Words that open the second sentence. */
  bridge: string;
}

/**
 * The offsets where each counted word of a text ends (what countSyllables counts), in order: the words before
 * an offset are then counted without slicing the text again for each place a sentence could be cut.
 */
function wordEnds(text: string): number[] {
  const ends: number[] = [];
  for (const token of text.matchAll(/[^\s\-–—/]+/g))
    if (/[\p{L}\p{N}]/u.test(token[0])) ends.push(token.index + token[0].length);
  return ends;
}

/** Where to cut a long sentence: after «:», then «;», then a comma before a clause; or nowhere. */
function splitPoint(sentence: string): Split | undefined {
  const ends = wordEnds(sentence);
  let before = 0;
  let best: (Split & { rank: number }) | undefined;
  for (const match of sentence.matchAll(/[;:,]\s/g)) {
    const at = match.index + 1;
    // `at` is a space: no word runs across it, so the words before it and after it are all the words.
    while (before < ends.length && (ends[before] ?? 0) <= at) before++;
    const [left, right] = [before, ends.length - before];
    if (left < MIN_PART_SYLLABLES || right < MIN_PART_SYLLABLES) continue;
    const mark = match[0].charAt(0);
    const rest = sentence.slice(at + 1);
    const bridge = mark === ',' && resultClause.test(rest) ? 'qua đó, ' : '';
    const rank = mark === ':' ? 0 : mark === ';' ? 1 : clauseOpeners.test(rest) || bridge ? 2 : undefined;
    if (rank === undefined) continue;
    const candidate = { at, mark, bridge, rank: rank * 1000 + Math.abs(left - right) };
    if (best === undefined || candidate.rank < best.rank) best = candidate;
  }
  return best;
}

// A sentence longer than `max` cut in two, and each half again; a colon stays where it announces what follows.
function shortSentences(sentence: string, max: number, last: boolean): string[] {
  const split = countSyllables(sentence) > max ? splitPoint(sentence) : undefined;
  if (split === undefined) return [closeSentence(sentence, last)];
  const left = shortSentences(sentence.slice(0, split.at), max, split.mark === ':');
  return [...left, ...shortSentences(split.bridge + sentence.slice(split.at).trim(), max, last)];
}

/** One piece of text (a title, a paragraph) with its names, abbreviations and figures said in words. */
export function speakText(text: string, named: NamedSet = new Set()): string {
  let result = resolveParentheses(speakListNumber(stripMarkup(text)));
  result = nameResolution57(result, named);
  result = speakDocumentNumbers(result);
  result = expandAbbreviations(result, named);
  return tidy(speakFigures(result));
}

/**
 * Paragraphs of plain web text as a script to read aloud, one string per paragraph, each a run of short
 * sentences. Empty paragraphs (a paragraph that held only a link) are left out.
 */
export function toSpokenScript(paragraphs: readonly string[], options: SpokenOptions = {}): string[] {
  const named = options.named ?? new Set<string>();
  const max = options.maxSyllables ?? MAX_SENTENCE_SYLLABLES;
  return paragraphs
    .map((paragraph) => speakText(paragraph, named))
    .filter((paragraph) => /[\p{L}\p{N}]/u.test(paragraph))
    .map((paragraph) =>
      paragraph
        .split(/(?<=[.!?])\s+/)
        .flatMap((sentence, i, all) => shortSentences(sentence, max, i === all.length - 1))
        .join(' '),
    );
}
