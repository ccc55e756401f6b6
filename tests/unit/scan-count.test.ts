import { describe, expect, it } from 'vitest';
import { optedOut, scanProps, scanRequest, type Analytics } from '../../src/lib/scan-count.ts';
import { unitSchema } from '../../src/schemas/unit.ts';

const scan = { code: 'to-3', group: 'Tổ dân phố số 3', campaign: 'Phát mã QR 2025' };
const page = {
  href: 'https://hongbang.example.vn/nq57/q/to-3/?utm_source=to-roi#x',
  title: 'Mã QR to-3',
};
const plausible: Analytics = {
  tool: 'plausible',
  endpoint: 'https://plausible.io/api/event',
  site: 'hongbang.example.vn',
};
const umami: Analytics = {
  tool: 'umami',
  endpoint: 'https://thongke.example.vn/api/send',
  site: '4f1c2a8e-0b3d-4c6e-9a7f-1e2d3c4b5a69',
};

describe('scanRequest', () => {
  it('sends nothing when the unit has no analytics tool', () => {
    expect(scanRequest(undefined, scan, page)).toBeNull();
  });

  it('posts a Plausible event with the code, group and campaign, without query or fragment', () => {
    const request = scanRequest(plausible, scan, page);
    expect(request?.url).toBe('https://plausible.io/api/event');
    expect(request?.contentType).toBe('text/plain');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      name: 'Quét mã QR',
      url: 'https://hongbang.example.vn/nq57/q/to-3/',
      domain: 'hongbang.example.vn',
      props: { 'ma-qr': 'to-3', 'to-dan-pho': 'Tổ dân phố số 3', 'dot-phat-hanh': 'Phát mã QR 2025' },
    });
  });

  it('posts an Umami event to the website id with the path only', () => {
    const request = scanRequest(umami, scan, page);
    expect(request?.url).toBe('https://thongke.example.vn/api/send');
    expect(request?.contentType).toBe('application/json');
    const body = JSON.parse(request?.body ?? '') as { type: string; payload: Record<string, unknown> };
    expect(body.type).toBe('event');
    expect(body.payload).toEqual({
      website: '4f1c2a8e-0b3d-4c6e-9a7f-1e2d3c4b5a69',
      hostname: 'hongbang.example.vn',
      url: '/nq57/q/to-3/',
      title: 'Mã QR to-3',
      language: 'vi',
      name: 'Quét mã QR',
      data: { 'ma-qr': 'to-3', 'to-dan-pho': 'Tổ dân phố số 3', 'dot-phat-hanh': 'Phát mã QR 2025' },
    });
  });
});

describe('scanProps', () => {
  it('says when a code was given to no residential group', () => {
    expect(scanProps({ code: 'cho', campaign: 'Dán tại chợ' })['to-dan-pho']).toBe('không ghi');
  });
});

describe('optedOut', () => {
  it('honours Global Privacy Control and Do Not Track', () => {
    expect(optedOut({ globalPrivacyControl: true })).toBe(true);
    expect(optedOut({ doNotTrack: '1' })).toBe(true);
    expect(optedOut({ doNotTrack: '0', globalPrivacyControl: false })).toBe(false);
    expect(optedOut({})).toBe(false);
  });
});

describe('the analytics field of a unit profile', () => {
  const base = {
    name: 'Phường A',
    shortName: 'A',
    kind: 'phuong',
    city: 'Hải Phòng',
    committee: 'UBND phường A',
    intro: 'Giới thiệu.',
    sources: [{ document: 'Báo cáo', issuer: 'UBND phường A', date: '2025-12' }],
  };
  it('accepts a Plausible or an Umami counter, or none', () => {
    expect(unitSchema.safeParse(base).success).toBe(true);
    expect(unitSchema.safeParse({ ...base, analytics: plausible }).success).toBe(true);
    expect(unitSchema.safeParse({ ...base, analytics: umami }).success).toBe(true);
  });
  it('refuses an unknown tool, an address without https:// and an Umami site that is not its id', () => {
    expect(unitSchema.safeParse({ ...base, analytics: { ...plausible, tool: 'google' } }).success).toBe(false);
    expect(unitSchema.safeParse({ ...base, analytics: { ...plausible, endpoint: 'plausible.io' } }).success).toBe(
      false,
    );
    expect(unitSchema.safeParse({ ...base, analytics: { ...umami, site: 'hongbang' } }).success).toBe(false);
  });
});
