// Addresses of the highlights' list pages, and how many items a page holds.

export const NEWS_PAGE_SIZE = 10;

export const newsPageHref = (n: number): string => (n === 1 ? '/tin-tuc/' : `/tin-tuc/trang/${n}/`);

export const tagHref = (tag: string): string => `/tin-tuc/chu-de/${tag}/`;
