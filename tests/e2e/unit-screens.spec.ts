// Every screen a unit has declared (screens/ in the project's metadata.content) plays its whole playlist at
// its own size, every slide fitting the screen, under each field setting (tests/e2e/support/kiosk.ts): on air in the
// unit's hours whatever the PC's zone. The browser's clock stands still while a slide is checked.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { fieldSettings, openScreen, overflowing, shownCount, slideSettled } from './support/kiosk.ts';

const root = join(import.meta.dirname, '..', '..');

test.use({ reducedMotion: 'reduce' });

for (const setting of fieldSettings) {
  test.describe(setting.name, () => {
    test.use({ timezoneId: setting.timezoneId });

    test('every screen of the unit plays its playlist at its own size', async ({ page }, info) => {
      test.setTimeout(120_000);
      const folder = join(root, String(info.project.metadata.content), 'screens');
      const screens = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.yaml')) : [];
      expect(screens.length, 'every unit has at least one screen').toBeGreaterThan(0);
      for (const file of screens) {
        const screen = parse(readFileSync(join(folder, file), 'utf8')) as { width: number; height: number };
        const id = file.replace(/\.yaml$/, '');
        await page.setViewportSize({ width: screen.width, height: screen.height });
        const { playlist } = await openScreen(page, `kiosk/${id}/`, setting, { pause: true });
        let shown = await shownCount(page);
        const first = Number(await page.locator('#kiosk').getAttribute('data-slide'));
        // Once round the playlist, from the slide on screen when the screen came on air.
        for (let n = 0; n < playlist.length; n += 1) {
          const i = (first + n) % playlist.length;
          const slide = playlist[i];
          await expect(page.locator('#kiosk'), `${id}: slide ${i}`).toHaveAttribute('data-kind', slide?.kind ?? '');
          await slideSettled(page);
          expect(await overflowing(page), `${id}: slide ${i} (${slide?.kind})`).toEqual([]);
          await page.screenshot({ path: info.outputPath(`${id}-${i}-${slide?.kind}.png`) });
          await page.clock.runFor((slide?.seconds ?? 0) * 1000);
          expect(await shownCount(page), `${id}: the slide after ${i} came`).toBe((shown += 1));
        }
      }
    });
  });
}
