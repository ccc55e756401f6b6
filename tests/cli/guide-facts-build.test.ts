// A guide's facts as the built site shows them (issue 24): on a copy of the fixture site, each value with the
// document it cites, the unit's own desk by name, «Kiểm tra lần cuối», no online fee without an online channel;
// and nothing of a citation's quote, the repository copy it was read from or the guide's provenance anywhere in
// the output: pages, structured data, search index, RSS, offline list.
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockedBuild } from './support/fixture-site.ts';

const root = join(import.meta.dirname, '..', '..');
const site = mkdtempSync(join(tmpdir(), 'nq57-guide-facts-'));
const out = join(site, 'dist');
cpSync(join(root, 'tests', 'fixtures', 'valid'), join(site, 'content'), { recursive: true });
cpSync(join(root, 'tests', 'fixtures', 'public'), join(site, 'public'), { recursive: true });
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** What the fixture guide keeps for the check only (tests/fixtures/valid/shared/procedures/thu-tuc-mau.yaml). */
const hidden = [
  /kho-ban-chep-bi-mat/i,
  /0123456789abcdef0123456789abcdef01234567/,
  /Câu trích mẫu/i,
  /van-ban\/quyet-dinh-1/,
];

let files: string[] = [];
const textOf = (file: string) => {
  const bytes = readFileSync(file);
  return /\.pf_\w+$/.test(file) ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
};

beforeAll(() => {
  const env = {
    SITE_CONTENT_DIR: join(site, 'content'),
    SITE_UNIT: 'demo',
    SITE_OUT_DIR: out,
    SITE_URL: 'http://localhost:4321',
  };
  const result = spawnSync(...lockedBuild, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  files = globSync('**/*', { cwd: out, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(html|xml|json|js|txt|webmanifest|pf_\w+)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}, 600_000);

describe("a guide's facts in the built site", () => {
  it('never shows a quote, a repository copy or the provenance, in any file', () => {
    expect(files.some((f) => f.endsWith('.pf_fragment'))).toBe(true);
    const leaks = files.flatMap((f) =>
      hidden.filter((h) => h.test(textOf(f))).map((h) => `${f.slice(out.length)}: ${String(h)}`),
    );
    expect(leaks).toEqual([]);
  });

  it('shows each value with its document, the desk by name and the date last checked', () => {
    const page = readFileSync(join(out, 'thu-tuc', 'thu-tuc-mau', 'index.html'), 'utf8');
    const facts = page.slice(page.indexOf('class="facts'), page.indexOf('</dl>', page.indexOf('class="facts')));
    expect(facts).toContain('Bộ phận một cửa của phường Thử Nghiệm');
    expect(facts).toContain('Trực tuyến toàn trình');
    expect(facts).toContain('3 ngày làm việc, kể từ ngày nhận đủ hồ sơ hợp lệ');
    expect(facts).toContain('Quyết định kiểm thử số 1/QĐ-UBND, Điều 2');
    expect(facts).toContain(
      '<a href="https://dichvucong.gov.vn/thu-tuc-hanh-chinh/abc">Cổng Dịch vụ công quốc gia, thủ tục mẫu 1.001193</a>',
    );
    // The unit's own fees (tests/fixtures/valid/units/demo/thu-tuc/) replace the shared ones, with their citation.
    expect(facts).toContain('10.000 đồng<span class="meta no-print block">Theo: Thông báo kiểm thử số 1</span>');
    expect(facts).toContain('Văn bản cũ ghi 05 ngày làm việc; trang này theo văn bản mới hơn (dữ liệu kiểm thử).');
    expect(page).toMatch(/Kiểm tra lần cuối: <time datetime="2026-11-23">23\/11\/2026<\/time>/);
    expect(page).not.toContain('của đơn vị');
  });

  it('asks the desk by name, with its phone, after an unknown; no online fee without an online channel', () => {
    const page = readFileSync(join(out, 'thu-tuc', 'thu-tuc-co-video', 'index.html'), 'utf8');
    const text = page.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(
      'Chưa xác định: Hải Phòng chưa công bố mức lệ phí của thủ tục mẫu. Hỏi Bộ phận một cửa của phường Thử Nghiệm, điện thoại 0225 3 000 000.',
    );
    expect(text).toContain('Mức trực tuyếnChỉ nộp trực tiếp');
    expect(text).not.toContain('Phí khi nộp trực tuyến');
  });
});
