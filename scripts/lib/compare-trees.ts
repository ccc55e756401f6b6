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
  return text
    .replace(/(_astro\/[^/"'\s)]+?)\.[\w-]{8}(_[\w-]+)?\.([a-z0-9]+)\b/g, '$1.[hash]$2.$3')
    .replace(/(["']?revision["']?\s*:\s*["'])[0-9a-f]{32}(["'])/g, '$1[rev]$2');
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

export function compareTrees(
  before: string,
  after: string,
  read: (path: string) => Buffer,
): { files: number; differences: TreeDifference[] } {
  const index = (dir: string) => new Map(listFiles(dir).map((p) => [normaliseHashes(p), p]));
  const a = index(before);
  const b = index(after);
  const differences: TreeDifference[] = [];
  for (const [key, path] of a) if (!b.has(key)) differences.push({ kind: 'only-before', path });
  for (const [key, path] of b) if (!a.has(key)) differences.push({ kind: 'only-after', path });
  for (const [key, pathA] of a) {
    const pathB = b.get(key);
    if (pathB === undefined) continue;
    const bytesA = read(join(before, pathA));
    const bytesB = read(join(after, pathB));
    if (bytesA.equals(bytesB)) continue;
    if (!textFile.test(`/${key}`)) {
      differences.push({ kind: 'changed', path: key });
      continue;
    }
    const textA = normaliseHashes(bytesA.toString('utf8'));
    const textB = normaliseHashes(bytesB.toString('utf8'));
    if (textA !== textB) differences.push({ kind: 'changed', path: key, ...firstDifferentLine(textA, textB) });
  }
  return { files: a.size, differences };
}
