// Helpers for kiosk tests: wait for slide changes the player reports on #kiosk, and list what overflows.
import type { Page } from '@playwright/test';

/** How many slides the player has shown since the page loaded. */
export async function shownCount(page: Page): Promise<number> {
  return Number((await page.locator('#kiosk').getAttribute('data-shown')) ?? '0');
}

/** Waits until the player has shown `more` slides past `from`. */
export async function waitForSlides(page: Page, from: number, more: number, timeout = 30_000): Promise<number> {
  await page.waitForFunction(
    (target) => Number(document.getElementById('kiosk')?.dataset.shown ?? '0') >= target,
    from + more,
    { timeout },
  );
  return shownCount(page);
}

/** Elements of the kiosk that stick out of the screen, and text boxes that overflow. Empty when all fits. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
    const { innerWidth: w, innerHeight: h } = window;
    const slide = document.querySelector('.stage .slide');
    if (!slide) bad.push('không có trang chiếu nào trên màn hình');
    else if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1)
      bad.push(
        `${name(slide)} tràn: ${slide.scrollWidth}×${slide.scrollHeight} trong ${slide.clientWidth}×${slide.clientHeight}`,
      );
    for (const el of document.querySelectorAll('.stage .slide, .stage .slide *, .bar, .bar *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5)
        bad.push(
          `${name(el)} ra ngoài màn hình: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
        );
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && !(el instanceof HTMLCanvasElement))
        bad.push(`${name(el)} có chữ bị cắt ngang: ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return bad;
  });
}
