// The broadcast desk loses the network: the bulletin page and its text file, opened and downloaded while it
// worked, still open from the service worker (a desk tool: kept when used, never fetched ahead for residents
// on a cold visit); while the network works, the text file comes fresh from the server. A real loss: the
// fixture site is served from a copy by a server the test stops.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { servedCopy } from '../support/site-copy.ts';

const copy = servedCopy('dist-fixture');

test('the bulletin page and its text file, once used, open without a network; the text comes fresh while it works', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const site = `http://localhost:${copy.server.port}/`;
  const textFile = join(copy.dir, 'truyen-thanh', 'ban-tin.txt');
  const kept = readFileSync(textFile, 'utf8');
  const textUrl = `${site}truyen-thanh/ban-tin.txt`;
  const download = () => page.evaluate(async (url) => (await fetch(url)).text(), textUrl);
  // The worker keeps a download's copy just after handing it over.
  const keptCopy = () => page.evaluate(async (url) => (await (await caches.match(url))?.text()) ?? '', textUrl);
  await page.goto(site);
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active), null, {
    timeout: 20_000,
  });
  expect(await download()).toBe(kept);
  // The desk opens the bulletin while the network works.
  await page.goto(`${site}truyen-thanh/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bản tin truyền thanh' })).toBeVisible();
  // A new build while the network works: the new text, not the copy kept before.
  const fresh = `${kept}Đoạn thêm sau khi dựng lại.\n`;
  writeFileSync(textFile, fresh);
  expect(await download()).toBe(fresh);
  await expect.poll(keptCopy).toBe(fresh);

  await copy.server.stop();
  expect(await download()).toBe(fresh);
  // Opened before: its kept copy.
  await page.goto(`${site}truyen-thanh/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Bản tin truyền thanh' })).toBeVisible();
  await expect(page.locator('#ban-tin p').first()).toContainText('phường Thử Nghiệm');
  await page.goto(`${site}truyen-thanh/ban-tin.txt`);
  await expect(page.locator('body')).toContainText('Đoạn thêm sau khi dựng lại.');
});
