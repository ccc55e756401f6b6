// A new unit from one command to a site in a browser, on a clean copy of the checkout (never in the
// repository: every unit of deploy/units.json is built and tested): `npm run new -- don-vi` makes it,
// `npm run check` passes at once, `npm run build:all` builds it, and Debian's Chromium opens its home page,
// a procedure guide, its kiosk screen and its QR code's landing page, each showing the unit and saying
// «chưa cập nhật» for the contacts nobody has filled in yet. Slow (a check and a build): runs after the builds.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFlags, chromiumPath } from '../../scripts/chromium.ts';
import { cleanCopy } from '../../scripts/clean-copy.ts';
import { StaticServer } from '../../scripts/static-server.ts';
import * as routes from '../../src/lib/routes.ts';
import { utcMorning } from '../e2e/support/kiosk.ts';
import { npmIn } from './support/npm-in-copy.ts';
import { addQrDecoder, decodeQr } from '../e2e/support/qr-decode.ts';

const root = join(import.meta.dirname, '..', '..');
const copy = cleanCopy(root);
const unit = 'hong-an';
const name = 'Phường Hồng An';
const committee = 'Ủy ban nhân dân phường Hồng An';
const server = new StaticServer(join(copy, 'dist-units', unit));
let browser: Browser | undefined;

const npmRun = (script: string, args: string[] = [], extra: Record<string, string> = {}): string =>
  npmIn(copy, script, args, extra);

beforeAll(async () => {
  // Started first, on a free port, so the build can be made for the address it is served at (QR codes).
  await server.start();
});

afterAll(async () => {
  await browser?.close();
  await server.stop();
  rmSync(copy, { recursive: true, force: true });
});

async function open(path: string, options: { width?: number; height?: number; clock?: Date } = {}): Promise<Page> {
  browser ??= await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    timezoneId: utcMorning.timezoneId,
    // The QR decoder below is the test's own script, which the site's policy rightly refuses.
    bypassCSP: true,
  });
  const page = await context.newPage();
  if (options.clock) await page.clock.install({ time: options.clock });
  const response = await page.goto(`${server.origin}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('a unit made by npm run new, from the command to the browser', { timeout: 900_000 }, () => {
  it('npm run new -- don-vi makes the unit and adds it to the deploy list', () => {
    const output = npmRun('new', ['don-vi', name]);
    expect(output).toContain(`✓ Đã tạo đơn vị «${name}» (${unit}):`);
    const list = JSON.parse(readFileSync(join(copy, 'deploy', 'units.json'), 'utf8')) as { unit: string }[];
    expect(list.map((u) => u.unit)).toEqual(['hong-bang', 'cat-hai', 'phu-lien', unit]);
  });

  it('npm run check passes at once, content and types', () => {
    const output = npmRun('check');
    expect(output).toContain('✓ Nội dung hợp lệ (4 đơn vị: cat-hai, hong-an, hong-bang, phu-lien).');
    expect(output).not.toContain('Bản nháp');
  });

  it('npm run build:all builds it under its base path and reports its pages and seconds', () => {
    const output = npmRun('build:all', [unit], { [`SITE_URL_HONG_AN`]: server.origin });
    expect(output).toMatch(new RegExp(`✓ ${unit} \\(/, ${server.origin}\\): \\d+ trang, \\d+,\\d giây`));
    expect(output).toMatch(/^Tổng +1 đv +\d+ +\d+,\d$/m);
  });

  it('its home page names the unit, and says which contacts are not given yet and whom to ask', async () => {
    const page = await open(routes.home());
    expect(await page.title()).toContain(name);
    expect(await text(page, 'header')).toContain(name);
    const missing = await text(page, '[data-missing-contacts]');
    expect(missing).toContain('Chưa cập nhật trên trang này');
    for (const contact of ['địa chỉ trụ sở', 'giờ tiếp nhận hồ sơ', 'đường dây nóng'])
      expect(missing).toContain(contact);
    expect(missing).toContain(`Xin hỏi trực tiếp tại trụ sở ${committee}`);
    await page.context().close();
  });

  it('a shared guide says where to file, and that the desk’s address, hours and phone are not given yet', async () => {
    const page = await open(routes.guide('dang-ky-khai-sinh'));
    expect(await text(page, 'h1')).toBe('Làm giấy khai sinh cho con');
    const body = await text(page, 'main');
    expect(body).toContain('Bộ phận một cửa của phường Hồng An');
    expect(body).toContain('Địa chỉ, giờ nhận hồ sơ và số điện thoại chưa được cập nhật trên trang này');
    expect(body).toContain('hỏi tổ trưởng tổ dân phố');
    await page.context().close();
  });

  it('its kiosk screen is on air in the unit’s hours and plays its slides, the QR code among them', async () => {
    const page = await open(routes.kioskScreen('man-hinh-ngang'), {
      width: 1920,
      height: 1080,
      clock: utcMorning.time,
    });
    const kiosk = page.locator('#kiosk');
    expect(await kiosk.getAttribute('data-air')).toBe('on');
    expect(await text(page, '.bar-unit')).toBe(`Nghị quyết 57 · ${name}`);
    const config = JSON.parse((await page.locator('#kiosk-config').textContent()) ?? '{}') as {
      playlist: { kind: string; seconds: number }[];
    };
    // No news yet: the news slide waits until there is some.
    expect(config.playlist.map((s) => s.kind)).toEqual(['khau-hieu', 'infographic', 'ma-qr']);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    const shown = new Map<string, string>();
    for (let n = 0; n < config.playlist.length; n += 1) {
      const kind = (await kiosk.getAttribute('data-kind')) ?? '';
      shown.set(kind, (await text(page, '.stage .slide')).trim());
      await page.clock.runFor((config.playlist.find((s) => s.kind === kind)?.seconds ?? 0) * 1000);
    }
    expect([...shown.keys()].sort()).toEqual(['infographic', 'khau-hieu', 'ma-qr']);
    for (const [kind, words] of shown) expect(words.length, kind).toBeGreaterThan(10);
    expect(shown.get('ma-qr')).toContain(new URL(server.origin).host);
    await page.context().close();
  });

  it('its QR code reads as its landing page, which greets the household and leads to the home page', async () => {
    const page = await open(routes.home());
    await addQrDecoder(page);
    const decoded = await decodeQr(page, routes.qrImage('ho-dan', 'png'));
    const landing = `${server.origin}${routes.qrLanding('ho-dan')}`;
    expect(decoded).toBe(landing);

    expect((await page.goto(landing))?.status()).toBe(200);
    expect(await text(page, 'h1')).toBe('Chào mừng bà con');
    const body = await text(page, 'main');
    expect(body).toContain(`Đây là chuyên trang Nghị quyết 57 của ${name}`);
    expect(body).toContain(`Số đường dây nóng chưa được cập nhật trên trang này: hỏi tổ trưởng tổ dân phố`);
    await page.locator(`header a[href="${routes.home()}"]`).first().click();
    await page.waitForURL(`${server.origin}${routes.home()}`);
    expect(await page.title()).toContain(name);
    await page.context().close();
  });
});
