// Every code in the unit's registry of QR codes (qr/ in the project's metadata.content), prepared or printed:
// its PNG and SVG decode to its own address, and that address answers with its landing page, kept out of
// search engines. Every unit has a code to print: /q/in/ lists each one with its own A4 leaflet.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { printedPages } from './support/pdf.ts';
import { addQrDecoder, decodeQr } from './support/qr-decode.ts';

const root = join(import.meta.dirname, '..', '..');

interface Code {
  id: string;
  status: string;
  place?: string;
  redirectTo?: string;
}

/** Codes with a leaflet: prepared (not printed yet) or in use; a retired code only forwards. */
const toPrint = (c: Code) => c.status === 'chuan-bi' || c.status === 'dang-dung';

/** The unit's codes, as its registry files say. */
function registry(content: unknown): Code[] {
  const dir = join(root, String(content), 'qr');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((file) => ({
    id: file.replace(/\.yaml$/, ''),
    ...(parse(readFileSync(join(dir, file), 'utf8')) as Omit<Code, 'id'>),
  }));
}

// The decoder is the test's own script, added to the page: the site's policy rightly refuses it.
test.use({ bypassCSP: true });

test('every QR code decodes to its own address, whose page answers and is kept out of search engines', async ({
  page,
  baseURL,
}, info) => {
  const codes = registry(info.project.metadata.content);
  // Every unit, real or fixture, has a code its households can be given.
  expect(codes.filter(toPrint).length).toBeGreaterThan(0);
  await page.goto('');
  await addQrDecoder(page);
  for (const { id } of codes) {
    const address = new URL(`q/${id}/`, baseURL).href;
    expect(await decodeQr(page, `q/${id}.png`), `${id}.png`).toBe(address);
    expect(await decodeQr(page, `q/${id}.svg`), `${id}.svg`).toBe(address);
  }
  for (const { id, status, redirectTo } of codes) {
    const address = new URL(`q/${id}/`, baseURL).href;
    expect((await page.goto(address))?.status(), address).toBe(200);
    if (status === 'ngung') {
      // A retired code forwards to its new page; wait for it, so it cannot cut into the next visit.
      await page.waitForURL(new URL((redirectTo ?? '/').slice(1), baseURL).href);
      continue;
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Chào mừng bà con/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    // Nothing about an earlier print the sources do not describe.
    await expect(page.getByRole('main')).not.toContainText(/100%|đã in|phát hành/);
  }
});

test('the print sheet lists every code to print, each with a leaflet of its own on one A4 page', async ({
  page,
  baseURL,
}, info) => {
  const codes = registry(info.project.metadata.content).filter(toPrint);
  const { committee } = parse(readFileSync(join(root, String(info.project.metadata.content), 'unit.yaml'), 'utf8')) as {
    committee: string;
  };
  await page.goto('q/in/');
  await expect(page.locator('section.leaflet')).toHaveCount(codes.length);
  for (const { id, status } of codes) {
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: id, exact: true }) });
    // A prepared code is not printed yet: no issue date, no print run.
    if (status === 'chuan-bi') await expect(row.getByRole('cell', { name: 'chưa in', exact: true })).toHaveCount(2);
    else await expect(row).not.toContainText('chưa in');
  }
  for (const { id, status, place } of codes) {
    await page.goto(`q/in/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`In tờ rơi mã ${id}`);
    const state = page.getByText('Mã chưa in', { exact: false });
    await expect(state).toHaveCount(status === 'chuan-bi' ? 1 : 0);
    const leaflet = page.locator('section.leaflet');
    await expect(leaflet).toHaveCount(1);
    if (place) await expect(leaflet).toContainText(place);
    const short = new URL(`q/${id}/`, baseURL).href.replace(/^https?:\/\//, '').replace(/\/$/, '');
    await expect(leaflet).toContainText(short);
    await expect(leaflet).toContainText(`gửi ý kiến tới ${committee}.`);
    await expect(leaflet.locator('img')).toHaveAttribute('src', new URL(`q/${id}.svg`, baseURL).pathname);
    // Nothing on paper about a state or an earlier print: only the unit, the code, its address, the hotline.
    await expect(leaflet).not.toContainText(/chưa in|phát hành|100%/);
    expect(await printedPages(page), `q/in/${id}/`).toBe(1);
    // The state is for the officer, not for the paper.
    if (status === 'chuan-bi') await expect(state).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  }
});
