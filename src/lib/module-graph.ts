// Which script files a built page loads at once: its scripts and style sheets, and what its module scripts
// import statically (import() loads later, on demand). Read from the built files by the budget and by the
// search page's preload links.

/** The specifiers a built module imports statically (`import … from "x"`, `import "x"`), in order. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}

/** Every file reachable from the entries by static imports, entries first; `read` gives a file's code. */
export function moduleGraph(
  entries: readonly string[],
  read: (file: string) => string,
  resolve: (specifier: string, from: string) => string,
): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(read(file))) visit(resolve(specifier, file));
  };
  entries.forEach(visit);
  return [...files];
}

/** The scripts and style sheets a built page names. */
export interface PageScripts {
  /** Bodies of inline scripts that run (JSON-LD and other data blocks are not code). */
  inline: string[];
  /** src of script files. */
  external: string[];
  /** href of stylesheets loaded from files. */
  stylesheets: string[];
}

export function scriptsOf(html: string): PageScripts {
  const inline: string[] = [];
  const external: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
    const type = /\btype="([^"]+)"/.exec(attrs)?.[1] ?? 'text/javascript';
    if (!/^(text\/javascript|module|application\/javascript)$/i.test(type)) continue;
    if (src) external.push(src);
    else if ((m[2] ?? '').trim()) inline.push(m[2] ?? '');
  }
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi)]
    .map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1])
    .filter((h): h is string => Boolean(h));
  return { inline, external, stylesheets };
}
