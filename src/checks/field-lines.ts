// The line of a field in a YAML file or a Markdown file's frontmatter, for messages that point at a line. Only
// asked for a field that has a problem, so a file without one is never parsed twice.
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { lineAt } from '../lib/lines.ts';

/** The YAML text of a file and the line it starts on (2 under a Markdown file's first «---»). */
function yamlPart(raw: string): { text: string; firstLine: number } {
  if (!/^---\r?\n/.test(raw)) return { text: raw, firstLine: 1 };
  const start = raw.indexOf('\n') + 1;
  const end = raw.slice(start).search(/^---\s*$/m);
  return { text: raw.slice(start, end < 0 ? undefined : start + end), firstLine: 2 };
}

/** Where a field's key (or list item) starts; the nearest written parent when the field itself is missing. */
function offsetOf(doc: ReturnType<typeof parseDocument>, path: readonly (string | number)[]): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : (doc.getIn(path.slice(0, depth - 1), true) as Node | undefined);
    const last = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
      const key = pair?.key as Node | undefined;
      if (key?.range) return key.range[0];
    } else if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last] as Node | undefined;
      if (item?.range) return item.range[0];
    }
  }
  return undefined;
}

/** 1-based line of the field at `path` in the file's text, or undefined when it cannot be found. */
export function fieldLine(raw: string, path: readonly (string | number)[]): number | undefined {
  const { text, firstLine } = yamlPart(raw);
  const doc = parseDocument(text, { logLevel: 'silent' });
  const offset = offsetOf(doc, path);
  return offset === undefined ? undefined : lineAt(text, offset) + firstLine - 1;
}
