// Legal documents as a broadcaster names them. Resolution 57 («NQ57», «Nghị quyết 57», «Nghị quyết số
// 57-NQ/TW», «57-NQ/TW») becomes «Nghị quyết năm mươi bảy của Bộ Chính trị» on first mention and «Nghị quyết
// năm mươi bảy» after. Any other document symbol («Kế hoạch số 192/KH-UBND») is read by its number alone
// («Kế hoạch số một trăm chín mươi hai»): the letters after the number are a filing code, not words. Where
// the code names an issuer the sentence does not already name, «của …» is added.
import { numberToWords } from './numbers.ts';

/** Names already given in full in this broadcast; the first mention adds the full name and records it. */
export type NamedSet = Set<string>;

const RESOLUTION_57 = 'NQ57';

const resolution57 =
  /(?<![\p{L}\p{N}])(?:(?<name>[Nn]ghị quyết|NQ)\s*(?:số\s+)?(?<number>57|năm mươi bảy)(?:\s*-?\s*NQ\s*\/\s*TW)?|57-NQ\/TW)(?![\p{L}\p{N}])(?<date>\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4})?(?<issuer>\s+của\s+Bộ\s+Chính\s+trị)?(?<other>\s+của(?=\s))?/gu;

/**
 * «Nghị quyết năm mươi bảy của Bộ Chính trị» the first time, «Nghị quyết năm mươi bảy» after: a «của Bộ Chính
 * trị» the text writes right after a later mention is left out too. A mention already in words (an editor's
 * own script, or a script read again) is left as written; one that names the issuer counts as the first.
 */
export function nameResolution57(text: string, named: NamedSet): string {
  return text.replace(resolution57, (match, ...args) => {
    const groups = args.at(-1) as { name?: string; number?: string; date?: string; issuer?: string; other?: string };
    const first = !named.has(RESOLUTION_57);
    if (groups.number === 'năm mươi bảy') {
      if (groups.issuer !== undefined) named.add(RESOLUTION_57);
      return match;
    }
    const name = groups.name?.startsWith('n') ? 'nghị quyết' : 'Nghị quyết';
    // «Nghị quyết 57 của phường» (the ward's work on it): no second «của»; the full name waits for the next mention.
    const add = first && groups.other === undefined;
    if (add || groups.issuer !== undefined) named.add(RESOLUTION_57);
    // A written date keeps its issuer: «Nghị quyết năm mươi bảy ngày … của Bộ Chính trị» is how it is cited.
    const issuer = add || (groups.issuer !== undefined && groups.date !== undefined) ? ' của Bộ Chính trị' : '';
    return `${name} năm mươi bảy${groups.date ?? ''}${issuer}${groups.other ?? ''}`;
  });
}

// Issuers named by the last part of a document symbol. The symbol (number/type-issuer) follows Nghị định
// 30/2020/NĐ-CP on official documents, Phụ lục I («số, ký hiệu của văn bản»); where the content writes the
// issuer out beside a symbol, the comment quotes it.
const issuers: Record<string, string> = {
  // «Thủ tướng Chính phủ ban hành Quyết định số 1169/QĐ-TTg» (content/shared/campaigns/tim-hieu-nghi-quyet-57.mdx).
  TTg: 'Thủ tướng Chính phủ',
  // «Nghị quyết số 71/NQ-CP»: a resolution of the Government (Chính phủ), as every «/NQ-CP» is.
  CP: 'Chính phủ',
  // «Kế hoạch số 02-KH/BCĐTW»: Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo
  // và chuyển đổi số, the steering committee Resolution 57 set up.
  BCĐTW: 'Ban Chỉ đạo Trung ương',
  // «Kế hoạch hành động số 09-KH/ĐU», later «Kế hoạch hành động của Đảng ủy đặc khu»
  // (content/units/cat-hai/news/ke-hoach-tuyen-truyen-nghi-quyet-57.mdx).
  ĐU: 'Đảng ủy',
};

const symbol = /(?<![\p{L}\p{N}/])(?<number>\d+)(?:\/\d{4})?[-/](?<code>\p{Lu}[\p{L}\p{N}&]*(?:[-/][\p{L}\p{N}&]+)*)/gu;

/** How far around a document symbol its sentence is searched for the issuer's name: a long sentence's near part. */
const AROUND = 300;

/**
 * The rest of the sentence before and after each match of a text: up to a «.» or «;» that ends a clause (not
 * «9.096»), and at most AROUND characters either way. The clause ends are found once for the whole text,
 * each match's by a binary search: the time grows with the text, not with its square.
 */
function sentencesIn(text: string): (start: number, end: number) => { before: string; after: string } {
  const ends = [...text.matchAll(/[.;](?=\s|$)/g)].map((match) => match.index);
  /** The number of clause ends before `offset`. */
  const endsBefore = (offset: number) => {
    let [low, high] = [0, ends.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((ends[middle] ?? 0) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return (start, end) => {
    const from = ends[endsBefore(start) - 1] ?? -1;
    const to = ends[endsBefore(end)] ?? text.length;
    return {
      before: text.slice(Math.max(from + 1, start - AROUND), start),
      after: text.slice(end, Math.min(to, end + AROUND)),
    };
  };
}

/** «Kế hoạch số 192/KH-UBND» → «Kế hoạch số một trăm chín mươi hai»; «Chỉ thị số 33/CT-TTg» → «… của Thủ tướng Chính phủ». */
export function speakDocumentNumbers(text: string): string {
  const sentenceAround = sentencesIn(text);
  return text.replace(symbol, (match, ...args) => {
    const offset = args.at(-3) as number;
    const groups = args.at(-1) as { number: string; code: string };
    const { before, after } = sentenceAround(offset, offset + match.length);
    const lead = /(^|\s)số\s*$/u.test(before) ? '' : 'số ';
    const parts = groups.code.split(/[-/]/).slice(1);
    const issuer = parts.map((part) => issuers[part]).findLast((name) => name !== undefined);
    const namedAlready =
      issuer === undefined || /(^|\s)của\s/u.test(after) || before.includes(issuer) || after.includes(issuer);
    return `${lead}${numberToWords(groups.number)}${namedAlready ? '' : ` của ${issuer}`}`;
  });
}
