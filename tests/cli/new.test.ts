// `npm run new` as an editor runs it, on a copy of the fixture site: a file for every kind where the
// build reads it, never over an existing one, and the way from the new file to valid content: the new file
// is a draft the check passes, reminding exactly the fields `new` said to fill; published unfilled, it is
// refused; once they are filled the file is valid. (tests/cli/drafts.test.ts builds the drafts.) And a whole new
// unit (`npm run new -- don-vi`), valid at once, added to the deploy list beside the copy's content
// (tests/cli/new-unit.test.ts builds one and opens it in a browser).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/validate-content.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';

const root = join(import.meta.dirname, '..', '..');
const site = mkdtempSync(join(tmpdir(), 'nq57-new-'));
const dir = join(site, 'content');
const publicDir = join(site, 'public');
cpSync(join(root, 'tests', 'fixtures', 'valid'), dir, { recursive: true });
cpSync(join(root, 'tests', 'fixtures', 'public'), publicDir, { recursive: true });
const deployList = join(site, 'deploy', 'units.json');
mkdirSync(join(site, 'deploy'));
writeFileSync(deployList, '[\n  { "unit": "demo", "base": "/" }\n]\n');
afterAll(() => rmSync(site, { recursive: true, force: true }));

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

function runNew(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITE_CONTENT_DIR: dir, SITE_UNIT: 'demo' },
    timeout: 60_000,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).not.toMatch(stackTrace);
  return { status: result.status, output };
}

/** The fields `new` listed as still to fill (the Markdown body aside: the check reads it once the fields pass). */
function listedFields(output: string): string[] {
  const section = output.slice(output.indexOf('Còn phải điền')).split('\n\n')[0] ?? '';
  return [...section.matchAll(/^ {2}• (.+?): /gm)].map((m) => m[1] ?? '').filter((f) => f !== '(nội dung bài)');
}

/** What one run of the check says about `file`: its problems, and its draft reminder if it is a draft. */
function checked(file: string) {
  const { problems, drafts } = checkContent(['demo'], dir, publicDir);
  return { problems: problems.filter((p) => p.file === file), reminder: drafts.find((d) => d.file === file) };
}

// [what the editor types, title, the file expected under content/, the kind], one or more per kind.
const cases: [string[], string, string][] = [
  [['tin', 'Phường ra mắt trợ lý ảo'], 'units/demo/news/phuong-ra-mat-tro-ly-ao.mdx', 'news'],
  [['tuyen-truyen', 'Bài tuyên truyền mới'], 'units/demo/campaigns/bai-tuyen-truyen-moi.mdx', 'campaigns'],
  [['phat-thanh', 'Bài phát thanh số 2'], 'units/demo/campaigns/bai-phat-thanh-so-2.mdx', 'campaigns'],
  [['infographic', 'Kết quả chuyển đổi số'], 'units/demo/infographics/ket-qua-chuyen-doi-so.md', 'infographics'],
  [['hoi-dap', 'Làm căn cước ở đâu?'], 'units/demo/faq/lam-can-cuoc-o-dau.md', 'faq'],
  [['hoi-dap', 'Nộp hồ sơ ở đâu?', '--chung'], 'shared/faq/nop-ho-so-o-dau.md', 'faq'],
  [['khau-hieu', 'Chuyển đổi số vì người dân'], 'units/demo/messages/chuyen-doi-so-vi-nguoi-dan.yaml', 'messages'],
  [['man-hinh', 'Màn hình LED chợ Sắt'], 'units/demo/screens/man-hinh-led-cho-sat.yaml', 'screens'],
  [['so-lieu', 'Kết quả quý 1 năm 2026'], 'units/demo/metrics/ket-qua-quy-1-nam-2026.json', 'metrics'],
  [['ma-qr', 'Tổ dân phố 5'], 'units/demo/qr/to-dan-pho-5.yaml', 'qr'],
  [['thu-tuc', 'Đăng ký khai sinh cho trẻ'], 'shared/procedures/dang-ky-khai-sinh-cho-tre.yaml', 'procedures'],
  [['thu-tuc-rieng', 'thu-tuc-co-video'], 'units/demo/thu-tuc/thu-tuc-co-video.yaml', 'procedureOverrides'],
  [['ho-so-mau', 'thu-tuc-co-video'], 'shared/samples/thu-tuc-co-video.yaml', 'samples'],
  [['chi-tieu', 'Số hộ dân'], 'shared/indicators/so-ho-dan.yaml', 'indicators'],
].map(([args, path, kind]) => [args as string[], path as string, kind as string]);

describe('npm run new, for each kind', () => {
  it('covers every kind but the unit profile', () => {
    const covered = new Set(cases.map(([, , kind]) => kind));
    expect([...covered].sort()).toEqual(
      Object.keys(collectionSpecs)
        .filter((k) => k !== 'units')
        .sort(),
    );
  });

  describe.each(cases)('%j', (args, path) => {
    const file = join(dir, path);
    let listed: string[] = [];

    it('creates the file where the build reads it, and says what to fill and what next', () => {
      const { status, output } = runNew(...args);
      expect(status).toBe(0);
      expect(output).toContain(`✓ Đã tạo content/${path}`);
      expect(output).toContain('npm run check');
      expect(existsSync(file)).toBe(true);
      listed = listedFields(output);
      expect(listed.length).toBeGreaterThan(0);
    });

    it('refuses to create it again, leaving it as it was', () => {
      const before = readFileSync(file);
      const modified = statSync(file).mtimeMs;
      const { status, output } = runNew(...args);
      expect(status).toBe(1);
      expect(output).toContain(`Đã có tệp content/${path}: lệnh không ghi đè`);
      expect(readFileSync(file)).toEqual(before);
      expect(statSync(file).mtimeMs).toBe(modified);
    });

    it('passes the check as a draft, whose reminder names exactly the fields `new` listed', () => {
      const { problems, reminder } = checked(`content/${path}`);
      expect(problems).toEqual([]);
      const named = [...new Set(reminder?.missing.map((p) => p.field))];
      expect(named.sort()).toEqual([...listed].sort());
    });
  });
});

describe('from a new news item to valid content', () => {
  const path = 'units/demo/news/ngay-hoi-chuyen-doi-so.mdx';
  const file = join(dir, path);
  const title = 'Ngày hội chuyển đổi số';

  const check = () => {
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--content-only'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, SITE_CONTENT_DIR: dir, SITE_UNIT: 'demo' },
      timeout: 60_000,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(output).not.toMatch(stackTrace);
    return { status: run.status, output };
  };
  const emptyFields = ['summary', 'sources[1].document', 'sources[1].issuer', 'sources[1].date'];

  it('unfilled, is a draft: `npm run check` passes and reminds the file and every empty field', () => {
    expect(runNew('tin', title).status).toBe(0);
    const { status, output } = check();
    expect(status).toBe(0);
    expect(output).toContain(`◦ Bản nháp content/${path} — còn thiếu hoặc chưa đúng:`);
    for (const field of emptyFields) expect(output).toContain(`Trường «${field}»`);
    expect(output).not.toContain('✗');
    expect(output).toContain('✓ Nội dung hợp lệ');
  });

  it('unfilled and set to publish, stops `npm run check`, which names the file and every empty field', () => {
    const draft = readFileSync(file, 'utf8');
    writeFileSync(file, draft.replace(/^draft: true.*\n/m, ''));
    const { status, output } = check();
    writeFileSync(file, draft);
    expect(status).toBe(1);
    expect(output).toContain(`✗ content/${path}`);
    for (const field of emptyFields) expect(output).toContain(`Trường «${field}»`);
  });

  it('filled in by the editor and set to publish, passes the check', () => {
    const filled = readFileSync(file, 'utf8')
      .replace(/^summary: ''/m, 'summary: Phường tổ chức ngày hội hướng dẫn người dân dùng dịch vụ công trực tuyến.')
      .replace(/^ {2}- document: ''/m, '  - document: Báo cáo số 12/BC-UBND về ngày hội chuyển đổi số')
      .replace(/^ {4}issuer: ''/m, '    issuer: UBND phường Thử Nghiệm')
      .replace(/^ {4}date: ''/m, "    date: '2026-01'")
      .replace(/^draft: true.*\n/m, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/, 'Phường tổ chức ngày hội, theo Báo cáo số 12/BC-UBND.');
    writeFileSync(file, filled);
    expect(filled).toContain(`title: ${title} #`);
    expect(checked(`content/${path}`).problems).toEqual([]);
  });
});

describe('npm run new, refusing', () => {
  it.each([
    [['xyz', 'Tiêu đề'], /Không có loại nội dung «xyz»[\s\S]*tin \(news\)\s+Tin nổi bật/],
    [['tin'], /Thiếu tiêu đề/],
    [[], /Cách dùng: npm run new -- <loại> "<tiêu đề>"/],
    [['tin', 'Tin', '--unit', 'khong-co'], /Đơn vị «khong-co» không có trong content\/units\. Các đơn vị có sẵn: demo/],
    [['tin', 'Tin', '--chung'], /chỉ đặt trong thư mục của từng đơn vị/],
    [['thu-tuc-rieng', 'Không có thủ tục này'], /Không có hướng dẫn thủ tục «khong-co-thu-tuc-nay»/],
    [['hoi-dap', 'Câu hỏi mẫu'], /Đã có «cau-hoi-mau» ở content\/shared\/faq\/cau-hoi-mau\.md/],
    [['tin', 'Tin', '--lam-gi'], /Không có tùy chọn «--lam-gi»/],
  ])('%j: one Vietnamese message, exit 1', (args, message) => {
    const { status, output } = runNew(...args);
    expect(status).toBe(1);
    expect(output).toMatch(message);
  });

  it('prints help and exits 0 when asked', () => {
    const { status, output } = runNew('--help');
    expect(status).toBe(0);
    expect(output).toContain('Các loại nội dung tạo được');
  });
});

describe('npm run new -- don-vi: a whole new unit', () => {
  const unitDir = join(dir, 'units', 'hong-an');
  const files = ['unit.yaml', 'screens/man-hinh-ngang.yaml', 'qr/ho-dan.yaml'];

  it('makes the profile, a screen and a prepared QR code, and adds the unit to the deploy list', () => {
    const { status, output } = runNew('don-vi', 'Phường Hồng An');
    expect(status).toBe(0);
    expect(output).toContain('✓ Đã tạo đơn vị «Phường Hồng An» (hong-an):');
    for (const file of files) {
      expect(existsSync(join(unitDir, file)), file).toBe(true);
      expect(output).toContain(`content/units/hong-an/${file}`);
    }
    expect(readFileSync(deployList, 'utf8')).toBe(
      '[\n  { "unit": "demo", "base": "/" },\n  { "unit": "hong-an", "base": "/" }\n]\n',
    );
  });

  it('is valid content at once: the check finds no problem and no draft in it', () => {
    const result = checkContent(['demo', 'hong-an'], dir, publicDir);
    expect(result.problems.filter((p) => p.file.startsWith('content/units/hong-an/'))).toEqual([]);
    expect(result.drafts.filter((d) => d.file.startsWith('content/units/hong-an/'))).toEqual([]);
  });

  it.each([
    [['don-vi', 'Phường Hồng An'], /^Đã có đơn vị «hong-an» \(thư mục content\/units\/hong-an\): lệnh không ghi đè/m],
    [['don-vi', 'phuong hong an'], /^Đã có đơn vị «hong-an»/m],
    [['don-vi'], /^Thiếu tên đơn vị\. Viết tên đầy đủ/m],
    [['don-vi', '  '], /^Thiếu tên đơn vị\./m],
    [['don-vi', 'Hồng An'], /^Tên đơn vị «Hồng An» phải bắt đầu bằng cấp của đơn vị/m],
  ])('%j: one Vietnamese message, exit 1, nothing changed', (args, message) => {
    const before = files.map((file) => readFileSync(join(unitDir, file), 'utf8'));
    const list = readFileSync(deployList, 'utf8');
    const { status, output } = runNew(...args);
    expect(status).toBe(1);
    expect(output).toMatch(message);
    expect(output.trim().split('\n')).toHaveLength(1);
    expect(files.map((file) => readFileSync(join(unitDir, file), 'utf8'))).toEqual(before);
    expect(readFileSync(deployList, 'utf8')).toBe(list);
  });
});
