// The broadcast desk loses the network: the bulletin page, never opened, and its text file still open from the
// service worker, kept when the site was first opened; while the network works, the text file comes fresh
// from the server. A real loss: the fixture site is served from a copy by a server the test stops.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { servedCopy } from '../support/site-copy.ts';

const copy = servedCopy('dist-fixture');

test('the bulletin page and its text file open without a network; the text comes fresh while it works', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const site = `http://localhost:${copy.server.port}/`;
  const textFile = join(copy.dir, 'truyen-thanh', 'ban-tin.txt');
  const kept = readFileSync(textFile, 'utf8');
  const download = () => page.evaluate(async (url) => (await fetch(url)).text(), `${site}truyen-thanh/ban-tin.txt`);
  await page.goto(site);
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, {
    timeout: 20_000,
  });
  expect(await download()).toBe(kept);
  // A new build while the network works: the new text, not the copy kept at install.
  const fresh = `${kept}Đoạn thêm sau khi dựng lại.\n`;
  writeFileSync(textFile, fresh);
  expect(await download()).toBe(fresh);

  await copy.server.stop();
  expect(await download()).toBe(fresh);
  // Never opened before: kept when the site was first opened.
  await page.goto(`${site}truyen-thanh/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bản tin truyền thanh' })).toBeVisible();
  await expect(page.locator('#ban-tin p').first()).toContainText('phường Thử Nghiệm');
  await page.goto(`${site}truyen-thanh/ban-tin.txt`);
  await expect(page.locator('body')).toContainText(kept.split('\n')[0] ?? '-');
});
