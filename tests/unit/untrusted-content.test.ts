// Content is untrusted input: whatever an editor commits, the check (and the build, which runs it) reads each
// file within its kind's size limit and says in one Vietnamese message what is wrong with it, naming the file
// and never quoting it; nothing crashes with a stack trace. The malformed files are in tests/fixtures/invalid;
// what must not be committed (a link, a 5 MB or a 5 GB file) is made here at run time.
import { cpSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent, validateContent } from '../../src/checks/validate-content.ts';
import { ContentSyntaxError, kindFiles, readFile } from '../../src/reader/index.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

describe('malformed files: one message each, naming the file and quoting nothing', () => {
  const problems = validateContent(['demo'], join(fixtures, 'invalid'));
  it.each([
    ['units/demo/qr/bom-tham-chieu.yaml', /^dùng quá nhiều tham chiếu YAML/, 'lol'],
    ['units/demo/news/bom-tham-chieu.mdx', /^dùng quá nhiều tham chiếu YAML/, 'lol'],
    ['units/demo/news/utf8-sai.mdx', /^tệp không phải văn bản UTF-8 \(byte sai ở dòng 9\)/, 'Nội dung'],
    ['units/demo/news/ky-tu-nul.mdx', /^tệp có ký tự điều khiển U\+0000 ở dòng 9/, 'a\u0000b'],
    ['units/demo/qr/long-nhau-qua-sau.yaml', /^các danh sách, nhóm trường lồng nhau quá 20 tầng/, '[['],
    ['units/demo/metrics/long-nhau-qua-sau.json', /^các danh sách, nhóm trường lồng nhau quá 20 tầng/, '[['],
    ['units/demo/news/trich-dan-long-nhau.md', /^trích dẫn .* lồng nhau quá 20 tầng ở dòng 9/, 'Chữ'],
    ['units/demo/news/qua-nhieu-the.md', /^có 600 dấu «<», quá giới hạn 500/, '<b>'],
    ['units/demo/qr/the-js-function.yaml', /^có thẻ YAML «!!js\/function» ở dòng 3/, 'return'],
    ['units/demo/qr/the-binary.yaml', /^có thẻ YAML «!!binary» ở dòng 3/, 'aGVsbG8'],
    [
      'units/demo/qr/ten-truong-la-danh-sach.yaml',
      /^có tên trường là một danh sách hay nhóm trường ở dòng 3/,
      'campaign',
    ],
    ['units/demo/metrics/json-trich-noi-dung.json', /^không đọc được JSON ở dòng 3, cột 18: /, 'Bí mật'],
  ])('%s', (file, message, quoted) => {
    const found = problems.filter((p) => p.file === `content/${file}`);
    expect(found).toHaveLength(1);
    expect(found[0]?.field).toBe('(toàn bộ tệp)');
    expect(found[0]?.message).toMatch(message);
    expect(found[0]?.message).not.toContain(quoted);
  });

  it.each([
    ['units/demo/metrics/so-qua-lon.json', 'figures[1].value', /^con số lớn hơn một tỷ \(10⁹\)/],
    ['shared/campaigns/tieu-de-qua-dai.mdx', 'title', /^dài quá 200 ký tự/],
    ['units/demo/screens/ten-qua-dai.yaml', 'name', /^dài quá 200 ký tự/],
    ['units/demo/metrics/phan-tram-qua-100.json', 'figures[1].value', /^tỷ lệ phần trăm không thể lớn hơn 100/],
  ])('%s: %s out of range', (file, field, message) => {
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `content/${file}`, field, message: expect.stringMatching(message) }),
    );
  });
});

describe('what the reader refuses before reading', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nq57-untrusted-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const refusal = (rel: string) => {
    try {
      readFile(rel, dir, collectionSpecs.news);
    } catch (error) {
      if (error instanceof ContentSyntaxError) return error.message;
      throw error;
    }
    return undefined;
  };

  it('a link, naming neither its target nor what is there', () => {
    writeFileSync(join(dir, 'bi-mat.txt'), 'mật khẩu: 123456\n');
    symlinkSync(join(dir, 'bi-mat.txt'), join(dir, 'lien-ket.md'));
    const message = refusal('lien-ket.md');
    expect(message).toMatch(/^là một liên kết \(symlink\) tới tệp khác/);
    expect(message).not.toMatch(/bi-mat|mật khẩu/);
  });

  it('a file over its kind’s limit, by its size alone: a 5 GB file is refused at once', () => {
    writeFileSync(join(dir, 'to.md'), '');
    truncateSync(join(dir, 'to.md'), 5 * 1024 ** 3);
    const start = performance.now();
    expect(refusal('to.md')).toMatch(/^tệp nặng 5242880 kB, quá giới hạn 300 kB của mục Tin nổi bật/);
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('a 5 MB news file of frontmatter alone, in the whole check', () => {
    const site = mkdtempSync(join(tmpdir(), 'nq57-untrusted-site-'));
    try {
      cpSync(join(fixtures, 'valid'), site, { recursive: true });
      writeFileSync(join(site, 'units/demo/news/to.mdx'), `---\ntitle: ${'a'.repeat(5 * 1024 * 1024)}\n---\n`);
      const found = validateContent(['demo'], site).filter((p) => p.file === 'content/units/demo/news/to.mdx');
      expect(found).toEqual([
        expect.objectContaining({ message: expect.stringMatching(/^tệp nặng 5121 kB, quá giới hạn 300 kB/) }),
      ]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('an error nobody foresaw while checking a file', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is one problem naming that file, never its text, and the other files are still checked', () => {
    vi.spyOn(collectionSpecs.metrics, 'rules').mockImplementation(() => {
      throw new TypeError('chi tiết nội bộ không được in ra');
    });
    const { problems } = checkContent(['demo'], join(fixtures, 'valid'));
    const failed = problems.filter((p) => p.message.startsWith('không kiểm tra được tệp này (lỗi TypeError'));
    expect(failed.map((p) => p.file)).toEqual(
      kindFiles(collectionSpecs.metrics, 'demo', join(fixtures, 'valid')).map((rel) => `content/${rel}`),
    );
    expect(failed.every((p) => /^content\/units\/demo\/metrics\/[a-z0-9-]+\.json$/.test(p.file))).toBe(true);
    expect(new Set(failed.map((p) => p.file)).size).toBe(failed.length);
    // The rest of the content was checked: a screen that shows a dataset no longer loaded says so.
    expect(problems.some((p) => p.file.includes('/screens/'))).toBe(true);
    expect(JSON.stringify(problems)).not.toContain('chi tiết nội bộ');
  });
});
