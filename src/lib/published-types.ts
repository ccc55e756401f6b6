// What files editors may publish (public/, the web editor's media folder public/tep/, images beside content):
// an allow-list by extension, each with the type its bytes must show (as the package file-type names it) and
// a size limit, and the messages that say what is wrong and how to fix it. Pure; src/checks/published-files.ts
// reads the files. Anything not listed (HTML, JS, CSS, XML, archives, programs…) is never published.

/** How a file of an allowed type is checked beyond its size. */
export type TypeCheck =
  /** Its bytes must be one of `detected` (file-type). */
  | 'bytes'
  /** An SVG image: text, parsed and held to the SVG allow-list (src/lib/svg-safety.ts). */
  | 'svg'
  /** WebVTT captions: text starting «WEBVTT» (captionsProblem). */
  | 'captions'
  /** A content file (Markdown, YAML, JSON) under content/: the content check reads it, nothing publishes it. */
  | 'content';

export interface PublishedType {
  /** What the reader calls it, in messages: «ảnh PNG». */
  label: string;
  check: TypeCheck;
  /** The types file-type may find in its bytes (check 'bytes'). */
  detected?: readonly string[];
  maxBytes: number;
  /** What to do when the file is too heavy. */
  shrink: string;
  /** An image: what image fields of the web editor accept. */
  image?: true;
  /** An office form: hosts send it as a download (Content-Disposition: attachment), never opened in the browser. */
  download?: true;
}

const kB = 1024;
const MB = 1024 * kB;

/** Raster and vector images: heavier than this slow every page they are on, most of all on a phone. */
export const maxImageBytes = 500 * kB;

const imageShrink =
  'Thu nhỏ ảnh còn rộng tối đa khoảng 1600 điểm ảnh (px) và lưu lại dạng JPEG hoặc WebP (chất lượng khoảng 80%).';
const image = (label: string, detected: readonly string[]): PublishedType => ({
  label,
  check: 'bytes',
  detected,
  maxBytes: maxImageBytes,
  shrink: imageShrink,
  image: true,
});
const form = (label: string, detected: readonly string[]): PublishedType => ({
  label,
  check: 'bytes',
  detected,
  maxBytes: 5 * MB,
  shrink: 'Xóa ảnh thừa trong biểu mẫu hoặc lưu lại dạng PDF.',
  download: true,
});
const audio = (label: string, detected: readonly string[]): PublishedType => ({
  label,
  check: 'bytes',
  detected,
  maxBytes: 20 * MB,
  shrink: 'Xuất lại tệp âm thanh dạng MP3 64 kbps một kênh (mono), đủ cho lời đọc trên loa.',
});
const videoShrink =
  'Xuất lại video rộng 1280 điểm ảnh (720p), hoặc cắt thành các đoạn ngắn; video dài thì đăng lên YouTube.';

/** The allow-list: lower-case extension → what the file must be. */
export const publishedTypes: Readonly<Record<string, PublishedType>> = {
  jpg: image('ảnh JPEG', ['jpg']),
  jpeg: image('ảnh JPEG', ['jpg']),
  png: image('ảnh PNG', ['png', 'apng']),
  webp: image('ảnh WebP', ['webp']),
  avif: image('ảnh AVIF', ['avif']),
  gif: image('ảnh GIF', ['gif']),
  svg: {
    label: 'ảnh SVG',
    check: 'svg',
    maxBytes: maxImageBytes,
    shrink: 'Xuất lại ảnh dạng SVG tối ưu, hoặc PNG.',
    image: true,
  },
  pdf: {
    label: 'tệp PDF',
    check: 'bytes',
    detected: ['pdf'],
    maxBytes: 10 * MB,
    shrink: 'Lưu lại PDF ở chế độ «nén» (giảm kích thước).',
  },
  // A Word 97–2003 file is an OLE compound file, as is an Excel file or an installer: the check also looks
  // for Word's own stream (wordStreamName).
  doc: form('biểu mẫu Word (DOC)', ['cfb']),
  docx: form('biểu mẫu Word (DOCX)', ['docx']),
  odt: form('biểu mẫu ODT', ['odt']),
  mp3: audio('âm thanh MP3', ['mp3']),
  m4a: audio('âm thanh M4A', ['m4a', 'mp4']),
  ogg: audio('âm thanh OGG', ['ogg', 'opus', 'oga']),
  opus: audio('âm thanh Opus', ['opus']),
  webm: {
    label: 'âm thanh hoặc video WebM',
    check: 'bytes',
    detected: ['webm'],
    maxBytes: 50 * MB,
    shrink: videoShrink,
  },
  mp4: { label: 'video MP4', check: 'bytes', detected: ['mp4', 'm4v'], maxBytes: 50 * MB, shrink: videoShrink },
  vtt: {
    label: 'phụ đề WebVTT',
    check: 'captions',
    maxBytes: 512 * kB,
    shrink: 'Tách phụ đề theo từng video.',
  },
};

/** What an image field of the web editor lets editors pick (the HTML `accept` attribute): «.jpg,.png,…». */
export const imageAccept = Object.entries(publishedTypes)
  .filter(([, type]) => type.image)
  .map(([ext]) => `.${ext}`)
  .join(',');

/** The heaviest file of any type: the web editor refuses an upload above it. */
export const maxPublishedBytes = Math.max(...Object.values(publishedTypes).map((type) => type.maxBytes));

/** Content files: allowed under content/ only, where the content check reads them and nothing publishes them. */
const contentTypes: Readonly<Record<string, PublishedType>> = Object.fromEntries(
  ['md', 'mdx', 'yaml', 'yml', 'json'].map((ext) => [
    ext,
    { label: 'tệp nội dung', check: 'content', maxBytes: Infinity, shrink: '' } satisfies PublishedType,
  ]),
);

/** The name of the stream every Word 97–2003 document holds, as its directory stores it (UTF-16LE). */
export const wordStreamName = 'WordDocument';

/** «.pdf» of «To khai.PDF»; '' when the name has no extension. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

const allowedList =
  'ảnh (JPG, PNG, WebP, AVIF, GIF, SVG), PDF, biểu mẫu (DOC, DOCX, ODT), âm thanh (MP3, M4A, OGG, OPUS, WebM), video (MP4, WebM) và phụ đề (VTT)';

/** Where a file is: under content/ (beside the entries) or public/ (published as it is). */
export type Place = 'content' | 'public';

/** A file name as a message shows it: control characters made visible, so a name cannot forge output. */
export function shownName(name: string): string {
  return /[\p{Cc}\p{Cf}]/u.test(name) ? JSON.stringify(name).slice(1, -1) : name;
}

/**
 * The type a file's name says it is, or why no file of that name may be published: a hidden file, a name
 * with control characters, an extension not on the allow-list.
 */
export function publishedTypeOf(name: string, place: Place): PublishedType | string {
  const shown = shownName(name);
  if (/[\p{Cc}]/u.test(name))
    return `tên tệp «${shown}» có ký tự điều khiển (xuống dòng, tab…). Đổi tên tệp chỉ gồm chữ, số và dấu gạch ngang.`;
  if (name.startsWith('.'))
    return `tệp ẩn «${shown}» (tên bắt đầu bằng dấu chấm, thường do máy tự tạo) không được đăng. Xóa tệp này.`;
  const ext = extensionOf(name);
  const type = publishedTypes[ext] ?? (place === 'content' ? contentTypes[ext] : undefined);
  if (type) return type;
  const what = ext ? `có đuôi «.${ext}»` : 'không có đuôi (phần .pdf, .jpg… ở cuối tên)';
  const page =
    ext === 'html' || ext === 'htm' || ext === 'js' || ext === 'mjs' || ext === 'xhtml'
      ? ' Trang web và mã chạy trên trang không bao giờ được đăng: nội dung thì viết thành bài trong trang soạn thảo.'
      : '';
  return `tệp «${shown}» ${what}, không phải loại tệp chuyên trang đăng. Chỉ đăng được ${allowedList}.${page} Xóa tệp này, hoặc lưu lại đúng một trong các loại trên.`;
}

/** A hidden folder (its name starts with a dot), or undefined. */
export function folderProblem(name: string): string | undefined {
  const shown = shownName(name);
  if (/[\p{Cc}]/u.test(name))
    return `tên thư mục «${shown}» có ký tự điều khiển (xuống dòng, tab…). Đổi tên thư mục chỉ gồm chữ, số và dấu gạch ngang.`;
  return name.startsWith('.')
    ? `thư mục ẩn «${shown}» (tên bắt đầu bằng dấu chấm) không được đăng. Xóa thư mục này.`
    : undefined;
}

/** What to say about a link: never where it leads (that would print a path of the build machine). */
export function linkProblem(name: string): string {
  return `«${shownName(name)}» là liên kết tượng trưng (symlink), không phải tệp: chuyên trang không đăng và không đọc liên kết. Xóa liên kết, rồi chép chính tệp cần đăng vào chỗ này.`;
}

/** Something in the folder that is neither a file, a folder nor a link (a pipe, a socket, a device). */
export function specialFileProblem(name: string): string {
  return `«${shownName(name)}» không phải tệp thường (là thiết bị, ống hoặc socket của máy). Xóa nó khỏi thư mục.`;
}

const sizeText = (bytes: number) =>
  bytes >= MB
    ? `${(bytes / MB).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`
    : `${Math.ceil(bytes / kB)} kB`;

export function sizeProblem(name: string, type: PublishedType, bytes: number): string | undefined {
  if (bytes <= type.maxBytes) return undefined;
  return `${type.label} «${shownName(name)}» nặng ${sizeText(bytes)}, quá giới hạn ${sizeText(type.maxBytes)}. ${type.shrink}`;
}

/**
 * Why a file's bytes are not what its extension says (`detected`: the type file-type found, undefined for
 * text or unknown bytes), or undefined when they are.
 */
export function bytesProblem(name: string, type: PublishedType, detected: string | undefined): string | undefined {
  if (detected && type.detected?.includes(detected)) return undefined;
  const found = detected
    ? `nội dung là tệp ${detected.toUpperCase()}`
    : 'nội dung là chữ (có thể là trang web) hoặc tệp hỏng';
  return `tệp «${shownName(name)}» mang đuôi của ${type.label} nhưng ${found}. Mở tệp gốc và lưu (xuất) lại đúng dạng ${type.label}; đổi đuôi tệp không đổi được loại tệp.`;
}

/** A DOC file whose bytes are an OLE compound file without Word's stream: an Excel file, an installer… */
export function notWordProblem(name: string): string {
  return `tệp «${shownName(name)}» mang đuôi .doc nhưng không phải văn bản Word. Mở tệp gốc trong Word và lưu lại dạng DOCX hoặc PDF.`;
}

/** Text that is not UTF-8: an SVG or captions file saved in another encoding, or bytes that are not text. */
export function notTextProblem(name: string, type: PublishedType): string {
  return `${type.label} «${shownName(name)}» không phải chữ mã UTF-8 (có thể là tệp khác đổi đuôi). Lưu (xuất) lại tệp dạng ${type.label}, bảng mã UTF-8.`;
}

/** Tags a WebVTT cue may hold (bold, italic, underline, class, voice, language, ruby); timestamps aside. */
const cueTags = new Set(['b', 'i', 'u', 'c', 'v', 'lang', 'ruby', 'rt']);

/**
 * Why a captions file is not plain WebVTT, or undefined: it must start with «WEBVTT», hold no STYLE block
 * (CSS that could load files from elsewhere) and no tag but the few WebVTT defines.
 */
export function captionsProblem(name: string, text: string): string | undefined {
  const shown = shownName(name);
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!/^WEBVTT(?:[ \t]|\r?\n|$)/.test(body))
    return `phụ đề «${shown}» không bắt đầu bằng dòng «WEBVTT», nên không phải tệp WebVTT. Xuất lại phụ đề dạng WebVTT (.vtt) từ phần mềm làm phụ đề.`;
  const lines = body.split(/\r?\n/);
  const style = lines.findIndex((line, i) => i > 0 && /^STYLE[ \t]*$/.test(line) && lines[i - 1]?.trim() === '');
  if (style >= 0)
    return `phụ đề «${shown}» có khối STYLE ở dòng ${style + 1}: chuyên trang tự trình bày phụ đề. Xóa khối STYLE.`;
  for (const [i, line] of lines.entries()) {
    for (const match of line.matchAll(/<\/?([^\s>./]*)/g)) {
      const tag = match[1] ?? '';
      if (/^\d/.test(tag) || cueTags.has(tag)) continue;
      return `phụ đề «${shown}» có thẻ «<${shownName(tag)}» ở dòng ${i + 1}, không phải thẻ của WebVTT. Xóa thẻ; phụ đề chỉ cần chữ (và <b>, <i>, <u> nếu cần nhấn mạnh).`;
    }
  }
  return undefined;
}
