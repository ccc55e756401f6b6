// Every code in the unit's registry of printed QR codes (qr/ in the project's metadata.content): its PNG and SVG
// decode to its own address, and that address answers with its landing page.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const root = join(import.meta.dirname, '..', '..');

// The decoder is the test's own script, added to the page: the site's policy rightly refuses it.
test.use({ bypassCSP: true });

/** Draws an image of the site onto a canvas and reads it with jsQR, in the browser. */
async function decode(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(async (src) => {
    const img = new Image(600, 600);
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 600;
    const ctx = canvas.getContext('2d');
    if (!ctx) return undefined;
    ctx.drawImage(img, 0, 0, 600, 600);
    const { data } = ctx.getImageData(0, 0, 600, 600);
    const read = (
      window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
    ).jsQR;
    return read(data, 600, 600)?.data;
  }, path);
}

test('every issued QR code decodes to its own address, which answers', async ({ page, baseURL }, info) => {
  const registry = join(root, String(info.project.metadata.content), 'qr');
  const codes = existsSync(registry) ? readdirSync(registry).map((f) => f.replace(/\.yaml$/, '')) : [];
  // The fixture site must exercise this; a real unit may not have issued codes yet.
  if (info.project.name === 'fixture') expect(codes.length).toBeGreaterThan(1);
  await page.goto('');
  await page.addScriptTag({ path: join(root, 'node_modules', 'jsqr', 'dist', 'jsQR.js') });
  for (const code of codes) {
    const address = new URL(`q/${code}/`, baseURL).href;
    expect(await decode(page, `q/${code}.png`), `${code}.png`).toBe(address);
    expect(await decode(page, `q/${code}.svg`), `${code}.svg`).toBe(address);
    expect((await page.request.get(address)).status(), address).toBe(200);
  }
});
