// The channel's primary navigation: the four content groups of the Hồng Bàng channel, then figures
// and search. Paths are site-relative; pages add the base with withBase().
import * as routes from './routes.ts';

export interface NavItem {
  href: string;
  label: string;
  /** One line for the home page's cards. */
  description: string;
}

export const contentGroups: readonly NavItem[] = [
  {
    href: routes.news(),
    label: 'Thông tin nổi bật',
    description: 'Tin hoạt động mới nhất của đơn vị về Nghị quyết 57 và chuyển đổi số.',
  },
  {
    href: routes.campaigns(),
    label: 'Thông tin tuyên truyền',
    description: 'Nghị quyết 57 là gì, mục tiêu đến năm 2030, và người dân được lợi gì.',
  },
  {
    href: routes.guides(),
    label: 'Thủ tục hành chính',
    description: 'Cần mang giấy tờ gì, mất bao lâu, nộp ở đâu, nộp trực tuyến thế nào.',
  },
  {
    href: routes.feedback(),
    label: 'Thông tin phản hồi',
    description: 'Gửi ý kiến, phản ánh, kiến nghị và hỏi đáp về dịch vụ công.',
  },
];

export const primaryNav: readonly NavItem[] = [
  ...contentGroups,
  { href: routes.figures(), label: 'Số liệu', description: 'Các con số trong báo cáo của đơn vị, kèm nguồn.' },
  {
    href: routes.search(),
    label: 'Tìm kiếm',
    description: 'Tìm thủ tục, tin tức, câu hỏi; gõ có dấu hay không dấu đều được.',
  },
];

/** The nav item a page belongs to: the longest href that prefixes its site-relative path. */
export function currentSection(path: string, items: readonly NavItem[] = primaryNav): NavItem | undefined {
  return items
    .filter((item) => path === item.href || path.startsWith(item.href))
    .sort((a, b) => b.href.length - a.href.length)[0];
}
