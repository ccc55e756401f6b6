// A content file's text, read as untrusted input: a link (symlink) or anything but a plain file is refused
// without being followed, a file over its kind's size limit before a byte of it is read, bytes that are not
// UTF-8 and control characters (a binary file, a NUL) once read. Each refusal is a ContentSyntaxError whose
// message names what is wrong and where (a line), never the file's contents nor where a link points.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { ContentSyntaxError } from './read-file.ts';

const kB = (bytes: number) => Math.ceil(bytes / 1024);

/** The 1-based line of an offset in a text. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The offset of the first byte that is not UTF-8, found by decoding ever shorter beginnings of the file. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decodes = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let [good, bad] = [0, bytes.length];
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  return good;
}

/** The offset of the first control character but tab, line feed and carriage return; -1 when none. */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127) return i;
  }
  return -1;
}

/** Bytes → text; a byte order mark is dropped. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const line = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).split('\n').length;
    throw new ContentSyntaxError(
      `tệp không phải văn bản UTF-8 (byte sai ở dòng ${line}): lưu lại tệp với bảng mã UTF-8, hoặc gõ lại dòng đó.`,
    );
  }
  // Tab, line feed and carriage return are text; any other control character means a binary file or a paste gone wrong.
  const at = firstControl(text);
  if (at >= 0) {
    const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    throw new ContentSyntaxError(
      `tệp có ký tự điều khiển U+${code} ở dòng ${lineOf(text, at)}, không phải chữ: có lẽ đây là tệp nhị phân, hoặc chữ được dán từ nơi khác. Xóa ký tự đó (gõ lại dòng ấy).`,
    );
  }
  return text;
}

/**
 * The text of one content file at `path`, at most `maxBytes` long; `kind` (what editors call the kind) is
 * named when the file is too big. Throws ContentSyntaxError when the file cannot be read as content.
 */
export function readFileText(path: string, maxBytes: number, kind?: string): string {
  let fd: number;
  try {
    if (lstatSync(path).isSymbolicLink()) {
      throw new ContentSyntaxError(
        'là một liên kết (symlink) tới tệp khác, không phải tệp nội dung: xóa liên kết này và đặt chính tệp nội dung vào đây.',
      );
    }
    // O_NOFOLLOW: a link put in its place between the look and the open is refused too.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if (error instanceof ContentSyntaxError) throw error;
    throw new ContentSyntaxError(
      `không mở được tệp (${(error as NodeJS.ErrnoException).code ?? 'lỗi đọc tệp'}): kiểm tra tệp còn đó và đọc được.`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ContentSyntaxError('không phải một tệp thường (có thể là thư mục hay thiết bị).');
    if (stat.size > maxBytes) {
      const of = kind ? ` của mục ${kind}` : '';
      throw new ContentSyntaxError(
        `tệp nặng ${kB(stat.size)} kB, quá giới hạn ${kB(maxBytes)} kB${of}: chia thành nhiều bài, bỏ phần chép thừa, hoặc đặt tài liệu dài thành tệp tải về trong thư mục public.`,
      );
    }
    // Read at most the limit and one byte more: a file grown since the look is refused, never read whole.
    const bytes = new Uint8Array(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < bytes.length) {
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) throw new ContentSyntaxError(`tệp nặng hơn giới hạn ${kB(maxBytes)} kB.`);
    return decodeText(bytes.subarray(0, length));
  } catch (error) {
    if (error instanceof ContentSyntaxError) throw error;
    throw new ContentSyntaxError(
      `không đọc được tệp (${(error as NodeJS.ErrnoException).code ?? 'lỗi đọc tệp'}): kiểm tra tệp còn đó và đọc được.`,
    );
  } finally {
    closeSync(fd);
  }
}
