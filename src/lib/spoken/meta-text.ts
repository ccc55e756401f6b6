// Web meta-text, which a loudspeaker listener cannot follow: sentences about the article itself («Bài viết dựa
// trên hai báo cáo…», «Mỗi con số ghi rõ lấy từ báo cáo nào») or about the page («dưới đây», «trang này»,
// «xem bảng»). The content check refuses them in what the loudspeakers read: an editor's script, or else the
// title, summary and body a script is made from (src/schemas/index.ts). Natural language has no allow-list, so
// this is a short list of phrases, each matched as whole words, case aside.

const phrases = [
  // The article speaking of itself.
  'bài viết này',
  'bài viết dựa',
  'bài viết tóm tắt',
  'bài viết kể',
  'bài viết tổng hợp',
  'bài viết giới thiệu',
  'trong bài viết',
  'trong bài này',
  'số liệu trong bài',
  'mỗi con số',
  // The page and the screen.
  'trang này',
  'trang web này',
  'dưới đây',
  'bên dưới',
  'nêu ở trên',
  'ghi ở trên',
  // «Bấm vào nút …» stays: on air it tells a listener how to use an app.
  'xem bảng',
  'xem biểu đồ',
] as const;

const escape = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** The meta-text phrases a text holds, as written there, each once, in order. */
export function metaTextIn(text: string): string[] {
  return [...new Set([...text.normalize('NFC').matchAll(pattern)].map((m) => m[0].replace(/\s+/g, ' ')))];
}

/** What the check says of a text that holds meta-text, read on air (`own`: the editor's script) or not. */
export function metaTextMessage(found: readonly string[], own: boolean): string {
  const quoted = found.map((f) => `«${f}»`).join(', ');
  const fix = own
    ? 'Viết lại câu đó như lời nói với bà con'
    : 'Viết lại câu đó cho cả người đọc lẫn người nghe, hoặc viết lời đọc riêng ở «Lời đọc trên loa truyền thanh» (spokenScript)';
  return `có ${quoted}: lời này chỉ hợp với trang web, đọc trên loa truyền thanh người nghe không hiểu. ${fix}.`;
}
