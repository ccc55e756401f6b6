// The arithmetic of a screen that plays unattended: how long each slide stays, whether the screen is on
// air, which variant a rotating slide shows on this pass, and how far to nudge content against burn-in.
// Hours and the clock are read in the unit's time zone, never the screen PC's own.
import { zonedTime } from './dates.ts';

/** Seconds a slide stays: the operator's `duration` parameter when it is a positive number, else the file's. */
export function slideSeconds(param: string | null, configured: number): number {
  if (param === null || param.trim() === '') return configured;
  const value = Number(param);
  return Number.isFinite(value) && value > 0 && value <= 3600 ? value : configured;
}

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * Whether the screen plays at this moment, read on the wall clock of `timeZone`: from `on` (included) to
 * `off` (excluded), within one day (the screen schema keeps `off` after `on`).
 */
export function onAir(schedule: { on: string; off: string }, now: Date, timeZone: string): boolean {
  const { hour, minute } = zonedTime(now, timeZone);
  const t = hour * 60 + minute;
  return t >= minutes(schedule.on) && t < minutes(schedule.off);
}

/** Which of `count` variants a rotating slide (slogans, infographics) shows on the given pass. */
export function variantFor(pass: number, count: number): number {
  return count > 0 ? pass % count : 0;
}

/**
 * Offset in pixels against burn-in: a slow walk round the eight points of a square of side 2×`amplitude`,
 * one step per call, so no pixel shows the same edge for long.
 */
export function drift(step: number, amplitude = 6): { x: number; y: number } {
  const points: [number, number][] = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
    [-1, 1],
    [-1, 0],
    [-1, -1],
    [0, -1],
  ];
  const [x, y] = points[((step % points.length) + points.length) % points.length] ?? [0, 0];
  return { x: x * amplitude, y: y * amplitude };
}

/** The clock line as the wall clock of `timeZone` reads it: «Thứ Hai, 23/11/2026 · 08:05». */
export function clockText(now: Date, timeZone: string): string {
  const days = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const t = zonedTime(now, timeZone);
  return `${days[t.weekday]}, ${pad(t.day)}/${pad(t.month)}/${t.year} · ${pad(t.hour)}:${pad(t.minute)}`;
}
