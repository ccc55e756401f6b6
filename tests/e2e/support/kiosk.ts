// Helpers for kiosk tests: the field settings a screen PC may be in (its time zone and the moment its clock
// reads), opening a screen under one with Playwright's clock, waiting for slide changes the player reports
// on #kiosk, and listing what overflows.
import { expect, type Page } from '@playwright/test';

/** A screen PC as found in the field: the zone it is set to and the moment the test starts its clock at. */
export interface FieldSetting {
  name: string;
  timezoneId: string;
  time: Date;
}

/**
 * Every kiosk spec runs under these (test.use({ timezoneId }) per describe, page.clock per test), so a test
 * never depends on the zone or the hour of the machine that runs it. 02:00 UTC is 09:00 in Vietnam (a PC on
 * UTC used to be dark then); 16:00 UTC is 23:00 in Vietnam (off air: the screen must come on at 06:00 there).
 */
export const utcMorning: FieldSetting = {
  name: 'PC set to UTC at 02:00 UTC',
  timezoneId: 'UTC',
  time: new Date('2026-11-23T02:00:00Z'),
};
export const fieldSettings: FieldSetting[] = [
  utcMorning,
  { name: 'PC set to UTC at 16:00 UTC', timezoneId: 'UTC', time: new Date('2026-11-23T16:00:00Z') },
  { name: 'PC set to Asia/Ho_Chi_Minh at 02:00 UTC', timezoneId: 'Asia/Ho_Chi_Minh', time: utcMorning.time },
];

/** What the page tells the player (#kiosk-config). */
export interface KioskConfig {
  playlist: { kind: string; seconds: number; variants: number }[];
  schedule: { on: string; off: string };
  timeZone: string;
}

export async function kioskConfig(page: Page): Promise<KioskConfig> {
  return JSON.parse((await page.locator('#kiosk-config').textContent()) ?? '{}') as KioskConfig;
}

/** The wall clock of `timeZone` at `instant`, worked out here (not by the player's code): «23/11/2026», «09:19». */
export function wallClock(instant: number | Date, timeZone: string): { date: string; time: string } {
  const at = new Date(instant);
  const date = new Intl.DateTimeFormat('en-GB', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return { date: date.format(at), time: time.format(at) };
}

/**
 * Opens a screen with the browser's clock starting at the setting's moment. The screen must be on or off air
 * as the unit's hours say on the unit's wall clock, and its clock must read that wall clock. When it is off
 * air, the clock is moved on (half an hour at a time) until the screen comes on. With `pause`, time then stands
 * still: slides change only when the test runs the clock on (page.clock.runFor).
 */
export async function openScreen(
  page: Page,
  path: string,
  setting: FieldSetting,
  { pause = false }: { pause?: boolean } = {},
): Promise<KioskConfig> {
  await page.clock.install({ time: setting.time });
  await page.goto(path);
  const config = await kioskConfig(page);
  const kiosk = page.locator('#kiosk');
  const clock = page.locator('[data-clock]');
  for (let step = 0; ; step += 1) {
    const now = await page.evaluate(() => Date.now());
    const wall = wallClock(now, config.timeZone);
    const live = wall.time >= config.schedule.on && wall.time < config.schedule.off;
    await expect(kiosk, `${wall.time} in ${config.timeZone}`).toHaveAttribute('data-air', live ? 'on' : 'off');
    await expect(clock).toContainText(`${wall.date} · `);
    // The minute may turn between reading the time here and the player's next tick.
    await expect(clock).toHaveText(new RegExp(`(?:${wall.time}|${wallClock(now + 60_000, config.timeZone).time})$`));
    if (live) break;
    expect(step, 'the screen came on air within a day').toBeLessThan(48);
    await page.clock.fastForward('30:00');
  }
  if (pause) await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  return config;
}

/** Waits until what a slide shows has loaded: fonts, images, and a chart drawn on its canvas. */
export async function slideSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      await document.fonts.ready;
      const images = [...document.querySelectorAll<HTMLImageElement>('.stage img')];
      const canvas = document.querySelector('.stage canvas[data-chart]');
      return images.every((img) => img.complete && img.naturalWidth > 0) && (!canvas || canvas.hasAttribute('width'));
    },
    null,
    { polling: 50 },
  );
}

/** How many slides the player has shown since the page loaded. */
export async function shownCount(page: Page): Promise<number> {
  return Number((await page.locator('#kiosk').getAttribute('data-shown')) ?? '0');
}

/** Waits until the player has shown `more` slides past `from`. */
export async function waitForSlides(page: Page, from: number, more: number, timeout = 30_000): Promise<number> {
  await page.waitForFunction(
    (target) => Number(document.getElementById('kiosk')?.dataset.shown ?? '0') >= target,
    from + more,
    { timeout },
  );
  return shownCount(page);
}
/** Elements of the kiosk that stick out of the screen, and text boxes that overflow. Empty when all fits. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
    const { innerWidth: w, innerHeight: h } = window;
    const slide = document.querySelector('.stage .slide');
    if (!slide) bad.push('không có trang chiếu nào trên màn hình');
    else if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1)
      bad.push(
        `${name(slide)} tràn: ${slide.scrollWidth}×${slide.scrollHeight} trong ${slide.clientWidth}×${slide.clientHeight}`,
      );
    for (const el of document.querySelectorAll('.stage .slide, .stage .slide *, .bar, .bar *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5)
        bad.push(
          `${name(el)} ra ngoài màn hình: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !(el instanceof HTMLCanvasElement))
        bad.push(`${name(el)} có chữ bị cắt ngang: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return bad;
  });
}
