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
  const at = (h: number, m: number) => new Date(2026, 10, 23, h, m);
  it('plays from the start hour up to, not including, the end hour', () => {
    expect(onAir(schedule, at(6, 0))).toBe(true);
    expect(onAir(schedule, at(21, 59))).toBe(true);
    expect(onAir(schedule, at(22, 0))).toBe(false);
    expect(onAir(schedule, at(5, 59))).toBe(false);
    expect(onAir(schedule, at(0, 0))).toBe(false);
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
  it('gives the weekday, date and time in Vietnamese', () => {
    expect(clockText(new Date(2026, 10, 23, 8, 5))).toBe('Thứ Hai, 23/11/2026 · 08:05');
    expect(clockText(new Date(2026, 10, 29, 21, 30))).toBe('Chủ nhật, 29/11/2026 · 21:30');
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
