// Compares two build folders file by file, with hashed names normalised (for scripts/compare-dist.ts).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export type TreeDifference =
  | { kind: 'only-before' | 'only-after'; path: string }
  | { kind: 'changed'; path: string; line?: number; before?: string; after?: string };

const textFile = /\.(html|xml|txt|json|js|mjs|css|svg|yml|yaml|map|conf|csv|webmanifest)$|\/_headers$|\/_redirects$/;

/**
 * Replaces the content hashes Vite and Astro put in file names (`search.Blu72JBX.js`,
 * `anh.Dd5Hpqqb_Z2chwe2.svg`) and the revisions Workbox writes beside them, which change whenever a module
 * moves even though the bytes the reader gets do not.
 */
export function normaliseHashes(text: string): string {
  return (
    text
      .replace(/(_astro\/[^/"'\s)]+?)\.[\w-]{8}(_[\w-]+)?\.([a-z0-9]+)\b/g, '$1.[hash]$2.$3')
      // One chunk importing another beside it: `from"./search.Blu72JBX.js"`, `import(\`./search.Blu72JBX.js\`)`.
      .replace(/(["'`]\.\/[\w.-]+?)\.[\w-]{8}\.(js|css)(["'`])/g, '$1.[hash].$2$3')
      .replace(/(["']?revision["']?\s*:\s*["'])[0-9a-f]{32}(["'])/g, '$1[rev]$2')
  );
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

function firstDifferentLine(a: string, b: string): { line: number; before: string; after: string } {
  const la = a.split('\n');
  const lb = b.split('\n');
  const cut = (s: string | undefined) => (s ?? '(hết tệp)').slice(0, 200);
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return { line: i + 1, before: cut(la[i]), after: cut(lb[i]) };
  }
  return { line: 0, before: '', after: '' };
}

/** Files grouped by their normalised name: several chunks may share one once their hashes are hidden. */
function index(dir: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of listFiles(dir)) {
    const key = normaliseHashes(path);
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  return groups;
}

export function compareTrees(
  before: string,
  after: string,
  read: (path: string) => Buffer,
): { files: number; differences: TreeDifference[] } {
  const a = index(before);
  const b = index(after);
  const content = (root: string, path: string) => normaliseHashes(read(join(root, path)).toString('latin1'));
  const differences: TreeDifference[] = [];
  let files = 0;
  for (const [key, pathsA] of a) {
    files += pathsA.length;
    const pathsB = [...(b.get(key) ?? [])];
    if (pathsB.length === 0) {
      for (const path of pathsA) differences.push({ kind: 'only-before', path });
      continue;
    }
    // Same-named files pair by content first; what is left pairs in order.
    const unpaired: string[] = [];
    for (const pathA of pathsA) {
      const twin =
        pathsA.length > 1 ? pathsB.findIndex((pathB) => content(before, pathA) === content(after, pathB)) : -1;
      if (twin >= 0) pathsB.splice(twin, 1);
      else unpaired.push(pathA);
    }
    unpaired.forEach((pathA, i) => {
      const pathB = pathsB[i];
      if (pathB === undefined) differences.push({ kind: 'only-before', path: pathA });
      else {
        const change = changed(key, read(join(before, pathA)), read(join(after, pathB)));
        if (change) differences.push(change);
      }
    });
    for (const path of pathsB.slice(unpaired.length)) differences.push({ kind: 'only-after', path });
  }
  for (const [key, paths] of b)
    if (!a.has(key)) for (const path of paths) differences.push({ kind: 'only-after', path });
  return { files, differences: differences.sort((x, y) => x.path.localeCompare(y.path)) };
}

function changed(key: string, bytesA: Buffer, bytesB: Buffer): TreeDifference | undefined {
  if (bytesA.equals(bytesB)) return undefined;
  if (!textFile.test(`/${key}`)) return { kind: 'changed', path: key };
  const textA = normaliseHashes(bytesA.toString('utf8'));
  const textB = normaliseHashes(bytesB.toString('utf8'));
  return textA === textB ? undefined : { kind: 'changed', path: key, ...firstDifferentLine(textA, textB) };
}
