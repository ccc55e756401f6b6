import { describe, expect, it } from 'vitest';
import { clockText, drift, onAir, slideSeconds, variantFor } from '../../src/lib/kiosk.ts';
import { sourceLine } from '../../src/lib/figures.ts';
import { slideKinds } from '../../src/lib/vocabulary.ts';
import { screenSchema } from '../../src/schemas/screen.ts';

describe('slideSeconds', () => {
  it('takes a positive duration from the operator', () => {
    expect(slideSeconds('8', 15)).toBe(8);
    expect(slideSeconds('0.05', 15)).toBe(0.05);
  });
  it('falls back to the configured time for anything else', () => {
    for (const bad of [null, '', ' ', 'abc', '0', '-3', 'Infinity', 'NaN', '1e9', '5s'])
      expect(slideSeconds(bad, 15), String(bad)).toBe(15);
  });
});

describe('onAir', () => {
  const schedule = { on: '06:00', off: '22:00' };
  const vn = 'Asia/Ho_Chi_Minh';
  // Instants, written in UTC: what a PC's clock counts, whatever zone it is set to.
  const at = (iso: string) => new Date(iso);
  it('plays from the start hour up to, not including, the end hour, on the unit’s wall clock', () => {
    expect(onAir(schedule, at('2026-11-22T23:00:00Z'), vn)).toBe(true); // 06:00 in Vietnam
    expect(onAir(schedule, at('2026-11-23T14:59:00Z'), vn)).toBe(true); // 21:59
    expect(onAir(schedule, at('2026-11-23T15:00:00Z'), vn)).toBe(false); // 22:00
    expect(onAir(schedule, at('2026-11-22T22:59:00Z'), vn)).toBe(false); // 05:59
    expect(onAir(schedule, at('2026-11-22T17:00:00Z'), vn)).toBe(false); // 00:00
  });
  it('at 02:19 UTC a Vietnamese screen is on air (09:19 there), read in UTC it would be dark', () => {
    expect(onAir(schedule, at('2026-11-23T02:19:00Z'), vn)).toBe(true);
    expect(onAir(schedule, at('2026-11-23T02:19:00Z'), 'UTC')).toBe(false);
  });
  it('at 16:00 UTC a Vietnamese screen is off (23:00 there), read in UTC it would still play', () => {
    expect(onAir(schedule, at('2026-11-23T16:00:00Z'), vn)).toBe(false);
    expect(onAir(schedule, at('2026-11-23T16:00:00Z'), 'UTC')).toBe(true);
  });
  it('switches at the unit’s midnight, not the PC’s', () => {
    const evening = { on: '17:00', off: '23:59' };
    expect(onAir(evening, at('2026-11-23T16:58:00Z'), vn)).toBe(true); // 23:58 in Vietnam
    expect(onAir(evening, at('2026-11-23T17:00:00Z'), vn)).toBe(false); // 00:00 the next day
    expect(onAir(evening, at('2026-11-23T17:00:00Z'), 'UTC')).toBe(true);
  });
});

describe('variantFor', () => {
  it('shows the next variant on each pass, and the only one when there is one', () => {
    expect([0, 1, 2, 3, 4].map((pass) => variantFor(pass, 3))).toEqual([0, 1, 2, 0, 1]);
    expect(variantFor(7, 1)).toBe(0);
    expect(variantFor(7, 0)).toBe(0);
  });
});

describe('drift', () => {
  it('walks round a square within the amplitude and comes back to the start', () => {
    const steps = Array.from({ length: 8 }, (_, i) => drift(i, 6));
    expect(new Set(steps.map((p) => `${p.x},${p.y}`)).size).toBe(8);
    for (const p of steps) expect(Math.max(Math.abs(p.x), Math.abs(p.y))).toBeLessThanOrEqual(6);
    expect(drift(8, 6)).toEqual(drift(0, 6));
    expect(drift(0)).toEqual({ x: 0, y: 0 });
  });
});

describe('clockText', () => {
  it('gives the weekday, date and time in Vietnamese, on the wall clock of the zone it is given', () => {
    expect(clockText(new Date('2026-11-23T01:05:00Z'), 'Asia/Ho_Chi_Minh')).toBe('Thứ Hai, 23/11/2026 · 08:05');
    expect(clockText(new Date('2026-11-29T14:30:00Z'), 'Asia/Ho_Chi_Minh')).toBe('Chủ nhật, 29/11/2026 · 21:30');
    expect(clockText(new Date('2026-11-23T02:19:00Z'), 'Asia/Ho_Chi_Minh')).toBe('Thứ Hai, 23/11/2026 · 09:19');
    expect(clockText(new Date('2026-11-23T02:19:00Z'), 'UTC')).toBe('Thứ Hai, 23/11/2026 · 02:19');
  });
  it('turns the day, the month and the year at the zone’s midnight, with 00 for the hour', () => {
    const instant = new Date('2026-12-31T17:00:00Z');
    expect(clockText(instant, 'Asia/Ho_Chi_Minh')).toBe('Thứ Sáu, 01/01/2027 · 00:00');
    expect(clockText(instant, 'UTC')).toBe('Thứ Năm, 31/12/2026 · 17:00');
  });
});

describe('sourceLine', () => {
  it('names the document, the issuer and the date as precisely as the source gives it', () => {
    expect(sourceLine({ document: 'Báo cáo số 1', issuer: 'UBND phường A', date: '2025-12' })).toBe(
      'Nguồn: Báo cáo số 1 — UBND phường A, tháng 12/2025.',
    );
  });
});

describe('slide kinds', () => {
  it('the schema accepts exactly the kinds the screens list names', () => {
    const kinds = screenSchema.shape.playlist.element.options.map((o) => o.shape.kind.value);
    expect(kinds.sort()).toEqual(Object.keys(slideKinds).sort());
  });
});
