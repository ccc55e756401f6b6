import { describe, expect, it } from 'vitest';
import { dueForReview, formatReviewDue } from '../../src/checks/review-dates.ts';
import { isOfficialHost, repositoryTitleProblem, unofficialUrlProblem } from '../../src/lib/official-sources.ts';

describe('official source hosts (one list: src/lib/official-sources.ts)', () => {
  it('accepts state hosts and the official legal portals, and their subdomains', () => {
    for (const host of ['dichvucong.gov.vn', 'congbao.haiphong.gov.vn', 'cdn.haiphong.gov.vn', 'moj.gov.vn']) {
      expect(isOfficialHost(host), host).toBe(true);
    }
    for (const host of ['chinhphu.vn', 'vanban.chinhphu.vn', 'vbpl.vn', 'quochoi.vn']) {
      expect(isOfficialHost(host), host).toBe(true);
    }
  });

  it('refuses repositories, newspapers and look-alike names', () => {
    for (const host of ['github.com', 'raw.githubusercontent.com', 'baomoi.com', 'gov.vn.example.com', 'xgov.vn']) {
      expect(isOfficialHost(host), host).toBe(false);
    }
    expect(unofficialUrlProblem('https://github.com/chu/kho/blob/main/a.json')).toMatch(
      /^nguồn «github\.com» không phải trang chính thức/,
    );
    expect(unofficialUrlProblem('https://dichvucong.gov.vn/thu-tuc-hanh-chinh/abc')).toBeUndefined();
  });

  it('refuses a title naming a repository, not «kho bạc» nor «khoản»', () => {
    expect(repositoryTitleProblem('Bản thu thập (kho chatbot-tthc/chatbot_tthc)')).toMatch(/nhắc «kho»/);
    expect(repositoryTitleProblem('Dữ liệu trên GitHub')).toMatch(/nhắc «GitHub»/);
    expect(repositoryTitleProblem('Luật Hộ tịch, Điều 16 khoản 2')).toBeUndefined();
    expect(repositoryTitleProblem('Thông báo của Kho bạc Nhà nước')).toBeUndefined();
  });
});

describe('guides due for review', () => {
  const dates = [
    { file: 'content/shared/procedures/a.yaml', checkedOn: new Date('2026-11-23') },
    { file: 'content/shared/procedures/b.yaml', checkedOn: new Date('2025-11-22') },
    { file: 'content/shared/procedures/c.yaml', checkedOn: new Date('2025-11-23') },
  ];

  it('lists a guide checked more than 12 months before the given day, never by the machine clock', () => {
    expect(dueForReview(dates, '2026-11-23').map((d) => d.file)).toEqual(['content/shared/procedures/b.yaml']);
    expect(dueForReview(dates, '2026-11-22')).toEqual([]);
    expect(dueForReview(dates, '2027-11-24').map((d) => d.file)).toEqual([
      'content/shared/procedures/b.yaml',
      'content/shared/procedures/c.yaml',
      'content/shared/procedures/a.yaml',
    ]);
  });

  it('handles the end of a month that the year before does not have', () => {
    const leap = [{ file: 'x', checkedOn: new Date('2027-02-28') }];
    expect(dueForReview(leap, '2028-02-29')).toEqual([]);
    expect(dueForReview(leap, '2028-03-01')).toHaveLength(1);
  });

  it('says which guides are due, in Vietnamese', () => {
    const text = formatReviewDue(dueForReview(dates, '2026-11-23'));
    expect(text).toContain('1 hướng dẫn thủ tục đã quá 12 tháng chưa kiểm tra lại');
    expect(text).toContain('content/shared/procedures/b.yaml — kiểm tra lần cuối 22/11/2025');
  });
});
