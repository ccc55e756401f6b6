// scripts/node-env.sh, on a copy of the project's scripts/ whose checksum file disagrees with the registry's
// tarball: it stops with one Vietnamese message and leaves neither the download nor a Node behind. The
// machine's node is made to look too old (a wrapper that fails the version test), so the fetch always runs;
// `npm pack` reads npm's cache or the registry, as the normal fetch does.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const pinned = readFileSync(join(root, '.node-version'), 'utf8').trim();
const arch = process.arch === 'arm64' ? 'arm64' : 'x64';
const tarball = (a: string) => `node-linux-${a}-${pinned}.tgz`;
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Sources node-env.sh in a copy of scripts/ with `sums` as its checksum file; the machine's node too old. */
function sourceWith(sums: string) {
  const copy = mkdtempSync(join(tmpdir(), 'nq57-node-env-'));
  dirs.push(copy);
  cpSync(join(root, 'scripts', 'node-env.sh'), join(copy, 'scripts', 'node-env.sh'));
  cpSync(join(root, '.node-version'), join(copy, '.node-version'));
  writeFileSync(join(copy, 'scripts', 'node-sha256.txt'), sums);
  // `node -e …` (the version test) fails; anything else (npm itself) runs on the machine's own node, beside
  // its npm, as when the script fetches for real (npm on this test's Node 24 waits minutes on this network).
  const npmDir = dirname(spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim());
  const node = existsSync(join(npmDir, 'node')) ? join(npmDir, 'node') : process.execPath;
  const bin = join(copy, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'node'), `#!/bin/sh\n[ "$1" = -e ] && exit 1\nexec "${node}" "$@"\n`);
  chmodSync(join(bin, 'node'), 0o755);
  const temp = join(copy, 'tmp');
  mkdirSync(temp);
  const run = spawnSync('bash', ['--noprofile', '--norc', '-c', 'source scripts/node-env.sh && echo "đã chạy tiếp"'], {
    cwd: copy,
    env: { PATH: `${bin}:${npmDir}:/usr/bin:/bin`, HOME: process.env['HOME'], TMPDIR: temp },
    encoding: 'utf8',
  });
  return { ...run, copy, temp };
}

describe('node-env.sh', () => {
  it('stops on a download that does not match the SHA-256 kept in the repository, and deletes it', () => {
    const run = sourceWith(`${'0'.repeat(64)}  ${tarball(arch)}\n`);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('đã chạy tiếp');
    expect(run.stderr).toContain(
      `Tệp Node ${pinned} tải về (${tarball(arch)}) không khớp mã SHA-256 ghi trong scripts/node-sha256.txt: đã xóa, không dùng.`,
    );
    expect(readdirSync(run.temp, { recursive: true }).filter((f) => String(f).endsWith('.tgz'))).toEqual([]);
    expect(existsSync(join(run.copy, '.tools', `node-${pinned}`, 'node_modules'))).toBe(false);
  });

  it('stops before any download when the checksum file has no line for the tarball', () => {
    const run = sourceWith('');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Không có mã SHA-256 của ${tarball(arch)} trong scripts/node-sha256.txt`);
    expect(readdirSync(run.temp)).toEqual([]);
  });

  it('keeps a checksum for both machines the project runs on', () => {
    const lines = readFileSync(join(root, 'scripts', 'node-sha256.txt'), 'utf8')
      .trim()
      .split('\n');
    const named = lines.map((line) => /^[0-9a-f]{64} {2}(\S+)$/.exec(line)?.[1]);
    expect(named).toEqual([tarball('x64'), tarball('arm64')]);
  });
});
