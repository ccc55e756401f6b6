// Scripts for the ward loudspeakers, derived from news and campaign text: the module's public surface.
// Pure functions, no Astro or Node APIs; the /truyen-thanh/ pages build on these.
export { abbreviations, expandAbbreviations, spokenAsWritten, unexplainedAbbreviations } from './abbreviations.ts';
export { dateToWords, dayMonthToWords, partialDateToWords, timeToWords, type DateParts } from './dates.ts';
export { nameResolution57, speakDocumentNumbers, type NamedSet } from './documents.ts';
export { speakFigures } from './figures.ts';
export { digitsToWords, numberToWords, ordinalWord, writtenNumberToWords } from './numbers.ts';
export { WORDS_PER_MINUTE, countSyllables, durationText, readingTime, type ReadingTime } from './reading-time.ts';
export { MAX_SENTENCE_SYLLABLES, speakText, toSpokenScript, type SpokenOptions } from './script.ts';
export {
  BULLETIN_SECONDS,
  ITEM_MAX_SECONDS,
  assembleBulletin,
  closingFormula,
  formulaProblems,
  itemScript,
  openingFormula,
  overrideParagraphs,
  scriptText,
  type BodyBlock,
  type Bulletin,
  type BulletinOptions,
  type BulletinSegment,
  type BulletinSource,
  type BulletinUnit,
  type ItemKind,
} from './bulletin.ts';
