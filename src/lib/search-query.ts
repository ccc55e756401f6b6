// What residents type into search, made safe: the query both the compact index and Pagefind search.
// (How Pagefind is asked for đ-words typed with a plain d: full-text-query.ts.)

export const MAX_QUERY = 100;

/** The query to search: trimmed, spaces collapsed, at most MAX_QUERY characters; '' when nothing searchable. */
export function cleanQuery(raw: string): string {
  const query = raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY).trim();
  return /[\p{L}\p{N}]/u.test(query) ? query : '';
}
