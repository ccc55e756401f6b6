// A unit's «today» and wall clock, read in its time zone at fixed instants: the same answers whatever zone
// the machine running the test is set to (npm test runs it under the machine's own zone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_TIME_ZONE, dateIn, isTimeZone, zonedTime } from '../../src/lib/dates.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { unitSchema } from '../../src/schemas/unit.ts';

describe('zonedTime', () => {
  it('reads one instant on the wall clocks of two zones', () => {
    const instant = new Date('2026-11-23T02:19:00Z');
    expect(zonedTime(instant, 'UTC')).toEqual({ year: 2026, month: 11, day: 23, weekday: 1, hour: 2, minute: 19 });
    expect(zonedTime(instant, 'Asia/Ho_Chi_Minh')).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      weekday: 1,
      hour: 9,
      minute: 19,
    });
  });
  it('crosses midnight and the new year in the zone, not in UTC', () => {
    expect(zonedTime(new Date('2025-12-31T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toMatchObject({
      year: 2026,
      month: 1,
      day: 1,
      weekday: 4,
      hour: 0,
      minute: 0,
    });
    expect(zonedTime(new Date('2025-12-31T17:00:00Z'), 'UTC')).toMatchObject({ day: 31, hour: 17 });
  });
});

describe('dateIn', () => {
  it.each([
    ['2025-12-31T23:30:00Z', 'Asia/Ho_Chi_Minh', '2026-01-01'],
    ['2025-12-31T16:59:59Z', 'Asia/Ho_Chi_Minh', '2025-12-31'],
    ['2025-12-31T17:00:00Z', 'Asia/Ho_Chi_Minh', '2026-01-01'],
    ['2025-12-31T17:00:00Z', 'UTC', '2025-12-31'],
    ['2026-03-10T02:00:00Z', 'UTC', '2026-03-10'],
    ['2026-03-10T02:00:00Z', 'America/Los_Angeles', '2026-03-09'],
  ])('%s is %s in %s', (instant, zone, day) => {
    expect(dateIn(new Date(instant), zone)).toBe(day);
  });
});

describe('the unit profile’s time zone', () => {
  // The fixture unit's profile, which names no zone.
  const unit = parse(
    readFileSync(join(import.meta.dirname, '../fixtures/valid/units/demo/unit.yaml'), 'utf8'),
  ) as object;
  it('defaults to Vietnam and takes any IANA zone', () => {
    expect(unitSchema.parse(unit).timeZone).toBe(DEFAULT_TIME_ZONE);
    expect(unitSchema.parse({ ...unit, timeZone: 'UTC' }).timeZone).toBe('UTC');
    expect(isTimeZone('Asia/Bangkok')).toBe(true);
  });
  it('refuses a zone that does not exist, in Vietnamese', () => {
    for (const bad of ['Asia/Hai_Phong', 'GMT+7 Hà Nội', '']) {
      expect(isTimeZone(bad), bad).toBe(false);
      const result = unitSchema.safeParse({ ...unit, timeZone: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/múi giờ không có thật.*Asia\/Ho_Chi_Minh/);
    }
  });
});

describe('the news date check reads «today» in the unit’s zone', () => {
  afterEach(() => vi.useRealTimers());
  const item = {
    title: 'Tin',
    summary: 'Tóm tắt.',
    draft: false,
    sources: [{ document: 'Báo cáo', issuer: 'UBND', date: '2026-03' }],
  };
  it('at 2026-03-09 17:30 UTC, 10 March is today in Vietnam but still tomorrow in UTC', () => {
    vi.useFakeTimers({ now: new Date('2026-03-09T17:30:00Z'), toFake: ['Date'] });
    const news = (zone?: string) => newsSchema(() => z.string(), zone);
    expect(news().safeParse({ ...item, date: '2026-03-10' }).success).toBe(true);
    expect(news('Asia/Ho_Chi_Minh').safeParse({ ...item, date: '2026-03-10' }).success).toBe(true);
    expect(news('UTC').safeParse({ ...item, date: '2026-03-10' }).success).toBe(false);
    expect(news('UTC').safeParse({ ...item, date: '2026-03-09' }).success).toBe(true);
    expect(news('UTC').safeParse({ ...item, date: '2026-03-10', draft: true }).success).toBe(true);
  });
});
