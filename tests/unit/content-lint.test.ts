import { describe, expect, it } from 'vitest';
import {
  heavyImageProblems,
  hostAllowed,
  hostProblems,
  imageSizeProblem,
  lineAt,
  linkTextProblem,
  lintEntry,
  maxImageBytes,
  parseAllowedHosts,
  references,
  targetProblem,
  type LintContext,
} from '../../src/checks/content-lint.ts';
import type { Reference } from '../../src/checks/markdown-parts.ts';
import { parseMarkdown } from '../../src/reader/index.ts';
import { formatProblems } from '../../src/lib/content-errors.ts';
import { sitePaths } from '../../src/lib/site-paths.ts';
import { altProblem, isFileNameAlt, isGenericAlt, isVagueLinkText } from '../../src/lib/vague-text.ts';
import { altText } from '../../src/schemas/common.ts';

const files: Record<string, number> = {
  'content/units/demo/news/anh.jpg': 20_000,
  'content/units/demo/news/to-khai.pdf': 3_000,
  'content/units/demo/news/nang.png': maxImageBytes + 1,
  'public/bieu-mau/to-khai.pdf': 3_000,
  'public/anh/nang.jpg': maxImageBytes + 1,
};
const context: LintContext = {
  pages: new Set(['/', '/thu-tuc/', '/thu-tuc/dang-ky-khai-sinh/']),
  fileSize: (path) => files[path],
  allowedHosts: new Set(['www.youtube.com']),
  unit: 'demo',
};
const file = 'content/units/demo/news/tin.mdx';
const link = (target: string): Reference => ({ kind: 'link', target, index: 0 });
const image = (target: string): Reference => ({ kind: 'image', target, index: 0 });
/** A Markdown file's text as the check reads it: its syntax tree, with the given data. */
const entry = (raw: string, data: unknown = {}, name = file) => ({
  file: name,
  raw,
  data,
  tree: parseMarkdown(name, raw).tree,
});
/** Links and images in a Markdown text. */
const referencesIn = (text: string) => references(parseMarkdown('x.md', text).tree);
/** Problems in the body of an article (.mdx). */
const bodyOf = (raw: string) => lintEntry(entry(raw), context);

describe('lineAt and what the check reads of a body', () => {
  it('counts lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });

  it('skips the frontmatter, fenced code and code spans, keeping the lines of the file', () => {
    const raw = '---\ntitle: <script>\n---\n\nText `<script>` here\n\n```html\n<iframe>\n```\n\n<style>';
    const problems = lintEntry(entry(raw, {}, 'content/units/demo/news/tin.md'), context);
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([[11, 'có thẻ <style>']]);
  });

  it('skips HTML and MDX comments', () => {
    expect(lintEntry(entry('<!-- <script> -->\n\n<iframe>', {}, 'content/units/demo/news/tin.md'), context)).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/^có thẻ <iframe>/) }),
    ]);
    expect(bodyOf('---\ntitle: Tin\n---\n{/* [bấm vào đây](/x/) */}\n')).toEqual([]);
  });

  it('skips an unclosed fence to the end and a tilde fence, but not text between two fences', () => {
    // Blank lines around <embed>: without them the HTML block runs on, and the page does get <object>.
    const problems = lintEntry(
      entry('~~~\n<script>\n~~~\n\n<embed>\n\n```\n<object>', {}, 'content/units/demo/news/tin.md'),
      context,
    );
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([[5, 'có thẻ <embed>']]);
  });
});

describe('references', () => {
  it('finds Markdown links and images, with their text and line order', () => {
    const text = '![Ảnh cán bộ một cửa](./anh.jpg "tiêu đề") và [Thủ tục](/thu-tuc/#buoc-1)';
    expect(referencesIn(text)).toEqual([
      { kind: 'image', label: 'Ảnh cán bộ một cửa', target: './anh.jpg', index: 0 },
      { kind: 'link', label: 'Thủ tục', target: '/thu-tuc/#buoc-1', index: text.indexOf('[Thủ') },
    ]);
  });

  it('reads a linked image as an image and as a link named by its alt', () => {
    const found = referencesIn('[![Sơ đồ các bước](./anh.jpg)](/thu-tuc/)');
    expect(found).toEqual([
      expect.objectContaining({ kind: 'link', label: 'Sơ đồ các bước', target: '/thu-tuc/' }),
      expect.objectContaining({ kind: 'image', label: 'Sơ đồ các bước', target: './anh.jpg' }),
    ]);
  });

  it('finds href and src in HTML and MDX tags, and reference definitions', () => {
    // A reference definition cannot interrupt a paragraph: a blank line before it, as Markdown needs.
    const found = referencesIn(
      '<a href="/thu-tuc/">Danh <b>sách</b></a>\n<img src="/anh/x.jpg">\n<q cite=\'/q/\'>Trích</q>\n\n[ref]: /bieu-mau/a.pdf',
    );
    expect(found.map((r) => [r.kind, r.target, r.label])).toEqual([
      ['link', '/thu-tuc/', 'Danh sách'],
      ['image', '/anh/x.jpg', ''],
      ['link', '/q/', undefined],
      ['link', '/bieu-mau/a.pdf', undefined],
    ]);
  });

  it('finds nothing in plain text or a chart component', () => {
    expect(referencesIn('Chữ [trong ngoặc] và <BieuDo bo="a" bieuDo="b" />')).toEqual([]);
  });
});

describe('targetProblem', () => {
  it('accepts pages, public files, files next to the content file, fragments, mail and external links', () => {
    for (const target of [
      '/thu-tuc/',
      '/thu-tuc/dang-ky-khai-sinh/#ho-so',
      '/thu-tuc/?q=1',
      '/bieu-mau/to-khai.pdf',
      './to-khai.pdf',
      '#muc-2',
      'mailto:a@b.vn',
      'tel:0225',
      'https://dichvucong.gov.vn',
    ])
      expect(targetProblem(link(target), file, context), target).toBeUndefined();
  });

  it('refuses a page that does not exist, naming the unit for shared files', () => {
    expect(targetProblem(link('/thu-tuc/khong-co/'), file, context)).toMatch(
      /^liên kết «\/thu-tuc\/khong-co\/» dẫn tới trang không có trên chuyên trang\. Mở trang/,
    );
    expect(targetProblem(link('/khong-co/'), 'content/shared/faq/a.md', context)).toContain(
      'trang không có trên chuyên trang của đơn vị demo',
    );
  });

  it('says when only the final slash is missing', () => {
    expect(targetProblem(link('/thu-tuc'), file, context)).toBe(
      'liên kết «/thu-tuc» thiếu dấu «/» ở cuối: viết «/thu-tuc/».',
    );
  });

  it('refuses missing images and files, where they were looked for', () => {
    expect(targetProblem(image('./khong-co.jpg'), file, context)).toMatch(
      /^không có ảnh «\.\/khong-co\.jpg» cạnh tệp này \(tìm ở content\/units\/demo\/news\/khong-co\.jpg\)/,
    );
    expect(targetProblem(link('../khong-co.pdf'), file, context)).toContain(
      'không có tệp «../khong-co.pdf» cạnh tệp này (tìm ở content/units/demo/khong-co.pdf)',
    );
    expect(targetProblem(image('/anh/khong-co.jpg'), file, context)).toMatch(
      /^không có ảnh «\/anh\/khong-co\.jpg» trong thư mục public\. Đặt ảnh vào public\/anh\/khong-co\.jpg/,
    );
    expect(targetProblem(link(''), file, context)).toMatch(/^liên kết chưa có địa chỉ/);
  });

  it('refuses a heavy image in public, but not a heavy file that is not an image', () => {
    expect(targetProblem(image('/anh/nang.jpg'), file, context)).toMatch(/^ảnh «\/anh\/nang\.jpg» nặng 501 kB/);
    expect(targetProblem(image('/bieu-mau/to-khai.pdf'), file, context)).toBeUndefined();
  });
});

describe('image size', () => {
  it('allows the limit and refuses one byte more, in kB, with how to fix it', () => {
    expect(imageSizeProblem('a.jpg', maxImageBytes)).toBeUndefined();
    expect(imageSizeProblem('a.jpg', maxImageBytes + 1)).toBe(
      'ảnh «a.jpg» nặng 501 kB, quá giới hạn 500 kB. Thu nhỏ ảnh còn rộng tối đa khoảng 1600 điểm ảnh (px) và lưu lại dạng JPEG hoặc WebP (chất lượng khoảng 80%).',
    );
  });

  it('reports heavy raster images in content folders on the image itself', () => {
    expect(
      heavyImageProblems(
        Object.keys(files).filter((f) => f.startsWith('content/')),
        context,
      ),
    ).toEqual([
      {
        file: 'content/units/demo/news/nang.png',
        field: '(tệp ảnh)',
        message: expect.stringMatching(/^ảnh «nang\.png»/),
      },
    ]);
  });
});

describe('words that say nothing', () => {
  it('knows generic alt text, with or without diacritics and punctuation', () => {
    for (const alt of ['ảnh', 'Hình ảnh.', 'hinh anh', 'Infographic', 'Ảnh minh hoạ', 'ảnh minh họa']) {
      expect(isGenericAlt(alt), alt).toBe(true);
    }
    expect(isGenericAlt('Ảnh chụp buổi tập huấn VNeID tại nhà văn hóa tổ dân phố 3')).toBe(false);
  });

  it('knows a file name used as alt text', () => {
    expect(isFileNameAlt('anh-bia.JPG')).toBe(true);
    expect(isFileNameAlt('IMG_1234')).toBe(true);
    expect(isFileNameAlt('anh-bia', './anh-bia.png')).toBe(true);
    expect(isFileNameAlt('anh-bia')).toBe(false);
    expect(isFileNameAlt('Cán bộ phường trao giấy khai sinh', './trao-giay-khai-sinh.jpg')).toBe(false);
  });

  it('gives one reason for an alt text that does not describe', () => {
    expect(altProblem('  ')).toBe('ảnh chưa có mô tả (alt)');
    expect(altProblem('hình ảnh')).toMatch(/^mô tả ảnh phải nói ảnh cho thấy điều gì/);
    expect(altProblem('so-do', '/anh/so-do.svg')).toBe('mô tả ảnh không được là tên tệp');
    expect(altProblem('Cờ đỏ')).toMatch(/^mô tả ảnh quá ngắn/);
    expect(altProblem('Sơ đồ ba bước nộp hồ sơ trực tuyến', './so-do.svg')).toBeUndefined();
  });

  it('uses the same rules as the alt field of the schemas', () => {
    expect(altText.safeParse('Hình ảnh').error?.issues[0]?.message).toBe(altProblem('Hình ảnh'));
    expect(altText.safeParse('anh-bia-mau.png').error?.issues.map((i) => i.message)).toContain(
      altProblem('anh-bia-mau.png'),
    );
    expect(altText.safeParse('Sơ đồ ba bước nộp hồ sơ trực tuyến').success).toBe(true);
  });

  it('knows link text that does not say where it goes', () => {
    for (const text of [
      'bấm vào đây',
      'Bấm vào đây!',
      'BAM VAO DAY',
      'nhấn vào đây',
      'xem thêm…',
      'tại đây',
      'Click here',
      'ở đây',
      'link',
      'đây',
    ])
      expect(isVagueLinkText(text), text).toBe(true);
    expect(isVagueLinkText('Hướng dẫn đăng ký khai sinh')).toBe(false);
    expect(isVagueLinkText('Xem thêm các thủ tục hộ tịch')).toBe(false);
  });

  it('says what is wrong with link text and how to write it', () => {
    expect(linkTextProblem(' Bấm vào đây ')).toBe(
      'liên kết «Bấm vào đây» không nói nó dẫn tới đâu. Viết chữ của liên kết là tên trang hoặc tài liệu, ví dụ «Hướng dẫn đăng ký khai sinh».',
    );
    expect(linkTextProblem('')).toMatch(/^liên kết không có chữ/);
    expect(linkTextProblem('Danh sách thủ tục hành chính')).toBeUndefined();
  });
});

describe('markup in a body', () => {
  const md = (text: string) => lintEntry(entry(text, {}, 'content/units/demo/news/tin.md'), context);
  it('finds script, style, iframe, object, embed, meta, event handlers and javascript: links', () => {
    const text = [
      '<script src="x.js"></script>',
      '',
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      '',
      '<object data="x"></object><embed src="x">',
      '',
      '<a href="/" onClick="go()">Trang chủ</a>',
      '',
      '[Mở tờ khai](javascript:alert(1))',
      '',
      '<a href="JavaScript:void(0)">Tờ khai</a>',
      '',
      '<meta http-equiv="refresh" content="0;url=//evil.example/">',
      '',
      // An uppercase <STYLE> block runs on to the end in this parser: what follows is HTML, checked as HTML.
      '<STYLE>p{}</STYLE>',
      '',
      '<a href="/" onmouseover="go()">Trang chủ</a>',
    ].join('\n');
    expect(md(text).map((f) => [f.line, f.message.split(/[:»]/)[0]])).toEqual([
      [1, 'có thẻ <script>'],
      [3, 'có thẻ <iframe>'],
      [5, 'có thẻ <object>'],
      [5, 'có thẻ <embed>'],
      [7, 'có thuộc tính «onclick'],
      [9, 'liên kết «javascript'],
      [11, 'liên kết «JavaScript'],
      [13, 'có thẻ <meta>'],
      [15, 'có thẻ <style>'],
      [17, 'có thuộc tính «onmouseover'],
    ]);
  });

  it('tells the editor what to use instead', () => {
    expect(md('<iframe>')[0]?.message).toContain('khai báo ở trường video');
    expect(md('<script>')[0]?.message).toContain('<BieuDo');
  });

  it('leaves ordinary text, components and code blocks alone', () => {
    expect(
      bodyOf('---\ntitle: Tin\n---\nTrình duyệt cần bật JavaScript: vào Cài đặt. Mã <BieuDo bo="a" bieuDo="b" />'),
    ).toEqual([]);
    expect(md('Tin nói về online và <strong>onboarding</strong> cho người dân.')).toEqual([]);
    expect(bodyOf('---\ntitle: Tin\n---\n```html\n<script>alert(1)</script>\n```\n`<iframe>`')).toEqual([]);
  });
});

describe('external hosts', () => {
  const allowed = new Set(['www.youtube.com', 'github.com']);

  it('allows government hosts and the allow-list, and nothing else', () => {
    expect(hostAllowed('dichvucong.gov.vn', allowed)).toBe(true);
    expect(hostAllowed('CDN.HaiPhong.gov.vn', allowed)).toBe(true);
    expect(hostAllowed('www.youtube.com', allowed)).toBe(true);
    expect(hostAllowed('youtube.com', allowed)).toBe(false);
    expect(hostAllowed('gov.vn.example.com', allowed)).toBe(false);
    expect(hostAllowed('fakegov.vn', allowed)).toBe(false);
  });

  it('finds links to other hosts in text, with where they are', () => {
    const text = 'Xem https://dichvucong.gov.vn/a và [bảng giá](http://bit.ly/abc).\n<https://github.com/x>';
    expect(hostProblems(text, allowed)).toEqual([
      {
        index: text.indexOf('http://bit.ly'),
        message: expect.stringMatching(
          /^liên kết tới «bit\.ly» không nằm trong danh sách trang được phép dẫn tới \(content\/shared\/allowed-hosts\.yaml\)\./,
        ),
      },
    ]);
  });

  it('reads the allow-list and says what is wrong with it', () => {
    expect(parseAllowedHosts('# lý do\n- www.youtube.com\n- zalo.me\n').hosts).toEqual(
      new Set(['www.youtube.com', 'zalo.me']),
    );
    expect(parseAllowedHosts('- https://zalo.me/\n- 3\n').problems).toEqual([
      'mục 1 «https://zalo.me/» không phải tên miền: viết chữ thường, không có https:// hay dấu /, ví dụ www.youtube.com.',
      'mục 2 «3» không phải tên miền: viết chữ thường, không có https:// hay dấu /, ví dụ www.youtube.com.',
    ]);
    expect(parseAllowedHosts('hosts: zalo.me').problems[0]).toMatch(/^cần một danh sách tên miền/);
    expect(parseAllowedHosts('- [zalo').problems[0]).toMatch(/^sai cú pháp YAML/);
    expect(parseAllowedHosts('').hosts.size).toBe(0);
  });
});

describe('lintEntry', () => {
  it('reports body problems on the lines of the whole file, skipping code', () => {
    const raw = [
      '---',
      'title: Tin',
      '---',
      '',
      '[bấm vào đây](/thu-tuc/)',
      '',
      '```',
      '<script>alert(1)</script>',
      '```',
      '',
      '![ảnh](./anh.jpg)',
      '[Hướng dẫn đăng ký khai sinh](/thu-tuc/dang-ky-khai-sinh/)',
    ].join('\n');
    const problems = lintEntry(entry(raw, { title: 'Tin' }), context);
    expect(problems).toEqual([
      expect.objectContaining({
        field: '(nội dung bài)',
        line: 5,
        message: expect.stringMatching(/^liên kết «bấm vào đây»/),
      }),
      expect.objectContaining({
        field: '(nội dung bài)',
        line: 11,
        message: expect.stringMatching(/^ảnh «\.\/anh\.jpg»: mô tả ảnh phải/),
      }),
    ]);
  });

  it('checks address fields, relative files and alt text in the data, with their lines; other text is text', () => {
    const raw = [
      'title: Tin',
      'note: Bấm <a onclick="x()">đây</a>',
      'cover: { src: ./nang.png, alt: nang }',
      'image: ./khong-co.svg',
      'sources:',
      '  - url: https://bit.ly/abc',
      '  - url: https://dichvucong.gov.vn/a',
      'endpoint: https://thong-ke.example.com/api',
      'feedbackEndpoint: http://y-kien.example.vn/gui',
      'portal: //evil.example/',
      'editor: { host: gitlab, repo: a/b, apiRoot: https://git.evil.example/api/v4 }',
    ].join('\n');
    const data = {
      title: 'Tin',
      note: 'Bấm <a onclick="x()">đây</a>',
      cover: { src: './nang.png', alt: 'nang' },
      image: './khong-co.svg',
      sources: [{ url: 'https://bit.ly/abc' }, { url: 'https://dichvucong.gov.vn/a' }],
      endpoint: 'https://thong-ke.example.com/api',
      feedbackEndpoint: 'http://y-kien.example.vn/gui',
      portal: '//evil.example/',
      editor: { host: 'gitlab', repo: 'a/b', apiRoot: 'https://git.evil.example/api/v4' },
      date: new Date('2025-01-01'),
    };
    const problems = lintEntry({ file: 'content/units/demo/news/tin.yaml', raw, data }, context);
    expect(problems.map((p) => [p.field, p.line, p.message.slice(0, 30)])).toEqual([
      ['cover.alt', 3, 'ảnh «./nang.png»: mô tả ảnh kh'],
      ['image', 4, 'không có ảnh «./khong-co.svg» '],
      ['sources[1].url', 6, 'liên kết tới «bit.ly» không nằ'],
      ['feedbackEndpoint', 9, 'địa chỉ nhận dữ liệu «http://y'],
      ['portal', 10, 'liên kết «//evil.example/» bắt'],
      ['editor.apiRoot', 11, 'máy chủ đăng nhập của trang so'],
    ]);
  });

  it('reads HTML blocks and MDX tags off the tree, each finding on its own line', () => {
    const html = '---\ntitle: Tin\n---\n\n<div>\n<p>Xem https://bit.ly/abc</p>\n<iframe src="/x/"></iframe>\n</div>\n';
    expect(lintEntry(entry(html, {}, 'content/units/demo/news/tin.md'), context)).toEqual([
      expect.objectContaining({ line: 6, message: expect.stringMatching(/^liên kết tới «bit\.ly»/) }),
      expect.objectContaining({ line: 7, message: expect.stringMatching(/^có thẻ <iframe>/) }),
    ]);
    const mdx = '---\ntitle: Tin\n---\n\n<a href="/thu-tuc/" onclick="x()">Thủ tục hành chính</a>\n';
    expect(bodyOf(mdx)).toEqual([
      expect.objectContaining({ line: 5, message: expect.stringMatching(/^có thuộc tính «onclick»/) }),
    ]);
  });

  it('finds nothing in a good article', () => {
    const raw =
      '---\ntitle: Tin\n---\n\n![Cán bộ hướng dẫn người dân nộp hồ sơ](./anh.jpg)\n\n[Tờ khai (PDF)](/bieu-mau/to-khai.pdf), [video hướng dẫn](https://www.youtube.com/watch?v=abc), `<script>`';
    expect(lintEntry(entry(raw), context)).toEqual([]);
  });
});

describe('sitePaths', () => {
  const entry = (id: string, data: object) => ({ id, file: `${id}.x`, data });
  it('holds every kind of page the content makes', () => {
    const news = Array.from({ length: 11 }, (_, i) => entry(`tin-${i}`, { tags: ['chuyen-doi-so'] }));
    const paths = sitePaths({
      procedures: [entry('khai-sinh', {})],
      samples: [entry('mau', { procedure: 'khai-sinh' }), entry('mau-2', { procedure: 'khong-co' })],
      news,
      metrics: [entry('ho-so', {})],
      screens: [entry('sanh', {})],
      qr: [entry('a', { status: 'dang-dung' }), entry('b', { status: 'ngung' })],
    });
    for (const path of [
      '/thu-tuc/khai-sinh/ho-so-mau/',
      '/tin-tuc/chu-de/chuyen-doi-so/',
      '/tin-tuc/trang/2/',
      '/so-lieu/ho-so.csv',
      '/so-lieu/ho-so.json',
      '/kiosk/sanh/',
      '/q/a/',
      '/q/b/',
      '/q/in/a/',
    ])
      expect(paths.has(path), path).toBe(true);
    for (const path of ['/thu-tuc/khong-co/ho-so-mau/', '/tin-tuc/trang/3/', '/q/in/b/'])
      expect(paths.has(path), path).toBe(false);
  });
});

describe('formatProblems with lines', () => {
  it('prints the line after the field, and nothing when there is none', () => {
    const text = formatProblems([
      { file: 'content/a.mdx', field: '(nội dung bài)', line: 12, message: 'lỗi một.' },
      { file: 'content/a.mdx', field: 'title', message: 'lỗi hai.' },
    ]);
    expect(text).toContain('  • Trường «(nội dung bài)», dòng 12: lỗi một.\n  • Trường «title»: lỗi hai.');
  });
});
