// Every internal link goes through here, so the site works under any base path (SITE_BASE).

/** Joins a site-relative path ("/thu-tuc/") to the base ("/nq57/") without doubling slashes. */
export function withBase(path: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + relativeToBase(path);
}

/** A site-relative path as a path relative to the base ("/thu-tuc/" → "thu-tuc/"), for tools that join the two. */
export function relativeToBase(path: string): string {
  return path.replace(/^\/+/, '');
}

/** Removes the base from a pathname; the inverse of withBase for paths under the base. */
export function withoutBase(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

/** A phone number as written for readers ("0225 3842 123") → the link that dials it ("tel:02253842123"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
