// Every screen a unit has declared (screens/ in the project's metadata.content) plays its whole playlist at
// its own size, every slide fitting the screen, and its QR code slide leads to the site's home.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { overflowing, waitForSlides } from './kiosk.ts';

const root = join(import.meta.dirname, '..', '..');

test.use({ reducedMotion: 'reduce' });

test('every screen of the unit plays its playlist at its own size', async ({ page }, info) => {
  test.setTimeout(120_000);
  const folder = join(root, String(info.project.metadata.content), 'screens');
  const screens = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.yaml')) : [];
  expect(screens.length, 'every unit has at least one screen').toBeGreaterThan(0);
  for (const file of screens) {
    const screen = parse(readFileSync(join(folder, file), 'utf8')) as { width: number; height: number };
    const id = file.replace(/\.yaml$/, '');
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await page.goto(`kiosk/${id}/?duration=1`);
    const { playlist } = JSON.parse((await page.locator('#kiosk-config').textContent()) ?? '{}') as {
      playlist: { kind: string }[];
    };
    let shown = await waitForSlides(page, 0, 1);
    for (const [i, slide] of playlist.entries()) {
      await expect(page.locator('#kiosk'), `${id}: slide ${i}`).toHaveAttribute('data-kind', slide.kind);
      if (slide.kind === 'bieu-do')
        await page.waitForFunction(() => document.querySelector('.stage canvas')?.getAttribute('width'));
      expect(await overflowing(page), `${id}: slide ${i} (${slide.kind})`).toEqual([]);
      await page.screenshot({ path: info.outputPath(`${id}-${i}-${slide.kind}.png`) });
      shown = await waitForSlides(page, shown, 1);
    }
  }
});
