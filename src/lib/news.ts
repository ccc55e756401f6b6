// How many items a page of the highlights' list holds (the addresses are built in src/lib/routes.ts).

export const NEWS_PAGE_SIZE = 10;
