// /so-lieu/: charts drawn by Chart.js only when they come into view, each with its table, source and
// downloads; tables without JavaScript; no chart code on pages without charts; every figure with its own
// period (or «báo cáo không nêu kỳ»), a range written whole and never drawn.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { formatFigure, periodText } from '../../src/lib/figures.ts';
import type { Figure } from '../../src/lib/metrics.ts';

const root = join(import.meta.dirname, '..', '..');

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
  expect(await csv.text()).toMatch(/^\uFEFFchi_tieu,ten_chi_tieu,gia_tri,tu,den,don_vi,dien_dat,ky_so_lieu,/);
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

// What the unit's datasets say, read from its content folder: the page must show each figure as written.
function unitDatasets(content: string): { id: string; figures: Figure[] }[] {
  const folder = join(root, content, 'metrics');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ id: f.replace(/\.json$/, ''), ...(JSON.parse(readFileSync(join(folder, f), 'utf8')) as object) }))
    .map((d) => d as { id: string; figures: Figure[] });
}

test('every figure shows its own period, or that the report gives none; a range whole; the report’s words', async ({
  page,
}, info) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('so-lieu/');
  for (const dataset of unitDatasets(String(info.project.metadata.content))) {
    const table = page.locator(`section[aria-labelledby="bo-${dataset.id}"] details table`);
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(dataset.figures.length);
    for (const [i, f] of dataset.figures.entries()) {
      const cells = rows.nth(i).locator('td');
      await expect(cells.nth(0), `${dataset.id}: ${f.indicator}`).toHaveText(formatFigure(f));
      await expect(cells.nth(1), `${dataset.id}: ${f.indicator}`).toHaveText(periodText(f.period));
      if (f.quote) await expect(cells.nth(2)).toContainText(`«${f.quote}»`);
    }
  }
  // Every table open, each section photographed at 1280 px, to look at (test-results/).
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  for (const [i, section] of (await page.locator('main section').all()).entries())
    await section.screenshot({ path: info.outputPath(`so-lieu-1280-${i}.png`) });
});

test('a range is written whole in the downloads and drawn in no chart', async ({ page, request }, info) => {
  await page.goto('so-lieu/');
  for (const dataset of unitDatasets(String(info.project.metadata.content))) {
    const ranges = dataset.figures.filter((f) => f.range);
    if (ranges.length === 0) continue;
    const section = page.locator(`section[aria-labelledby="bo-${dataset.id}"]`);
    const csv = await (await request.get(`so-lieu/${dataset.id}.csv`)).text();
    const json = (await (await request.get(`so-lieu/${dataset.id}.json`)).json()) as {
      figures: { indicator: string; text: string; periodText: string }[];
    };
    for (const f of ranges) {
      const { min, max } = f.range ?? { min: 0, max: 0 };
      expect(csv).toContain(`${f.indicator},`);
      expect(csv).toContain(`,${min}–${max},${min},${max},`);
      expect(json.figures.find((j) => j.indicator === f.indicator)?.text).toBe(formatFigure(f));
      for (const chart of await section.locator('figure[data-chart]').all()) {
        const spec = JSON.parse((await chart.getAttribute('data-chart')) ?? '{}') as { values: number[] };
        await expect(chart.locator('tbody')).not.toContainText(formatFigure(f));
        expect(spec.values.length).toBe(await chart.locator('tbody tr').count());
      }
    }
  }
});
