// Procedure guides on the real site: every guide is reachable from /thu-tuc/ and answers on a phone's first
// screen (the short facts and the «Nộp hồ sơ trực tuyến» button), the filter finds them as residents type,
// civil-status guides print on one A4 sheet, and the share row copies the link.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { shortFactRows } from '../../src/lib/procedure-text.ts';
import { applyOverride, type ProcedureOverride } from '../../src/lib/procedures.ts';
import { deskName } from '../../src/lib/unit-profile.ts';
import type { Procedure } from '../../src/schemas/procedure.ts';
import type { UnitProfile } from '../../src/schemas/unit.ts';
import { printedPages } from './support/pdf.ts';

const root = join(import.meta.dirname, '..', '..');
const sharedGuides = join(root, 'content', 'shared', 'procedures');
const guideFiles = readdirSync(sharedGuides).filter((f) => f.endsWith('.yaml'));
const readYaml = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;

/** How far below the H1's top the answer may end: with the H1 within 200 px, it is on a 360×740 first screen. */
const firstScreenBelowH1 = 540;

test('every guide is reachable from the index and answers on the first screen of a 360×740 phone', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const content = join(root, String(info.project.metadata.content));
  const unit = readYaml<UnitProfile>(join(content, 'unit.yaml'));
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('thu-tuc/');
  const links = await page
    .locator('[data-by-field] li a')
    .evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
  expect(links.length).toBe(guideFiles.length);
  // One page visits every guide: what each shows is compared with its content file (and the unit's override).
  const wrong: string[] = [];
  let worst = { below: 0, guide: '' };
  for (const link of links) {
    const id = new URL(link).pathname.split('/').filter(Boolean).at(-1) ?? '';
    const overrideFile = join(content, 'thu-tuc', `${id}.yaml`);
    const guide = applyOverride(
      readYaml<Procedure>(join(sharedGuides, `${id}.yaml`)),
      existsSync(overrideFile) ? readYaml<ProcedureOverride>(overrideFile) : undefined,
    );
    expect((await page.goto(link))?.status(), link).toBe(200);
    const shown = await page.evaluate(() => {
      const h1 = document.querySelector('h1')?.getBoundingClientRect().top ?? 0;
      const facts = document.querySelector('[data-answer="tom-tat"]');
      const button = document.querySelector<HTMLAnchorElement>('[data-answer="nop-truc-tuyen"]');
      return {
        facts: facts ? facts.getBoundingClientRect().bottom - h1 : null,
        rows: [...(facts?.querySelectorAll('dt') ?? [])].map((dt) => ({
          label: dt.textContent?.trim() ?? '',
          value: dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        })),
        button: button && {
          below: button.getBoundingClientRect().bottom - h1,
          href: button.href,
          text: button.textContent?.trim(),
        },
      };
    });
    const expected = shortFactRows(guide, deskName(unit, guide.where));
    const rows = shown.rows.map((r) => `${r.label} ${r.value}`);
    const want = expected.map((r) => `${r.label}: ${r.value}${r.unknown ? ' – hỏi nơi nộp' : ''}`);
    if (rows.some((r, i) => !r.startsWith(want[i] ?? '\0')) || rows.length !== 4)
      wrong.push(`${id}: ${rows.join(' | ')}`);
    if (shown.facts === null || shown.facts > firstScreenBelowH1)
      wrong.push(`${id}: tóm tắt hết ở ${shown.facts} px dưới H1`);
    if (guide.channels.online) {
      if (!shown.button) wrong.push(`${id}: không có nút nộp trực tuyến`);
      else {
        if (shown.button.below > firstScreenBelowH1) wrong.push(`${id}: nút hết ở ${shown.button.below} px dưới H1`);
        if (shown.button.href !== new URL(guide.portalUrl ?? 'https://dichvucong.gov.vn').href)
          wrong.push(`${id}: nút dẫn tới ${shown.button.href}`);
        if (shown.button.text !== 'Nộp hồ sơ trực tuyến') wrong.push(`${id}: nút ghi «${shown.button.text}»`);
      }
    } else if (shown.button) wrong.push(`${id}: có nút nộp trực tuyến mà thủ tục không nộp trực tuyến được`);
    const below = Math.max(shown.facts ?? 0, shown.button?.below ?? 0);
    if (below > worst.below) worst = { below: Math.round(below), guide: id };
  }
  console.log(`${info.project.name}: câu trả lời dài nhất hết ở ${worst.below} px dưới H1 (${worst.guide})`);
  expect(wrong).toEqual([]);
});

test('the filter narrows the list as the resident types, without diacritics', async ({ page }) => {
  await page.goto('thu-tuc/');
  const filter = page.getByRole('searchbox', { name: 'Tìm nhanh thủ tục' });
  await filter.fill('dang ky khai tu');
  await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai tử' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Thủ tục đăng ký khai sinh', exact: true })).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'khớp với' })).toContainText('khớp với «dang ky khai tu»');
  await filter.fill('tam tru');
  await expect(page.getByRole('link', { name: 'Đăng ký tạm trú' })).toBeVisible();
  await filter.fill('xyz khong co');
  await expect(page.getByText('Không có thủ tục nào khớp với «xyz khong co»')).toBeVisible();
  await filter.fill('');
  await expect(page.getByRole('heading', { name: 'Theo việc trong đời' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the index shows the full grouped list and a guide reads completely', async ({ page }) => {
    await page.goto('thu-tuc/');
    await expect(page.getByRole('searchbox', { name: 'Tìm nhanh thủ tục' })).toBeHidden();
    expect(await page.locator('[data-by-field] li a').count()).toBe(guideFiles.length);
    await page.goto('thu-tuc/dang-ky-khai-sinh/');
    await expect(page.locator('[data-answer="tom-tat"]')).toContainText('Thời hạn: 1 ngày làm việc');
    await expect(page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến', exact: true })).toBeVisible();
    for (const heading of ['Bạn cần chuẩn bị', 'Nộp ở đâu, khi nào', 'Các bước', 'Căn cứ pháp lý']) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(page.getByRole('button', { name: 'Sao chép liên kết' })).toBeHidden();
  });
});

test('copy link puts the guide address on the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL ?? '').origin });
  await page.goto('thu-tuc/dang-ky-khai-sinh/');
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await expect(page.getByText('Đã sao chép liên kết.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL('thu-tuc/dang-ky-khai-sinh/', baseURL).href,
  );
});

test('every civil-status guide prints on one A4 sheet', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('thu-tuc/');
  const civil = await page
    .locator('#linh-vuc-ho-tich + ul a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(civil.length).toBeGreaterThan(0);
  const over: string[] = [];
  for (const url of civil) {
    await page.goto(url);
    const pages = await printedPages(page);
    if (pages !== 1) over.push(`${url}: ${pages} trang`);
  }
  expect(over).toEqual([]);
});

test('a guide carries GovernmentService and HowTo structured data', async ({ page }) => {
  await page.goto('thu-tuc/dang-ky-khai-sinh/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(data['@type']).toBe('GovernmentService');
  expect(data.identifier).toBe('1.001193');
  expect(data.potentialAction['@type']).toBe('HowTo');
  expect(data.potentialAction.step.length).toBeGreaterThan(1);
});
