import { describe, expect, it } from 'vitest';
import {
  clockText,
  configErrorMessage,
  drift,
  onAir,
  readKioskConfig,
  readReloadMemory,
  RELOAD_AGAIN_AFTER_MS,
  shouldReload,
  slideSeconds,
  variantFor,
  versionInFile,
} from '../../src/lib/kiosk.ts';
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

describe('readKioskConfig', () => {
  const good = {
    playlist: [
      { kind: 'so-lieu', seconds: 15, variants: 1 },
      { kind: 'khau-hieu', seconds: 10, variants: 3 },
    ],
    schedule: { on: '06:00', off: '22:00' },
    timeZone: 'Asia/Ho_Chi_Minh',
    version: '2026-11-23T02:00:00.000Z',
    versionUrl: '/nq57/kiosk/phien-ban.json',
    serviceWorker: '/nq57/sw.js',
    scope: '/nq57/',
  };
  const json = (over: Record<string, unknown>) => JSON.stringify({ ...good, ...over });

  it('reads the configuration the build writes', () => {
    expect(readKioskConfig(JSON.stringify(good))).toEqual({ ok: true, config: good });
  });

  it.each([
    ['no configuration', null, 'trang không có cấu hình (#kiosk-config)'],
    ['an empty one', '  ', 'trang không có cấu hình (#kiosk-config)'],
    ['invalid JSON', '{"playlist": [', 'cấu hình không phải một đối tượng JSON hợp lệ'],
    ['a number', '42', 'cấu hình không phải một đối tượng JSON hợp lệ'],
    ['an array', '[]', 'cấu hình không phải một đối tượng JSON hợp lệ'],
    ['no playlist', json({ playlist: undefined }), 'thiếu danh sách trang chiếu (playlist)'],
    ['a playlist that is not a list', json({ playlist: { kind: 'ma-qr' } }), 'thiếu danh sách trang chiếu (playlist)'],
    ['an empty playlist', json({ playlist: [] }), 'danh sách trang chiếu (playlist) trống'],
    ['a slide that is not an object', json({ playlist: ['ma-qr'] }), 'trang chiếu thứ 1 không phải một đối tượng'],
    [
      'seconds as text',
      json({ playlist: [{ kind: 'ma-qr', seconds: '15', variants: 1 }] }),
      'trang chiếu thứ 1: thời gian (seconds) phải là số giây từ 1 đến 3600',
    ],
    [
      'zero seconds',
      json({ playlist: [{ kind: 'ma-qr', seconds: 0, variants: 1 }] }),
      'trang chiếu thứ 1: thời gian (seconds) phải là số giây từ 1 đến 3600',
    ],
    [
      'no variants',
      json({ playlist: [{ kind: 'ma-qr', seconds: 5 }] }),
      'trang chiếu thứ 1: số phương án (variants) phải là số nguyên dương',
    ],
    [
      'a kind that is not a word',
      json({ playlist: [{ kind: '<b>', seconds: 5, variants: 1 }] }),
      'trang chiếu thứ 1: loại (kind) không hợp lệ',
    ],
    ['hours as numbers', json({ schedule: { on: 6, off: 22 } }), 'thiếu giờ phát (schedule.on, schedule.off)'],
    [
      'off before on',
      json({ schedule: { on: '22:00', off: '06:00' } }),
      'giờ phát phải dạng HH:MM, giờ tắt sau giờ bật',
    ],
    ['an unknown zone', json({ timeZone: 'Sao Hỏa/Trạm 1' }), 'múi giờ (timeZone) không hợp lệ'],
    ['no version', json({ version: 42 }), 'thiếu mã bản dựng (version)'],
    [
      'a version file on another host',
      json({ versionUrl: '//evil.example/v.json' }),
      'đường dẫn (versionUrl, serviceWorker, scope) không hợp lệ',
    ],
    [
      'a service worker from a full URL',
      json({ serviceWorker: 'https://evil.example/sw.js' }),
      'đường dẫn (versionUrl, serviceWorker, scope) không hợp lệ',
    ],
    ['a huge configuration', 'x'.repeat(200_000), 'cấu hình dài quá 100000 ký tự'],
  ])('names the problem with %s', (_, text, problem) => {
    const reading = readKioskConfig(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toBe(problem);
  });

  it('keeps what the player can still use: the zone for its clock and the update check', () => {
    expect(readKioskConfig(json({ playlist: [], timeZone: 'UTC' }))).toEqual({
      ok: false,
      problem: 'danh sách trang chiếu (playlist) trống',
      timeZone: 'UTC',
      update: { version: good.version, versionUrl: good.versionUrl },
    });
    expect(readKioskConfig(json({ playlist: [], timeZone: 'x', versionUrl: 'https://evil.example/' }))).toEqual({
      ok: false,
      problem: 'danh sách trang chiếu (playlist) trống',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
  });

  it('gives the operator one Vietnamese line', () => {
    expect(configErrorMessage('danh sách trang chiếu (playlist) trống')).toBe(
      'Cấu hình màn hình bị lỗi: danh sách trang chiếu (playlist) trống. Báo cán bộ kỹ thuật.',
    );
  });
});

describe('the version file and reloads', () => {
  it('reads the build only from a file of the expected shape', () => {
    expect(versionInFile('{"version":"2026-11-23T02:00:00.000Z"}')).toBe('2026-11-23T02:00:00.000Z');
    for (const bad of [
      '',
      'not json',
      '<!doctype html><title>Lỗi</title>',
      '{}',
      '42',
      'null',
      '"2026"',
      '[{"version":"a"}]',
      '{"version": 42}',
      '{"version": ""}',
      '{"version": "có dấu và dấu cách"}',
      JSON.stringify({ version: 'a'.repeat(101) }),
      JSON.stringify({ version: 'a'.repeat(5_000) }),
    ])
      expect(versionInFile(bad), bad.slice(0, 40)).toBeUndefined();
  });

  it('reads back only a well-formed memory of the last reload', () => {
    expect(readReloadMemory('{"version":"b","at":5}')).toEqual({ version: 'b', at: 5 });
    for (const bad of [null, '', 'x', '{}', '{"version":"b"}', '{"version":1,"at":5}', '{"version":"b","at":"5"}'])
      expect(readReloadMemory(bad)).toBeNull();
  });

  const now = Date.parse('2026-11-23T02:00:00Z');
  it('reloads for a new build the server names', () => {
    expect(shouldReload('b', 'a', null, now)).toBe(true);
    expect(shouldReload('b', 'a', { version: 'c', at: now - 1000 }, now)).toBe(true);
  });
  it('never reloads for the page’s own build or for a file of the wrong shape', () => {
    expect(shouldReload('a', 'a', null, now)).toBe(false);
    expect(shouldReload(undefined, 'a', null, now)).toBe(false);
  });
  it('does not reload twice for the same build within the guard time (a cache served the old page)', () => {
    const last = { version: 'b', at: now };
    expect(shouldReload('b', 'a', last, now + 10_000)).toBe(false);
    expect(shouldReload('b', 'a', last, now + RELOAD_AGAIN_AFTER_MS - 1)).toBe(false);
    expect(shouldReload('b', 'a', last, now + RELOAD_AGAIN_AFTER_MS)).toBe(true);
    // The PC's clock set back: the memory looks to be from the future; one more reload, then it guards again.
    expect(shouldReload('b', 'a', last, now - 60 * 60_000)).toBe(true);
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
