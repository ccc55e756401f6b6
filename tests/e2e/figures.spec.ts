// /so-lieu/: charts drawn by Chart.js only when they come into view, each with its table, source and
// downloads; tables without JavaScript; no chart code on pages without charts.
import { expect, test } from '@playwright/test';

test('every chart is drawn once scrolled into view, and Chart.js loads only then', async ({ page }) => {
  const chartCode: string[] = [];
  page.on('request', (r) => {
    if (/chart/i.test(new URL(r.url()).pathname) && r.url().endsWith('.js')) chartCode.push(r.url());
  });
  await page.goto('');
  expect(chartCode).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto('so-lieu/');
  const charts = page.locator('figure[data-chart]');
  const count = await charts.count();
  expect(count).toBeGreaterThan(0);
  const last = charts.nth(count - 1);
  await expect(last).not.toHaveAttribute('data-drawn', 'true');
  for (let i = 0; i < count; i++) {
    await charts.nth(i).scrollIntoViewIfNeeded();
    await expect(charts.nth(i)).toHaveAttribute('data-drawn', 'true');
    const canvas = charts.nth(i).locator('canvas');
    await expect(canvas).toBeVisible();
    expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width * c.height)).toBeGreaterThan(0);
    await expect(charts.nth(i).locator('table tbody tr')).not.toHaveCount(0);
  }
  expect(chartCode.length).toBeGreaterThan(0);
});

test('each chart offers its data as CSV and JSON, with the source', async ({ page, request }) => {
  await page.goto('so-lieu/');
  const figure = page.locator('figure[data-chart]').first();
  await expect(figure).toContainText('Nguồn:');
  const csv = await request.get((await figure.getByRole('link', { name: 'CSV' }).getAttribute('href')) ?? '');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toMatch(/^\uFEFFchi_tieu,ten_chi_tieu,gia_tri,don_vi/);
  const json = await (
    await request.get((await figure.getByRole('link', { name: 'JSON' }).getAttribute('href')) ?? '')
  ).json();
  expect(json.figures.length).toBeGreaterThan(0);
  expect(json.source.issuer).toMatch(/^UBND /);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the charts are their tables', async ({ page }) => {
    await page.goto('so-lieu/');
    const figure = page.locator('figure[data-chart]').first();
    await expect(figure.locator('table')).toBeVisible();
    await expect(figure.locator('canvas')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Số liệu nổi bật' })).toBeVisible();
  });
});

test('units are compared side by side where they measure the same thing, each with its own source', async ({
  page,
}) => {
  await page.goto('so-lieu/');
  const section = page.locator('section[aria-labelledby="so-sanh"]');
  await expect(section.getByRole('heading', { name: 'So sánh giữa các đơn vị' })).toBeVisible();
  const teams = section.locator('table', { has: page.locator('caption', { hasText: 'Tổ công nghệ số cộng đồng' }) });
  const units = await teams.locator('tbody th').allTextContents();
  expect(new Set(units)).toEqual(new Set(['Phường Hồng Bàng', 'Đặc khu Cát Hải']));
  await expect(teams.locator('tbody tr').first().locator('td').last()).toContainText(/UBND/);
});
