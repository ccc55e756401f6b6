// Abbreviations a listener cannot see, said in full. The table holds only the abbreviations the site's
// content uses (collected from content/ in December 2026) whose meaning is certain; each cites where the
// content or the law spells it out. Names people say as written (mã QR, màn hình LED, VNeID) are kept.
import type { NamedSet } from './documents.ts';
import { escapeRegExp } from '../regexp.ts';

export interface Abbreviation {
  /** As written, matched as a whole word, case-sensitive. */
  written: string;
  /** What is read instead, every time. */
  spoken: string;
  /** For a name kept as written: the explanation added after it the first time, as a clause. */
  firstMention?: string;
}

export const abbreviations: readonly Abbreviation[] = [
  // «issuer: UBND phường Hồng Bàng» beside «Ủy ban nhân dân phường Hồng Bàng» in the body
  // (content/units/hong-bang/news/ke-hoach-36-tuyen-truyen-nghi-quyet-57.mdx).
  { written: 'UBND', spoken: 'Ủy ban nhân dân' },
  // «issuer: HĐND thành phố Hải Phòng» beside «Nghị quyết … của Hội đồng nhân dân thành phố Hải Phòng»
  // (content/shared/faq/nop-ho-tich-truc-tuyen-co-mat-phi-khong.md).
  { written: 'HĐND', spoken: 'Hội đồng nhân dân' },
  // The message «Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số …» is noted as summing up
  // «Lợi ích của KHCN, ĐMST và CĐS …» (content/shared/messages/loi-ich-cho-cuoc-song.yaml).
  { written: 'KHCN', spoken: 'khoa học, công nghệ' },
  { written: 'ĐMST', spoken: 'đổi mới sáng tạo' },
  { written: 'CĐS', spoken: 'chuyển đổi số' },
  // Thủ tục hành chính, the term of Nghị định 63/2010/NĐ-CP on their control; «bảng tra cứu TTHC cấp xã» is
  // the list the procedure guides (content/shared/procedures/) are built from.
  { written: 'TTHC', spoken: 'thủ tục hành chính' },
  // «thẻ bảo hiểm y tế (thẻ BHYT)» (content/shared/procedures/lien-thong-khai-sinh-cap-the-bhyt.yaml).
  { written: 'BHYT', spoken: 'bảo hiểm y tế' },
  // «ứng dụng trí tuệ nhân tạo (AI)» (content/shared/indicators/can-bo-tap-huan-ky-nang-so.yaml).
  { written: 'AI', spoken: 'trí tuệ nhân tạo' },
  // «Zalo: trang Zalo OA chính thức của đơn vị» (content/shared/allowed-hosts.yaml); OA is Zalo's
  // «Official Account».
  { written: 'Zalo OA', spoken: 'Zalo chính thức' },
  // OCOP: Chương trình Mỗi xã một sản phẩm (One Commune One Product), approved by Quyết định
  // 490/QĐ-TTg of 07/5/2018; the products are known by the name, so it is kept and explained once.
  { written: 'OCOP', spoken: 'OCOP', firstMention: 'tức Chương trình Mỗi xã một sản phẩm' },
  // MOOCs: Massive Open Online Courses, «khóa học trực tuyến mở đại trà»; the content calls them «nền tảng
  // học trực tuyến MOOCs» (content/shared/indicators/can-bo-hoan-thanh-mooc.yaml).
  { written: 'MOOCs', spoken: 'MOOCs', firstMention: 'tức các khóa học trực tuyến mở đại trà' },
];

/** Read as written: names of apps and platforms, and letters every listener knows (mã QR, màn hình LED). */
export const spokenAsWritten: readonly string[] = ['QR', 'LED', 'VNeID', 'eGovDSS', 'eGov-Residential', 'YouTube'];

const word = (text: string) => `(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`;

/**
 * Every abbreviation of the table said in full. Where the text already spells it out and repeats the
 * letters («trí tuệ nhân tạo – AI»), the letters go.
 */
export function expandAbbreviations(text: string, named: NamedSet): string {
  let result = text;
  for (const { written, spoken, firstMention } of abbreviations) {
    if (spoken !== written) {
      result = result.replace(new RegExp(`${escapeRegExp(spoken)}\\s*[–—-]\\s*${word(written)}`, 'gu'), spoken);
    }
    // A text that explains the name already (an editor's own script) is not explained twice.
    if (firstMention !== undefined && result.includes(firstMention)) named.add(written);
    result = result.replace(new RegExp(word(written), 'gu'), () => {
      if (firstMention === undefined || named.has(written)) return spoken;
      named.add(written);
      return `${spoken}, ${firstMention},`;
    });
  }
  return result;
}

/** Whether `text` is one abbreviation and nothing else, as in «(AI)» after «trí tuệ nhân tạo». */
export function isAbbreviation(text: string): boolean {
  const trimmed = text.trim();
  return abbreviations.some((a) => a.written === trimmed) || spokenAsWritten.includes(trimmed);
}

/**
 * Words of two or more capitals left in `text` that the table neither expands nor keeps on purpose: what a
 * listener would hear as letters with no meaning. An empty list means nothing is left unexplained.
 */
export function unexplainedAbbreviations(text: string): string[] {
  const kept = new Set([...spokenAsWritten, ...abbreviations.map((a) => a.spoken)]);
  const words = text.match(/[\p{L}\p{N}&-]+/gu) ?? [];
  return [...new Set(words.filter((w) => (w.match(/\p{Lu}/gu) ?? []).length >= 2 && !kept.has(w)))];
}
