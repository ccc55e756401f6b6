// Printed QR codes are forever: a code that git history shows was ever committed as printed (status
// dang-dung or ngung) must still be in the registry, and must not go back to prepared (chuan-bi). A code
// only ever committed as prepared may be changed, renamed or removed. Outside a git checkout (a downloaded
// archive) there is no history to check.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../lib/content-errors.ts';
import { isPrinted } from '../lib/qr.ts';
import { collectionSpecs, entryId } from '../schemas/index.ts';
import { readContentFile, readFileText } from '../reader/index.ts';

/**
 * The status a version of a registry file gives; undefined when the text is not a YAML mapping. A draft
 * (draft: true) is never built, so never printed: it counts as prepared, whatever its status says.
 */
export function statusOf(text: string): unknown {
  try {
    const { data } = readContentFile('qr.yaml', text);
    if (!data || typeof data !== 'object') return undefined;
    const { status, draft } = data as { status?: unknown; draft?: unknown };
    return draft === true ? 'chuan-bi' : status;
  } catch {
    return undefined;
  }
}

/** The status of a registry file in the work tree (undefined when it cannot be read: the check says why). */
function statusNow(path: string): unknown {
  try {
    return statusOf(readFileText(path, collectionSpecs.qr.maxBytes));
  } catch {
    return undefined;
  }
}

/** One registry file: the status in each of its committed versions, and the file as it is now. */
export interface CodeHistory {
  path: string;
  committed: readonly unknown[];
  /** The status of the file in the work tree; `gone` when the file is not there. */
  now: unknown;
}

export const gone = Symbol('gone');

export interface Breach {
  path: string;
  /** removed: the file of a printed code is gone (deleted or renamed); unprinted: it went back to chuan-bi. */
  kind: 'removed' | 'unprinted';
}

/** Files of codes once committed as printed that are now gone or prepared again. */
export function permanenceBreaches(histories: readonly CodeHistory[]): Breach[] {
  return histories
    .filter((h) => h.committed.some(isPrinted))
    .flatMap((h): Breach[] => {
      if (h.now === gone) return [{ path: h.path, kind: 'removed' }];
      if (h.now === 'chuan-bi') return [{ path: h.path, kind: 'unprinted' }];
      return [];
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Splits `git cat-file --batch` output into the text of each object asked for (undefined when missing). */
export function catFileTexts(out: Buffer): (string | undefined)[] {
  const texts: (string | undefined)[] = [];
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(0x0a, at);
    if (end < 0) break;
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    const size = /^[0-9a-f]+ \w+ (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      texts.push(undefined);
      continue;
    }
    texts.push(out.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return texts;
}

function git(root: string, args: string[], input?: string) {
  return spawnSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], { input, maxBuffer: 256 * 1024 * 1024 });
}

/** The history of every registry file that is not printed now: the only ones that could breach the rule. */
function histories(root: string, contentDir: string): CodeHistory[] {
  const log = git(root, [
    'log',
    '--no-renames',
    '--format=%x00%H',
    '--name-only',
    '--',
    // Every unit's codes: the registry's pattern, with any unit.
    ...collectionSpecs.qr.patterns('*').map((pattern) => `${contentDir}/${pattern}`),
  ]);
  if (log.status !== 0) return [];
  const touched = new Map<string, string[]>();
  for (const block of log.stdout.toString('utf8').split('\0').filter(Boolean)) {
    const [commit = '', ...paths] = block.split('\n').map((l) => l.trim());
    for (const path of paths.filter(Boolean)) touched.set(path, [...(touched.get(path) ?? []), commit]);
  }
  const candidates = [...touched].flatMap(([path, commits]) => {
    const file = join(root, path);
    const now = existsSync(file) ? statusNow(file) : gone;
    return isPrinted(now) ? [] : [{ path, commits, now }];
  });
  const asked = candidates.flatMap(({ path, commits }) => commits.map((c) => `${c}:${path}`));
  if (asked.length === 0) return [];
  const batch = git(root, ['cat-file', '--batch'], `${asked.join('\n')}\n`);
  if (batch.status !== 0) return [];
  const texts = catFileTexts(batch.stdout);
  let next = 0;
  return candidates.map(({ path, commits, now }) => ({
    path,
    now,
    committed: commits.map(() => texts[next++]).flatMap((t) => (t === undefined ? [] : [statusOf(t)])),
  }));
}

const codeOf = (path: string) => entryId(path, collectionSpecs.qr.idFrom);

export function qrHistoryProblems(contentDir: string): ContentProblem[] {
  const top = spawnSync('git', ['-C', contentDir, 'rev-parse', '--show-toplevel'], { encoding: 'utf8' });
  if (top.status !== 0) return [];
  return permanenceBreaches(histories(top.stdout.trim(), contentDir)).map(({ path, kind }) =>
    kind === 'removed'
      ? {
          file: path,
          field: '(tên tệp)',
          message: `mã QR «${codeOf(path)}» đã phát hành nhưng tệp của nó bị xóa hoặc đổi tên. Mã đã in không được xóa hay đổi tên: khôi phục tệp, và nếu không dùng nữa thì đặt status: ngung cùng redirectTo.`,
        }
      : {
          file: path,
          field: 'status',
          message: `mã QR «${codeOf(path)}» đã phát hành (lịch sử git có bản status: dang-dung hoặc ngung) nên không trở lại chuan-bi được. Đặt lại status: dang-dung cùng issued, hoặc ngung cùng redirectTo nếu không dùng nữa.`,
        },
  );
}
