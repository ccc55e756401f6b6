// The permanence rule for printed QR codes, on histories written out by hand: only a code once committed as
// printed (dang-dung or ngung) is protected; a prepared code (chuan-bi) may be changed or removed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catFileTexts, gone, permanenceBreaches, qrHistoryProblems, statusOf } from '../../src/checks/qr-history.ts';

const path = 'content/units/hong-bang/qr/ho-dan.yaml';

describe('permanenceBreaches', () => {
  it('lets a prepared code that was never printed be deleted', () => {
    expect(permanenceBreaches([{ path, committed: ['chuan-bi', 'chuan-bi'], now: gone }])).toEqual([]);
  });

  it('names a printed code whose file was deleted', () => {
    expect(permanenceBreaches([{ path, committed: ['dang-dung'], now: gone }])).toEqual([{ path, kind: 'removed' }]);
  });

  it('names a code printed in an earlier commit, then made prepared again and deleted', () => {
    expect(permanenceBreaches([{ path, committed: ['chuan-bi', 'dang-dung', 'chuan-bi'], now: gone }])).toEqual([
      { path, kind: 'removed' },
    ]);
  });

  it('names a retired code whose file was deleted', () => {
    expect(permanenceBreaches([{ path, committed: ['ngung', 'dang-dung'], now: gone }])).toEqual([
      { path, kind: 'removed' },
    ]);
  });

  it('names a printed code that went back to prepared', () => {
    expect(permanenceBreaches([{ path, committed: ['chuan-bi', 'dang-dung'], now: 'chuan-bi' }])).toEqual([
      { path, kind: 'unprinted' },
    ]);
  });

  it('accepts a printed code still printed, and a prepared code being printed', () => {
    expect(
      permanenceBreaches([
        { path, committed: ['dang-dung'], now: 'ngung' },
        { path: 'content/units/cat-hai/qr/ho-dan.yaml', committed: ['chuan-bi'], now: 'dang-dung' },
      ]),
    ).toEqual([]);
  });

  it('does not count a version that could not be read as printed', () => {
    expect(permanenceBreaches([{ path, committed: [undefined, 'chuan-bi'], now: gone }])).toEqual([]);
  });
});

describe('statusOf', () => {
  it('reads the status of a committed version', () => {
    expect(statusOf('status: dang-dung\ntarget: /\n')).toBe('dang-dung');
    expect(statusOf("# Mã cho hộ dân\nstatus: 'chuan-bi'\n")).toBe('chuan-bi');
  });
  it('counts a draft as prepared: it was never built, so never printed', () => {
    expect(statusOf('draft: true\nstatus: dang-dung\ntarget: /\n')).toBe('chuan-bi');
    expect(statusOf('draft: false\nstatus: dang-dung\ntarget: /\n')).toBe('dang-dung');
  });
  it('gives nothing for text that is not a YAML mapping', () => {
    expect(statusOf('status: [dang-dung')).toBeUndefined();
    expect(statusOf('- dang-dung\n')).toBeUndefined();
    expect(statusOf('')).toBeUndefined();
  });
});

describe('catFileTexts', () => {
  it('splits git cat-file --batch output, counting sizes in bytes', () => {
    const first = 'place: Tổ dân phố số 1\n';
    const out = Buffer.from(
      `aaaa blob ${Buffer.byteLength(first)}\n${first}\nabc123:content/x.yaml missing\nbbbb blob 0\n\n`,
    );
    expect(catFileTexts(out)).toEqual([first, undefined, '']);
  });
});

describe('qrHistoryProblems in a git repository', () => {
  const repo = mkdtempSync(join(tmpdir(), 'nq57-qr-lich-su-'));
  const content = join(repo, 'content');
  const qr = join(content, 'units', 'demo', 'qr');
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=Kiểm thử', '-c', 'user.email=kiem-thu@example.vn', ...args]);
  const write = (code: string, status: string) =>
    writeFileSync(join(qr, `${code}.yaml`), `status: ${status}\ntarget: /\ncampaign: Mẫu\n`);
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('protects only codes once committed as printed, through deletions and renames', () => {
    mkdirSync(qr, { recursive: true });
    git('init', '-q');
    write('chuan-bi-xoa', 'chuan-bi');
    write('chuan-bi-doi-ten', 'chuan-bi');
    write('da-in', 'dang-dung');
    write('in-roi-lui', 'chuan-bi');
    write('in-roi-xoa', 'chuan-bi');
    git('add', '.');
    git('commit', '-qm', 'Chuẩn bị mã');
    write('in-roi-lui', 'dang-dung');
    write('in-roi-xoa', 'dang-dung');
    git('commit', '-qam', 'Đã in');
    expect(qrHistoryProblems(content)).toEqual([]);
    write('in-roi-lui', 'chuan-bi');
    write('in-roi-xoa', 'chuan-bi');
    git('commit', '-qam', 'Lùi về chuẩn bị');
    rmSync(join(qr, 'chuan-bi-xoa.yaml'));
    rmSync(join(qr, 'in-roi-xoa.yaml'));
    rmSync(join(qr, 'da-in.yaml'));
    git('mv', 'content/units/demo/qr/chuan-bi-doi-ten.yaml', 'content/units/demo/qr/ten-moi.yaml');
    git('add', '-A');
    git('commit', '-qm', 'Xóa và đổi tên');
    const problems = qrHistoryProblems(content);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/units/demo/qr/da-in.yaml', '(tên tệp)'],
      ['content/units/demo/qr/in-roi-lui.yaml', 'status'],
      ['content/units/demo/qr/in-roi-xoa.yaml', '(tên tệp)'],
    ]);
    expect(problems[0]?.message).toContain('mã QR «da-in» đã phát hành nhưng tệp của nó bị xóa');
    // A printed code renamed is a printed code deleted: its old address would stop answering.
    write('ten-moi', 'dang-dung');
    git('add', '-A');
    git('commit', '-qm', 'In mã mới');
    git('mv', 'content/units/demo/qr/ten-moi.yaml', 'content/units/demo/qr/ten-khac.yaml');
    git('commit', '-qm', 'Đổi tên mã đã in');
    expect(qrHistoryProblems(content).map((p) => p.file)).toContain('content/units/demo/qr/ten-moi.yaml');
  });

  it('finds nothing outside a git checkout', () => {
    const plain = mkdtempSync(join(tmpdir(), 'nq57-qr-khong-git-'));
    try {
      expect(qrHistoryProblems(plain)).toEqual([]);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});
