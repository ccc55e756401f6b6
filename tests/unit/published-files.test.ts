// Every file under content/ and public/ against the allow-list, by its bytes; links refused and never read.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedFileProblems } from '../../src/checks/published-files.ts';
import { checkContentAndFiles } from '../../src/checks/validate-content.ts';
import { formatProblems } from '../../src/lib/content-errors.ts';
import { excelCompoundFile, htmlPage, pngThenHtml, samples } from './support/sample-files.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const temp = mkdtempSync(join(tmpdir(), 'nq57-published-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let count = 0;
/** A content/ and public/ pair holding the given files ('public/tep/a.png' → bytes); empty folders when none. */
function tree(files: Record<string, Buffer | string>): { content: string; public: string } {
  const root = join(temp, `cay-${++count}`);
  mkdirSync(join(root, 'content'), { recursive: true });
  mkdirSync(join(root, 'public'), { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  return { content: join(root, 'content'), public: join(root, 'public') };
}
const problemsOf = (dirs: { content: string; public: string }) => publishedFileProblems(dirs.content, dirs.public);

const passwd = readFileSync('/etc/passwd', 'utf8');
const firstLine = passwd.split('\n')[0] ?? 'root:';

describe('files of every allowed type', () => {
  it('accepts each one, in public/ and beside content', async () => {
    const files = Object.fromEntries(
      Object.entries(samples).flatMap(([ext, data]) => [
        [`public/tep/mau.${ext}`, data],
        [`content/units/demo/news/mau.${ext}`, data],
      ]),
    );
    expect(await problemsOf(tree({ ...files, 'content/units/demo/news/tin.mdx': '---\n---\n' }))).toEqual([]);
  });

  it('accepts uppercase extensions, names with spaces and Vietnamese, and a hard link', async () => {
    const dirs = tree({ 'public/tep/ẢNH BÌA.PNG': samples.png, 'public/bieu-mau/Tờ khai.pdf': samples.pdf });
    linkSync(join(dirs.public, 'bieu-mau', 'Tờ khai.pdf'), join(dirs.public, 'bieu-mau', 'to-khai.pdf'));
    expect(await problemsOf(dirs)).toEqual([]);
  });
});

describe('files whose bytes are not what their name says', () => {
  it.each([
    ['public/tep/anh.png', htmlPage, 'mang đuôi của ảnh PNG nhưng nội dung là chữ'],
    ['public/tep/anh.jpg', samples.png, 'mang đuôi của ảnh JPEG nhưng nội dung là tệp PNG'],
    ['public/bieu-mau/to-khai.pdf', htmlPage, 'mang đuôi của tệp PDF'],
    ['public/bieu-mau/to-khai.docx', samples.odt, 'nội dung là tệp ODT'],
    ['public/bieu-mau/to-khai.doc', excelCompoundFile, 'mang đuôi .doc nhưng không phải văn bản Word'],
    ['public/media/audio/bai.mp3', samples.mp4, 'nội dung là tệp MP4'],
    ['public/media/video/clip.mp4', htmlPage, 'mang đuôi của video MP4'],
    ['public/media/video/clip.vtt', htmlPage, 'không bắt đầu bằng dòng «WEBVTT»'],
    ['public/tep/anh.svg', samples.png, 'không phải chữ mã UTF-8'],
    ['content/units/demo/news/anh.webp', Buffer.alloc(0), 'nội dung là chữ'],
    ['public/bieu-mau/hong.docx', samples.docx.subarray(0, 60), 'mang đuôi của biểu mẫu Word (DOCX)'],
  ])('%s', async (path, bytes, message) => {
    const problems = await problemsOf(tree({ [path]: bytes }));
    expect(problems).toEqual([{ file: path, field: '(tệp)', message: expect.stringContaining(message) }]);
  });

  it('accepts a PNG with a page after its image: nginx serves it as image/png with nosniff, never as a page', async () => {
    expect(await problemsOf(tree({ 'public/tep/anh.png': pngThenHtml }))).toEqual([]);
  });
});

describe('files no unit publishes', () => {
  it.each([
    ['public/tep/trang.html', 'đuôi «.html»'],
    ['public/tep/ma.js', 'đuôi «.js»'],
    ['public/tep/anh.svgz', 'đuôi «.svgz»'],
    ['public/tep/thong-tin', 'không có đuôi'],
    ['public/tep/.DS_Store', 'tệp ẩn'],
    ['public/tin/tin.mdx', 'đuôi «.mdx»'],
    ['content/units/demo/news/trang.html', 'đuôi «.html»'],
  ])('%s', async (path, message) => {
    const problems = await problemsOf(tree({ [path]: htmlPage }));
    expect(problems).toEqual([{ file: path, field: '(tệp)', message: expect.stringContaining(message) }]);
  });

  it('a hidden folder', async () => {
    const problems = await problemsOf(tree({ 'public/.well-known/a.png': samples.png }));
    expect(problems).toEqual([
      { file: 'public/.well-known', field: '(thư mục)', message: expect.stringContaining('thư mục ẩn') },
    ]);
  });

  it('files over their limit', async () => {
    const problems = await problemsOf(
      tree({
        'public/tep/anh.png': Buffer.concat([samples.png, Buffer.alloc(600 * 1024)]),
        'public/bieu-mau/to-khai.pdf': Buffer.concat([samples.pdf, Buffer.alloc(11 * 1024 * 1024)]),
      }),
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^tệp PDF «to-khai\.pdf» nặng 11 MB, quá giới hạn 10 MB/),
      expect.stringMatching(/^ảnh PNG «anh\.png» nặng 604 kB, quá giới hạn 500 kB/),
    ]);
  });

  it('a file name that would forge a line of the output is shown escaped', async () => {
    const problems = await problemsOf(tree({ 'public/tep/a\n✓ Nội dung hợp lệ.png': samples.png }));
    expect(problems[0]?.file).toBe('public/tep/a\\n✓ Nội dung hợp lệ.png');
    expect(formatProblems(problems)).not.toMatch(/^✓/m);
  });

  it('a named pipe', async () => {
    const dirs = tree({});
    execFileSync('mkfifo', [join(dirs.public, 'ong')]);
    expect(await problemsOf(dirs)).toEqual([
      { file: 'public/ong', field: '(tệp)', message: expect.stringContaining('không phải tệp thường') },
    ]);
  });
});

describe('links', () => {
  it.each([
    ['a file in public/ to /etc/passwd', 'public/passwd', '/etc/passwd'],
    ['a folder in public/ to /etc', 'public/tep/cau-hinh', '/etc'],
    ['an image beside content to /etc/passwd', 'content/units/demo/news/anh.png', '/etc/passwd'],
  ])('refuses %s, naming the link and never its target', async (_, path, target) => {
    const dirs = tree({});
    mkdirSync(dirname(join(dirs.content, '..', path)), { recursive: true });
    symlinkSync(target, join(dirs.content, '..', path));
    const problems = await problemsOf(dirs);
    expect(problems).toEqual([
      { file: path, field: '(liên kết)', message: expect.stringContaining('liên kết tượng trưng') },
    ]);
    expect(formatProblems(problems)).not.toContain(target);
  });

  it('refuses a public/ folder that is itself a link', async () => {
    const dirs = tree({});
    rmSync(dirs.public, { recursive: true });
    symlinkSync('/usr/share', dirs.public);
    expect(await problemsOf(dirs)).toEqual([
      { file: 'public', field: '(liên kết)', message: expect.stringContaining('«public» là liên kết tượng trưng') },
    ]);
  });

  it('stops the content check before it reads a content file that is a link (the metrics finding)', async () => {
    const dirs = tree({});
    cpSync(join(fixtures, 'valid'), dirs.content, { recursive: true });
    cpSync(join(fixtures, 'public'), dirs.public, { recursive: true });
    symlinkSync('/etc/passwd', join(dirs.content, 'units', 'demo', 'metrics', 'zz-so-lieu.json'));
    const { problems } = await checkContentAndFiles(['demo'], dirs.content, dirs.public);
    const text = formatProblems(problems);
    expect(text).toContain('✗ content/units/demo/metrics/zz-so-lieu.json');
    expect(text).not.toContain(firstLine.slice(0, 8));
    expect(text).not.toContain('/etc/passwd');
  });
});

describe('the committed malformed files', () => {
  it('names every file of tests/fixtures/invalid-public (the web editor’s media folder)', async () => {
    const dir = join(fixtures, 'invalid-public');
    const problems = await publishedFileProblems(join(fixtures, 'valid'), dir);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => `public/${relative(dir, join(d.parentPath, d.name))}`);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) expect(problems.map((p) => p.file)).toContain(file);
  });

  it.each([
    ['svg-co-script.svg', 'có thẻ <script>'],
    ['svg-onload.svg', 'thuộc tính sự kiện «onload»'],
    ['svg-foreign-object.svg', 'thẻ <foreignObject>'],
    ['svg-lien-ket-ngoai.svg', 'xlink:href trên <use> trỏ ra ngoài'],
    ['svg-entity.svg', 'DOCTYPE hoặc ENTITY'],
    ['svg-lien-ket-javascript.svg', 'thẻ <a>'],
    ['svg-style-url-ngoai.svg', 'url(…) trỏ ra ngoài'],
    ['svg-style-import.svg', '«@import»'],
  ])('refuses the infographic %s', async (name, message) => {
    const problems = await publishedFileProblems(join(fixtures, 'invalid'), join(fixtures, 'public'));
    expect(problems).toContainEqual({
      file: `content/shared/infographics/${name}`,
      field: '(tệp)',
      message: expect.stringMatching(new RegExp(`^ảnh SVG «${name}» .*${message.replace(/[()<>.*]/g, '\\$&')}`)),
    });
  });
});
