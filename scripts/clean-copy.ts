// A copy of the checkout as a fresh clone would have it: the files git tracks (and new files not yet
// ignored) committed in a repository of its own, nothing git ignores (no dist/, no caches, no leftovers).
// Packages and the fetched Node are linked, not installed again, entry by entry: Astro and Vite keep their
// caches inside node_modules.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Links every package of `from`/node_modules into `to`/node_modules, but Astro's and Vite's caches. */
export function linkPackages(from: string, to: string): void {
  mkdirSync(join(to, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(from, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(join(from, 'node_modules', name), join(to, 'node_modules', name));
  }
}

/** The files a fresh clone of `root` holds, as paths relative to it. */
export function clonedFiles(root: string): string[] {
  const listed = spawnSync('git', ['-C', root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files thất bại: ${listed.stderr}`);
  // A tracked file deleted in the work tree is not part of what would be committed next.
  return listed.stdout.split('\0').filter((path) => path !== '' && existsSync(join(root, path)));
}

/** A temporary clean copy of `root`; the caller removes it. */
export function cleanCopy(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nq57-clone-'));
  for (const path of clonedFiles(root)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    cpSync(join(root, path), join(dir, path), { verbatimSymlinks: true, preserveTimestamps: true });
  }
  const git = (...args: string[]) => {
    const run = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')} thất bại: ${run.stderr}`);
  };
  git('init', '--quiet');
  git('add', '--all');
  git('-c', 'user.name=nq57', '-c', 'user.email=nq57@localhost', 'commit', '--quiet', '--no-verify', '-m', 'bản sao');
  linkPackages(root, dir);
  if (existsSync(join(root, '.tools'))) {
    symlinkSync(join(root, '.tools'), join(dir, '.tools'));
    // A link is not the folder .gitignore names.
    appendFileSync(join(dir, '.git', 'info', 'exclude'), '/.tools\n');
  }
  return dir;
}
