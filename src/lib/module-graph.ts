// Which script files a built page loads at once: its module scripts and what they import statically
// (import() loads later, on demand). Read from the built files by the budget and by the search page's
// preload links.

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
