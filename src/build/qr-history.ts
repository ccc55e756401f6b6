// Printed QR codes are forever: a code whose file was ever committed must still be in the registry.
// Reads git history; outside a git checkout (a downloaded archive) there is no history to check.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../lib/content-errors.ts';

/** Registry files that history shows were deleted and that are not back: each is a removed code. */
export function removedCodes(deletedPaths: readonly string[], exists: (path: string) => boolean): string[] {
  return [...new Set(deletedPaths.filter((p) => /(^|\/)units\/[^/]+\/qr\/[^/]+\.yaml$/.test(p) && !exists(p)))].sort();
}

export function qrHistoryProblems(contentDir: string): ContentProblem[] {
  const top = spawnSync('git', ['-C', contentDir, 'rev-parse', '--show-toplevel'], { encoding: 'utf8' });
  if (top.status !== 0) return [];
  const root = top.stdout.trim();
  const log = spawnSync(
    'git',
    ['-C', root, 'log', '--diff-filter=D', '--name-only', '--pretty=format:', '--', `${contentDir}/units/*/qr/*.yaml`],
    { encoding: 'utf8' },
  );
  if (log.status !== 0) return [];
  const deleted = log.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return removedCodes(deleted, (p) => existsSync(join(root, p))).map((path) => ({
    file: path,
    field: '(tên tệp)',
    message: `mã QR «${path
      .split('/')
      .pop()
      ?.replace(
        /\.yaml$/,
        '',
      )}» đã phát hành nhưng tệp của nó bị xóa. Mã đã in không được xóa: khôi phục tệp, và nếu không dùng nữa thì đặt status: ngung cùng redirectTo.`,
  }));
}
