// Every page type the site has, with how to reach an example of it (paths relative to the base, built by
// src/lib/routes.ts).
import type { Page } from '@playwright/test';
import * as routes from '../../../src/lib/routes.ts';
import { relativeToBase } from '../../../src/lib/url.ts';

export interface PageType {
  name: string;
  /** A fixed path, or the list page whose first link in <main> leads to an example. */
  path?: string;
  firstLinkOn?: string;
  status?: number;
  /**
   * The answers a 360×740 phone must show on its first screen: how many elements carry each
   * data-answer name (the contract `npm run first-screen` reads too).
   */
  answers?: Readonly<Record<string, number>>;
}

const examples: PageType[] = [
  { name: 'trang chủ', path: routes.home(), answers: { nhom: 4 } },
  { name: 'danh sách tin', path: routes.news() },
  { name: 'bài tin', firstLinkOn: routes.news() },
  { name: 'chủ đề tin', path: routes.newsTag('nghi-quyet-57') },
  { name: 'danh sách tuyên truyền', path: routes.campaigns() },
  { name: 'bài tuyên truyền', firstLinkOn: routes.campaigns() },
  { name: 'bản tin truyền thanh', path: routes.bulletin() },
  { name: 'thư viện infographic', path: routes.infographics() },
  { name: 'infographic', firstLinkOn: routes.infographics() },
  { name: 'danh sách thủ tục', path: routes.guides() },
  {
    name: 'hướng dẫn thủ tục',
    path: routes.guide('dang-ky-khai-sinh'),
    answers: { 'tom-tat': 1, 'nop-truc-tuyen': 1 },
  },
  { name: 'hồ sơ mẫu', path: routes.guideSample('dang-ky-tam-tru') },
  { name: 'hỏi đáp', path: routes.faq() },
  { name: 'phản hồi', path: routes.feedback() },
  { name: 'số liệu', path: routes.figures() },
  // With a query, as a reader arrives from the header's search: the results are part of the page.
  { name: 'tìm kiếm', path: `${routes.search()}?q=l%C3%A0m+gi%E1%BA%A5y+khai+sinh`, answers: { 'ket-qua-dau': 1 } },
  { name: 'trang soạn thảo chưa kết nối', path: routes.admin() },
  { name: 'mã QR', path: routes.qrLanding('ho-dan'), answers: { 'loi-chao': 1, viec: 3 } },
  { name: 'tờ rơi mã QR', path: routes.qrPrintList() },
  { name: 'không có mạng', path: routes.offline() },
  // An address no route makes.
  { name: 'không tìm thấy', path: '/khong-co-trang-nay/', status: 404 },
];

export const pageTypes: PageType[] = examples.map((type) => ({
  ...type,
  ...(type.path !== undefined && { path: relativeToBase(type.path) }),
  ...(type.firstLinkOn !== undefined && { firstLinkOn: relativeToBase(type.firstLinkOn) }),
}));

/** Opens an example of the page type and returns the response status. */
export async function open(page: Page, type: PageType): Promise<number> {
  if (type.path !== undefined) return (await page.goto(type.path))?.status() ?? 0;
  await page.goto(type.firstLinkOn ?? '');
  const href = await page.locator('main ul a.card').first().getAttribute('href');
  if (!href) throw new Error(`Không có liên kết nào trên ${type.firstLinkOn}`);
  return (await page.goto(href))?.status() ?? 0;
}
