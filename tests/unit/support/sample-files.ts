// The smallest bytes of each type editors may publish, made here rather than committed: what file-type reads
// to tell a type (the signature, a container's header, a ZIP's first entries), and nothing more.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

const bytes = (...parts: (string | number[] | Buffer)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** A ZIP archive whose entries are stored (not compressed): local headers, then the central directory. */
export function zip(entries: readonly [string, string][]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const data = Buffer.from(text);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(data.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(crc32(data), 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    local.push(head, Buffer.from(name), data);
    central.push(dir, Buffer.from(name));
    offset += 30 + name.length + data.length;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

const wordml = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
/** An OLE compound file (the DOC, XLS and MSI container) holding the named stream. */
const compoundFile = (stream: string) =>
  bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], Buffer.alloc(504), Buffer.from(stream, 'utf16le'));
/** An MPEG audio frame header (MPEG-1 layer 3, 128 kbps, 44.1 kHz) and its frame. */
const mp3Frame = bytes([0xff, 0xfb, 0x90, 0x64], Buffer.alloc(413));
/** An ISO media file's first box: its brand says MP4, M4A, AVIF… */
const ftyp = (brand: string) => bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 2, 0], brand, 'mp41');

/** A valid file of each allowed extension, by its bytes. */
export const samples = {
  png: readFileSync(
    join(import.meta.dirname, '..', '..', 'fixtures', 'valid', 'units', 'demo', 'news', 'anh-bia-mau.png'),
  ),
  jpg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF', [0], Buffer.alloc(64)),
  gif: bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0], ';'),
  webp: bytes('RIFF', [0x1a, 0, 0, 0], 'WEBPVP8 ', Buffer.alloc(32)),
  avif: bytes(ftyp('avif'), Buffer.alloc(32)),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'),
  pdf: bytes('%PDF-1.4\n% mẫu\n'),
  doc: compoundFile('WordDocument'),
  docx: zip([
    ['[Content_Types].xml', `<Types><Override PartName="/word/document.xml" ContentType="${wordml}"/></Types>`],
    ['word/document.xml', '<w:document/>'],
  ]),
  odt: zip([['mimetype', 'application/vnd.oasis.opendocument.text']]),
  mp3: bytes(mp3Frame, mp3Frame, mp3Frame),
  m4a: bytes(ftyp('M4A '), Buffer.alloc(32)),
  ogg: bytes('OggS', Buffer.alloc(24), 'OpusHead', Buffer.alloc(16)),
  opus: bytes('OggS', Buffer.alloc(24), 'OpusHead', Buffer.alloc(16)),
  webm: bytes(
    [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 1, 0x42, 0xf7, 0x81, 1, 0x42, 0xf2, 0x81, 4, 0x42, 0xf3, 0x81, 8],
    [0x42, 0x82, 0x84],
    'webm',
    [0x42, 0x87, 0x81, 2, 0x42, 0x85, 0x81, 2],
    Buffer.alloc(32),
  ),
  mp4: bytes(ftyp('isom'), Buffer.alloc(32)),
  vtt: Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\n<v Cán bộ>Xin chào <b>bà con</b>.\n'),
} satisfies Record<string, Buffer>;

/** An Excel 97–2003 file (an OLE compound file without Word's stream), to be named .doc. */
export const excelCompoundFile = compoundFile('Workbook');
/** A PNG signature with a page after it: what a browser that sniffed would take for HTML. */
export const pngThenHtml = bytes(samples.png.subarray(0, 33), '<html><script>alert(document.domain)</script>');
export const htmlPage = Buffer.from('<!doctype html><script>localStorage.getItem("x")</script>');
