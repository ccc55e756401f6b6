// Reads a QR code image of the site in the browser: the page draws it onto a canvas and jsQR reads it. The
// decoder is the test's own script, added to the page, so the page must be opened with bypassCSP (the site's
// policy rightly refuses it).
import { join } from 'node:path';
import type { Page } from '@playwright/test';

const jsQR = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'jsqr', 'dist', 'jsQR.js');

/** Adds the decoder to the page now open (again after each navigation). */
export async function addQrDecoder(page: Page): Promise<void> {
  await page.addScriptTag({ path: jsQR });
}

/** What the QR code at `path` (PNG or SVG, resolved against the page) reads as, or undefined. */
export async function decodeQr(page: Page, path: string): Promise<string | undefined> {
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
