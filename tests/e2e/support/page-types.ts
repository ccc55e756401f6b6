// Every page type the site has, with how to reach an example of it (paths relative to the base).
import type { Page } from '@playwright/test';

export interface PageType {
  name: string;
  /** A fixed path, or the list page whose first link in <main> leads to an example. */
  path?: string;
  firstLinkOn?: string;
  status?: number;
}

export const pageTypes: PageType[] = [
  { name: 'trang chủ', path: '' },
  { name: 'danh sách tin', path: 'tin-tuc/' },
  { name: 'bài tin', firstLinkOn: 'tin-tuc/' },
  { name: 'chủ đề tin', path: 'tin-tuc/chu-de/nghi-quyet-57/' },
  { name: 'danh sách tuyên truyền', path: 'tuyen-truyen/' },
  { name: 'bài tuyên truyền', firstLinkOn: 'tuyen-truyen/' },
  { name: 'bản tin truyền thanh', path: 'truyen-thanh/' },
  { name: 'thư viện infographic', path: 'infographic/' },
  { name: 'infographic', firstLinkOn: 'infographic/' },
  { name: 'danh sách thủ tục', path: 'thu-tuc/' },
  { name: 'hướng dẫn thủ tục', path: 'thu-tuc/dang-ky-khai-sinh/' },
  { name: 'hồ sơ mẫu', path: 'thu-tuc/dang-ky-tam-tru/ho-so-mau/' },
  { name: 'hỏi đáp', path: 'hoi-dap/' },
  { name: 'phản hồi', path: 'phan-hoi/' },
  { name: 'số liệu', path: 'so-lieu/' },
  { name: 'tìm kiếm', path: 'tim-kiem/' },
  { name: 'trang soạn thảo chưa kết nối', path: 'admin/' },
  { name: 'mã QR', path: 'q/ho-dan/' },
  { name: 'tờ rơi mã QR', path: 'q/in/' },
  { name: 'không có mạng', path: 'ngoai-tuyen/' },
  { name: 'không tìm thấy', path: 'khong-co-trang-nay/', status: 404 },
];

/** Opens an example of the page type and returns the response status. */
export async function open(page: Page, type: PageType): Promise<number> {
  if (type.path !== undefined) return (await page.goto(type.path))?.status() ?? 0;
  await page.goto(type.firstLinkOn ?? '');
  const href = await page.locator('main ul a.card').first().getAttribute('href');
  if (!href) throw new Error(`Không có liên kết nào trên ${type.firstLinkOn}`);
  return (await page.goto(href))?.status() ?? 0;
}
