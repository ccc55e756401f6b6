// Print a page to PDF with Chromium, as a resident's "In" would, and count its A4 pages.
import type { Page } from '@playwright/test';

export async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}
