// The bulletin page on the fixture site, which holds what real content does not: a radio piece with a sound
// file (recorded in the browser at test time) listed with its player and transcript, an editor's own script
// that wins over the derived one, and a unit formula of its own.
import { expect, test } from '@playwright/test';
import { recordClip, serveMedia } from '../support/media.ts';

test('a radio piece with audio is listed with its player, which loads nothing until played, and its transcript', async ({
  page,
}) => {
  const requests = await serveMedia(page, '**/media/audio/mau.webm', await recordClip(page, 'audio'), 'audio/webm');
  await page.goto('truyen-thanh/');
  const section = page.getByRole('region', { name: 'Bài phát thanh có tệp âm thanh' });
  await expect(section.getByRole('link', { name: 'Bài phát thanh mẫu' })).toHaveAttribute(
    'href',
    '/tuyen-truyen/phat-thanh-mau/',
  );
  const audio = section.locator('audio[aria-label="Bài phát thanh mẫu"]');
  await expect(audio).toHaveAttribute('preload', 'none');
  expect(requests).toEqual([]);
  await audio.evaluate((a: HTMLAudioElement) => a.play());
  await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(0.2);
  await section.getByText('Lời đọc đầy đủ', { exact: true }).click();
  await expect(section.getByText('Kính thưa bà con, đây là bài phát thanh mẫu')).toBeVisible();
});

test('an editor’s own script is read instead of the derived one, figures in words', async ({ page }) => {
  await page.goto('truyen-thanh/');
  const own = 'Tin số mười một, lời do biên tập viên viết cho loa truyền thanh.';
  await expect(page.locator('#ban-tin')).toContainText(own);
  await expect(page.locator('#ban-tin')).not.toContainText('Nội dung tin kiểm thử số mười một');
  const item = page.locator('article', { has: page.getByRole('heading', { name: 'Tin kiểm thử số 11' }) });
  await expect(item).toContainText('lời do biên tập viên viết');
  await item.getByText('Lời đọc', { exact: true }).click();
  await expect(item).toContainText('phường tiếp nhận một nghìn hai trăm ba mươi tư hồ sơ của Ủy ban nhân dân phường.');
  const text = await page.request.get('truyen-thanh/tin-tuc/tin-so-11.txt');
  expect(await text.text()).toBe(
    `${own}\n\nNăm hai nghìn không trăm hai mươi lăm, phường tiếp nhận một nghìn hai trăm ba mươi tư hồ sơ của Ủy ban nhân dân phường.\n`,
  );
});

test('opens with the unit’s own formula', async ({ page }) => {
  await page.goto('truyen-thanh/');
  await expect(page.locator('#ban-tin p').first()).toHaveText(
    'Đây là hệ thống truyền thanh cơ sở phường Thử Nghiệm. Mời bà con nghe bản tin tuần.',
  );
});
