// Screens that can't be frozen: slides keep changing when the PC's clock is set back (they are timed by the
// monotonic clock; Playwright's setSystemTime moves Date, not performance.now), a broken configuration shows a
// fallback slide and a line for the operator while the clock runs on, and a version file of the wrong shape, or
// a new build a cache keeps hiding, never makes the screen reload again and again.
import { expect, test, type Page } from '@playwright/test';
import { openScreen, shownCount, utcMorning, wallClock } from '../support/kiosk.ts';

const screen = 'kiosk/man-hinh-mau/';
// Requests a service worker makes are not seen by page.route: the worker is kiosk-offline.spec.ts's business.
test.use({ timezoneId: utcMorning.timezoneId, serviceWorkers: 'block' });

/** Uncaught errors on the page, collected from now on. */
const pageErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
};

test('slides keep changing after the PC’s clock is set back an hour; the clock line follows the wall clock', async ({
  page,
}) => {
  const errors = pageErrors(page);
  await openScreen(page, `${screen}?duration=2`, utcMorning, { pause: true });
  // Playwright's clock keeps performance.now() apart from the wall clock: setSystemTime moves only Date.
  const before = await page.evaluate(() => ({ mono: performance.now(), wall: Date.now() }));
  const back = before.wall - 60 * 60 * 1000;
  await page.clock.setSystemTime(back);
  const after = await page.evaluate(() => ({ mono: performance.now(), wall: Date.now() }));
  expect(after.wall - before.wall).toBeLessThan(-59 * 60 * 1000);
  expect(after.mono).toBeGreaterThanOrEqual(before.mono);

  const from = await shownCount(page);
  for (let i = 1; i <= 5; i += 1) {
    await page.clock.runFor(2_000);
    expect(await shownCount(page), `slide changes ${2 * i} s after the clock went back`).toBe(from + i);
  }
  // The clock line reads the wall clock, an hour back (08:00 in Vietnam): still on air.
  await expect(page.locator('[data-clock]')).toHaveText(
    new RegExp(`${wallClock(back + 10_000, 'Asia/Ho_Chi_Minh').time}$`),
  );
  await expect(page.locator('#kiosk')).toHaveAttribute('data-air', 'on');
  expect(errors).toEqual([]);
});

/** Serves the screen with its #kiosk-config replaced by `config`. */
async function serveConfig(page: Page, config: string): Promise<void> {
  await page.route(`**/${screen}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /(<script type="application\/json" id="kiosk-config">)[^<]*(<\/script>)/,
      (_, open: string, close: string) => `${open}${config}${close}`,
    );
    expect(html).toContain(config);
    await route.fulfill({ response, body: html });
  });
}

const good = (page: Page) =>
  page.request.get(screen).then(async (r) => /id="kiosk-config">([^<]*)</.exec(await r.text())?.[1] ?? '');

for (const [name, broken, problem] of [
  ['invalid JSON', () => '{"playlist": [', 'cấu hình không phải một đối tượng JSON hợp lệ'],
  ['no playlist', (c: Record<string, unknown>) => ({ ...c, playlist: undefined }), 'thiếu danh sách trang chiếu'],
  [
    'wrong types',
    (c: Record<string, unknown>) => ({ ...c, playlist: [{ kind: 'ma-qr', seconds: 'mười', variants: 1 }] }),
    'trang chiếu thứ 1: thời gian (seconds) phải là số giây từ 1 đến 3600',
  ],
  [
    'an empty playlist',
    (c: Record<string, unknown>) => ({ ...c, playlist: [] }),
    'danh sách trang chiếu (playlist) trống',
  ],
] as const) {
  test(`a configuration with ${name} shows a fallback slide and a line for the operator; the clock runs on`, async ({
    page,
  }) => {
    const config = JSON.parse(await good(page)) as Record<string, unknown>;
    const made = broken(config);
    await serveConfig(page, typeof made === 'string' ? made : JSON.stringify(made));
    const errors = pageErrors(page);
    await page.clock.install({ time: utcMorning.time });
    await page.clock.pauseAt(utcMorning.time.getTime() + 5_000);
    await page.goto(screen);
    await expect(page.locator('.stage .slide-fallback h2')).toHaveText('Nghị quyết 57 · Phường Thử Nghiệm');
    const note = page.locator('.stage .operator-note');
    await expect(note).toContainText('Cấu hình màn hình bị lỗi: ');
    await expect(note).toContainText(problem);
    await expect(note).toContainText('Báo cán bộ kỹ thuật.');
    await expect(page.locator('[data-clock]')).toHaveText('Thứ Hai, 23/11/2026 · 09:00');
    await page.clock.runFor(60_000);
    await expect(page.locator('[data-clock]')).toHaveText('Thứ Hai, 23/11/2026 · 09:01');
    await expect(page.locator('.stage .slide-fallback')).toBeVisible();
    expect(errors).toEqual([]);
  });
}

/** Counts loads of the screen's page (the first one included). */
const countLoads = (page: Page): { loads: number } => {
  const counter = { loads: 0 };
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) counter.loads += 1;
  });
  return counter;
};

/** Serves `body` as the version file (the test may change it) and counts how often it is asked for. */
async function serveVersion(page: Page, body: string): Promise<{ asked: number; body: string }> {
  const served = { asked: 0, body };
  await page.route('**/kiosk/phien-ban.json', (route) => {
    served.asked += 1;
    return route.fulfill({ status: 200, body: served.body, contentType: 'application/json' });
  });
  return served;
}

/**
 * Runs the clock five seconds at a time (a pass of the playlist; a check at most every ten) until the screen has
 * asked for the version file `times` times. Each step waits for the page, so a fetch under way can finish and a
 * reload it caused would come before the next ask.
 */
async function askedAtLeast(page: Page, version: { asked: number }, times: number): Promise<void> {
  for (let step = 0; version.asked < times; step += 1) {
    expect(step, `the screen asked for the version file ${times} times`).toBeLessThan(100);
    await page.clock.runFor(5_000);
    await page.locator('#kiosk[data-shown]').waitFor();
  }
}

for (const [name, body] of [
  ['not JSON', '<!doctype html><title>Bảo trì</title>'],
  ['an empty object', '{}'],
  ['a number', '42'],
  ['a number for the version', '{"version": 42}'],
  ['a huge string', JSON.stringify({ version: 'x'.repeat(2_000_000) })],
] as const) {
  test(`a version file with ${name} never reloads the screen`, async ({ page }) => {
    const version = await serveVersion(page, body);
    const screenPage = countLoads(page);
    await openScreen(page, `${screen}?duration=1`, utcMorning, { pause: true });
    await askedAtLeast(page, version, 4);
    expect(screenPage.loads).toBe(1);
  });
}

test('a new build a cache keeps hiding makes one reload, not a loop', async ({ page }) => {
  const version = await serveVersion(page, '{}');
  const screenPage = countLoads(page);
  await openScreen(page, `${screen}?duration=1`, utcMorning, { pause: true });
  // The server names a new build, but the page it serves still carries the old one (a cache in between).
  version.body = JSON.stringify({ version: 'ban-moi-2026-12-01' });
  await askedAtLeast(page, version, version.asked + 1);
  await expect.poll(() => screenPage.loads).toBe(2);
  await page.locator('#kiosk[data-shown]').waitFor();
  // The reloaded page asks again and again, and finds the same new build each time: no more reloads.
  await askedAtLeast(page, version, version.asked + 4);
  expect(screenPage.loads).toBe(2);
  await expect(page.locator('.stage .slide')).toBeVisible();
});
