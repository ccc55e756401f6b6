// The arithmetic of a screen that plays unattended: how long each slide stays, whether the screen is on
// air, which variant a rotating slide shows on this pass, and how far to nudge content against burn-in.
// Hours and the clock are read in the unit's time zone, never the screen PC's own. And what the player must
// never trust: its configuration (checked, with a message for the operator) and the version file (a reload
// only for a well-formed new build, never twice in a row for the same one).
import { DEFAULT_TIME_ZONE, isTimeZone, zonedTime } from './dates.ts';

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

/** What the page tells the player (#kiosk-config), once read and checked. */
export interface KioskConfig {
  playlist: { kind: string; seconds: number; variants: number }[];
  schedule: { on: string; off: string };
  /** The unit's time zone (IANA name): the schedule and the clock follow it, whatever the PC's zone. */
  timeZone: string;
  /** The build the page came from, and the site path of the file that names the build on the server. */
  version: string;
  versionUrl: string;
  serviceWorker: string;
  scope: string;
}

/** The update check a screen can still make with a broken playlist: a fixed build must reach it. */
export interface KioskUpdate {
  version: string;
  versionUrl: string;
}

export type KioskConfigReading =
  { ok: true; config: KioskConfig } | { ok: false; problem: string; timeZone: string; update?: KioskUpdate };

const CONFIG_MAX = 100_000;
const PLAYLIST_MAX = 100;
const VERSION = /^[\x21-\x7e]{1,100}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A path on the site itself: «/kiosk/phien-ban.json», never another host or scheme. */
const isSitePath = (v: unknown): v is string => typeof v === 'string' && /^\/(?![/\\])[^\s]{0,300}$/.test(v);

/**
 * Reads and checks the screen's configuration (the #kiosk-config JSON written by the build). A malformed one
 * gives the problem in Vietnamese for the operator, with what the player can still use: the zone for its clock
 * and, when both are sound, the build and the version file, so that a fixed build still reaches the screen.
 */
export function readKioskConfig(text: string | null | undefined): KioskConfigReading {
  const fail = (problem: string, raw?: Record<string, unknown>): KioskConfigReading => {
    const zone = raw?.timeZone;
    const timeZone = typeof zone === 'string' && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
    const update =
      typeof raw?.version === 'string' && VERSION.test(raw.version) && isSitePath(raw.versionUrl)
        ? { version: raw.version, versionUrl: raw.versionUrl }
        : undefined;
    return { ok: false, problem, timeZone, ...(update ? { update } : {}) };
  };
  if (!text || text.trim() === '') return fail('trang không có cấu hình (#kiosk-config)');
  if (text.length > CONFIG_MAX) return fail(`cấu hình dài quá ${CONFIG_MAX} ký tự`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Told as the shape below is: the operator's fix is the same (rebuild), whichever it is.
  }
  if (!isRecord(value)) return fail('cấu hình không phải một đối tượng JSON hợp lệ');
  const { playlist, schedule, timeZone, version, versionUrl, serviceWorker, scope } = value;
  if (!Array.isArray(playlist)) return fail('thiếu danh sách trang chiếu (playlist)', value);
  if (playlist.length === 0) return fail('danh sách trang chiếu (playlist) trống', value);
  if (playlist.length > PLAYLIST_MAX) return fail(`danh sách trang chiếu quá ${PLAYLIST_MAX} trang`, value);
  for (const [i, item] of playlist.entries()) {
    const where = `trang chiếu thứ ${i + 1}`;
    if (!isRecord(item)) return fail(`${where} không phải một đối tượng`, value);
    if (typeof item.kind !== 'string' || !/^[a-z-]{1,40}$/.test(item.kind))
      return fail(`${where}: loại (kind) không hợp lệ`, value);
    if (typeof item.seconds !== 'number' || !Number.isFinite(item.seconds) || item.seconds <= 0 || item.seconds > 3600)
      return fail(`${where}: thời gian (seconds) phải là số giây từ 1 đến 3600`, value);
    if (!Number.isInteger(item.variants) || (item.variants as number) < 1 || (item.variants as number) > 1000)
      return fail(`${where}: số phương án (variants) phải là số nguyên dương`, value);
  }
  if (!isRecord(schedule) || typeof schedule.on !== 'string' || typeof schedule.off !== 'string')
    return fail('thiếu giờ phát (schedule.on, schedule.off)', value);
  if (!HHMM.test(schedule.on) || !HHMM.test(schedule.off) || schedule.off <= schedule.on)
    return fail('giờ phát phải dạng HH:MM, giờ tắt sau giờ bật', value);
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) return fail('múi giờ (timeZone) không hợp lệ', value);
  if (typeof version !== 'string' || !VERSION.test(version)) return fail('thiếu mã bản dựng (version)', value);
  if (!isSitePath(versionUrl) || !isSitePath(serviceWorker) || !isSitePath(scope))
    return fail('đường dẫn (versionUrl, serviceWorker, scope) không hợp lệ', value);
  return {
    ok: true,
    config: {
      playlist: playlist.map((item: Record<string, unknown>) => ({
        kind: item.kind as string,
        seconds: item.seconds as number,
        variants: item.variants as number,
      })),
      schedule: { on: schedule.on, off: schedule.off },
      timeZone,
      version,
      versionUrl,
      serviceWorker,
      scope,
    },
  };
}

/** The line the operator reads on a screen whose configuration is broken. */
export function configErrorMessage(problem: string): string {
  return `Cấu hình màn hình bị lỗi: ${problem}. Báo cán bộ kỹ thuật.`;
}

/** A reload the player made for a build, remembered for the tab (sessionStorage) with the wall-clock time. */
export interface ReloadMemory {
  version: string;
  at: number;
}
/** A reload for the same build is not made again within this time: a cache may still serve the old page. */
export const RELOAD_AGAIN_AFTER_MS = 30 * 60_000;
const VERSION_FILE_MAX = 1_000;

/** The build a version file names, if the file has the expected shape ({"version": "<id>"}); else undefined. */
export function versionInFile(text: string): string | undefined {
  if (text.length > VERSION_FILE_MAX) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value)) return undefined;
    return typeof value.version === 'string' && VERSION.test(value.version) ? value.version : undefined;
  } catch {
    return undefined;
  }
}

/** What the player remembers of its last reload, if what sessionStorage holds has that shape. */
export function readReloadMemory(raw: string | null): ReloadMemory | null {
  if (!raw || raw.length > VERSION_FILE_MAX) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!isRecord(value) || typeof value.version !== 'string' || typeof value.at !== 'number') return null;
    return Number.isFinite(value.at) ? { version: value.version, at: value.at } : null;
  } catch {
    return null;
  }
}

/**
 * Whether to reload for the build the server names (`served`, from versionInFile): only for a well-formed
 * version other than the page's own, and not if a reload was already made for that very version less than
 * RELOAD_AGAIN_AFTER_MS ago (the reloaded page still carrying the old build means a cache served it: reloading
 * again at once would loop). `now` is the wall clock in ms; a remembered time ahead of it counts as long ago.
 */
export function shouldReload(
  served: string | undefined,
  current: string,
  last: ReloadMemory | null,
  now: number,
): boolean {
  if (served === undefined || served === current) return false;
  if (last && last.version === served && now - last.at >= 0 && now - last.at < RELOAD_AGAIN_AFTER_MS) return false;
  return true;
}
