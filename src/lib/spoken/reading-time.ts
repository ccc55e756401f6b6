// How long a script takes to read aloud. Vietnamese is written one syllable per word, so a script's words
// are its syllables (a hyphenated loan word, «ki-lô-mét», counts each part).
//
// The rate: a survey of 106 news items (29,444 syllables) read on Đài Tiếng nói Việt Nam measured 233
// syllables a minute (Khảo sát ngôn ngữ bản tin thời sự trên Đài Tiếng nói Việt Nam, a master's thesis,
// §3.3.1 «Tốc độ trung bình»). A ward's loudspeakers are heard outdoors, with echo between clusters, by many
// older listeners, and are read by ward staff rather than trained announcers, so they need a slower pace;
// the brief for this feature puts it at 150–180 syllables a minute (no published measure of ward
// loudspeakers was found). We take 160: inside that range, about 30% slower than national radio news.

/** Syllables a minute a ward broadcaster reads at. */
export const WORDS_PER_MINUTE = 160;

/** The words (syllables) of a text: runs of letters or digits between spaces and hyphens. */
export function countSyllables(text: string): number {
  return text.split(/[\s\-–—/]+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export interface ReadingTime {
  /** Words (syllables) read. */
  words: number;
  /** Seconds at the given rate, rounded up. */
  seconds: number;
}

/** How long `text` (a script, or its paragraphs) takes to read at `wordsPerMinute`. */
export function readingTime(text: string | readonly string[], wordsPerMinute: number = WORDS_PER_MINUTE): ReadingTime {
  if (!(wordsPerMinute > 0)) throw new RangeError(`Tốc độ đọc phải lớn hơn 0, không phải ${wordsPerMinute}`);
  const words = countSyllables(typeof text === 'string' ? text : text.join(' '));
  return { words, seconds: Math.ceil((words / wordsPerMinute) * 60) };
}

/** A reading time as a broadcaster plans by it, to the nearest 5 seconds: «2 phút 35 giây», «45 giây». */
export function durationText(seconds: number): string {
  const rounded = Math.max(5, Math.round(seconds / 5) * 5);
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (minutes === 0) return `${rest} giây`;
  return rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
}
