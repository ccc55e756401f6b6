// The build and the check, given bad settings or bad content, stop with one Vietnamese message
// and a non-zero exit: never a stack trace, never a site.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureSite, lockedBuild, root, stackTrace } from './support/fixture-site.ts';

const outDir = mkdtempSync(join(tmpdir(), 'nq57-bad-input-'));

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITE_OUT_DIR: outDir, ...env },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('bad settings', () => {
  it.each([
    [
      { SITE_UNIT: 'hong-bangg' },
      /Lỗi cấu hình: SITE_UNIT="hong-bangg" không phải một đơn vị.*cat-hai, hong-bang, phu-lien/,
    ],
    [{ SITE_BASE: 'nq57' }, /Lỗi cấu hình: SITE_BASE="nq57" không hợp lệ/],
    [{ SITE_URL: 'hongbang.haiphong.gov.vn' }, /Lỗi cấu hình: SITE_URL="hongbang.haiphong.gov.vn"/],
  ])('%o stops the build with one message', (env, message) => {
    const { status, output } = run(...lockedBuild, env);
    expect(status).not.toBe(0);
    expect(output).toMatch(message);
    expect(output).not.toMatch(stackTrace);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});

describe('bad content', () => {
  // A copy of the fixture site with one broken news item, so the real content is never touched.
  const site = fixtureSite('tin-loi', (dir) =>
    writeFileSync(
      join(dir, 'content', 'units', 'demo', 'news', 'zz-kiem-thu-loi.mdx'),
      '---\ntitle: Tin kiểm thử lỗi\ndate: 2025-12-11\nfeaturd: true\n---\n',
    ),
  );

  it('stops the build and `npm run check`, naming the file and the field', () => {
    for (const run of [site.build, site.check]) {
      const { status, output } = run();
      expect(status).toBe(1);
      expect(output).toContain('✗ content/units/demo/news/zz-kiem-thu-loi.mdx');
      expect(output).toContain('Trường «summary»: thiếu');
      expect(output).toContain('Trường «featurd»: không có trường này trong mẫu. Có phải bạn định viết «featured»?');
      expect(output).not.toMatch(stackTrace);
    }
    expect(existsSync(join(site.site, 'dist', 'index.html'))).toBe(false);
  });
});

describe('MDX that would run code on the build machine', () => {
  // A copy of the fixture site with three articles an editor's stolen account could commit: an import that
  // writes a file, an export of an environment variable, and an expression printing one.
  const article = (title: string, body: string) =>
    `---\ntitle: ${title}\nsummary: Tin kiểm thử mã trong bài.\ndate: 2025-11-01\ntags: [su-kien]\nsources:\n  - { document: Văn bản kiểm thử, issuer: Nhóm phát triển, date: 2025-11 }\n---\n\n${body}\n`;
  let written = '';
  const site = fixtureSite(
    'mdx-chay-ma',
    (dir) => {
      written = join(dir, 'mdx-da-chay');
      const news = join(dir, 'content', 'units', 'demo', 'news');
      writeFileSync(
        join(news, 'zz-nap-fs.mdx'),
        article(
          'Tin nạp fs',
          `import fs from 'node:fs'\nexport const ran = fs.writeFileSync(${JSON.stringify(written)}, 'đã chạy')\n\n{ran}`,
        ),
      );
      writeFileSync(
        join(news, 'zz-thu-muc-nha.mdx'),
        article('Tin in HOME', 'export const x = process.env.HOME\n\n{x}'),
      );
      writeFileSync(join(news, 'zz-bien-moi-truong.mdx'), article('Tin in biến', 'Biến: {process.env.SOMETHING}'));
    },
    { SOMETHING: 'bi-mat-khong-duoc-in' },
  );

  it('is refused by the build and `npm run check` before any MDX is compiled, naming each file and line', () => {
    for (const run of [site.build, site.check]) {
      const { status, output } = run();
      expect(status).toBe(1);
      expect(output).toContain('✗ content/units/demo/news/zz-nap-fs.mdx');
      expect(output).toContain('✗ content/units/demo/news/zz-thu-muc-nha.mdx');
      expect(output).toContain('✗ content/units/demo/news/zz-bien-moi-truong.mdx');
      expect(output).toContain('dòng 10: có dòng import/export: nội dung bài không được nạp hay chạy mã');
      expect(output).toContain('dòng 10: có biểu thức «{process.env.SOMETHING}»');
      expect(output).not.toContain('bi-mat-khong-duoc-in');
      expect(output).not.toMatch(stackTrace);
      expect(existsSync(written)).toBe(false);
    }
    expect(existsSync(join(site.site, 'dist', 'index.html'))).toBe(false);
  });
});

describe('a printed QR code deleted from the registry', () => {
  it('fails the check, naming the code, once history shows it was issued', () => {
    const repo = mkdtempSync(join(tmpdir(), 'nq57-qr-history-'));
    try {
      cpSync(join(root, 'tests', 'fixtures', 'valid'), join(repo, 'content'), { recursive: true });
      cpSync(join(root, 'tests', 'fixtures', 'public'), join(repo, 'public'), { recursive: true });
      const git = (...args: string[]) =>
        spawnSync('git', ['-C', repo, '-c', 'user.name=Kiểm thử', '-c', 'user.email=kiem-thu@example.vn', ...args], {
          encoding: 'utf8',
        });
      git('init', '-q');
      git('add', '.');
      git('commit', '-qm', 'Phát hành mã');
      const env = { SITE_CONTENT_DIR: join(repo, 'content'), SITE_UNIT: 'demo' };
      expect(run(process.execPath, ['scripts/check.ts', '--content-only'], env).status).toBe(0);
      rmSync(join(repo, 'content', 'units', 'demo', 'qr', 'ho-dan.yaml'));
      git('commit', '-qam', 'Xóa mã');
      const { status, output } = run(process.execPath, ['scripts/check.ts', '--content-only'], env);
      expect(status).toBe(1);
      expect(output).toContain('mã QR «ho-dan» đã phát hành nhưng tệp của nó bị xóa');
      expect(output).not.toMatch(stackTrace);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
