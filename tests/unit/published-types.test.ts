import { describe, expect, it } from 'vitest';
import {
  bytesProblem,
  captionsProblem,
  extensionOf,
  linkProblem,
  maxImageBytes,
  publishedTypeOf,
  publishedTypes,
  shownName,
  sizeProblem,
} from '../../src/lib/published-types.ts';
import { maxImageBytes as lintImageBytes } from '../../src/checks/content-lint.ts';

const typeOf = (name: string, place: 'content' | 'public' = 'public') => {
  const type = publishedTypeOf(name, place);
  if (typeof type === 'string') throw new Error(type);
  return type;
};

describe('publishedTypeOf', () => {
  it.each([
    'anh.jpg',
    'ANH.JPG',
    'to-khai.pdf',
    'mau.docx',
    'mau.doc',
    'mau.odt',
    'bai.mp3',
    'video.webm',
    'phu-de.vtt',
  ])('allows %s', (name) => expect(typeof publishedTypeOf(name, 'public')).toBe('object'));

  it.each([
    ['trang.html', /đuôi «\.html».*Trang web và mã chạy trên trang không bao giờ được đăng/],
    ['ma.js', /đuôi «\.js».*không bao giờ được đăng/],
    ['anh.svgz', /đuôi «\.svgz»/],
    ['du-lieu.json', /đuôi «\.json»/],
    ['README', /không có đuôi/],
    ['.DS_Store', /tệp ẩn «\.DS_Store»/],
    ['anh\n✓ Nội dung hợp lệ.png', /ký tự điều khiển/],
  ])('refuses %s in public/', (name, message) => {
    expect(publishedTypeOf(name, 'public')).toMatch(message);
  });

  it('leaves content files under content/ to the content check, and refuses them in public/', () => {
    expect(typeOf('tin.mdx', 'content').check).toBe('content');
    expect(publishedTypeOf('tin.mdx', 'public')).toMatch(/đuôi «\.mdx»/);
  });

  it('keeps one image limit with the content lint', () => {
    expect(maxImageBytes).toBe(lintImageBytes);
    expect(typeOf('a.svg').maxBytes).toBe(maxImageBytes);
  });

  it('has a size limit for every type', () => {
    for (const type of Object.values(publishedTypes)) expect(type.maxBytes).toBeLessThanOrEqual(50 * 1024 * 1024);
  });
});

describe('messages', () => {
  it('names the file and the limit when a file is too heavy', () => {
    expect(sizeProblem('to-khai.pdf', typeOf('to-khai.pdf'), 12.5 * 1024 * 1024)).toBe(
      'tệp PDF «to-khai.pdf» nặng 12,5 MB, quá giới hạn 10 MB. Lưu lại PDF ở chế độ «nén» (giảm kích thước).',
    );
    expect(sizeProblem('to-khai.pdf', typeOf('to-khai.pdf'), 10 * 1024 * 1024)).toBeUndefined();
  });

  it('says what the bytes are when the extension lies', () => {
    expect(bytesProblem('anh.png', typeOf('anh.png'), undefined)).toMatch(
      /^tệp «anh\.png» mang đuôi của ảnh PNG nhưng nội dung là chữ \(có thể là trang web\)/,
    );
    expect(bytesProblem('to-khai.pdf', typeOf('to-khai.pdf'), 'zip')).toContain('nội dung là tệp ZIP');
    expect(bytesProblem('anh.png', typeOf('anh.png'), 'png')).toBeUndefined();
  });

  it('never says where a link leads', () => {
    expect(linkProblem('passwd')).toBe(
      '«passwd» là liên kết tượng trưng (symlink), không phải tệp: chuyên trang không đăng và không đọc liên kết. Xóa liên kết, rồi chép chính tệp cần đăng vào chỗ này.',
    );
  });

  it('shows control characters in a name instead of printing them', () => {
    expect(shownName('a\nb\u001b[2J')).toBe('a\\nb\\u001b[2J');
    expect(extensionOf('Tờ khai.PDF')).toBe('pdf');
    expect(extensionOf('.gitignore')).toBe('');
  });
});

describe('captionsProblem', () => {
  it.each([
    'WEBVTT\n\n00:00.000 --> 00:02.000\nXin chào\n',
    '\uFEFFWEBVTT - Phụ đề\r\n\r\n1\r\n00:00.000 --> 00:02.000\r\n<v Cán bộ><i>Xin</i> chào <00:01.000>bà con\r\n',
    'WEBVTT\n\nNOTE Kiểm tra lại\n\n00:00.000 --> 00:02.000\n<c.vang>Xin chào</c>\n',
  ])('accepts plain WebVTT %#', (text) => expect(captionsProblem('phu-de.vtt', text)).toBeUndefined());

  it.each([
    ['<!doctype html><script>alert(1)</script>', /không bắt đầu bằng dòng «WEBVTT»/],
    ['WEBVTTX\n', /không bắt đầu bằng dòng «WEBVTT»/],
    ['WEBVTT\n\n00:00.000 --> 00:02.000\n<img src=x onerror=alert(1)>Xin chào\n', /thẻ «<img» ở dòng 4/],
    ['WEBVTT\n\n00:00.000 --> 00:02.000\n<script>alert(1)</script>\n', /thẻ «<script» ở dòng 4/],
    ['WEBVTT\n\nSTYLE\n::cue { background: url(https://evil.example/x) }\n', /khối STYLE ở dòng 3/],
  ])('refuses %#', (text, message) => expect(captionsProblem('phu-de.vtt', text)).toMatch(message));
});
