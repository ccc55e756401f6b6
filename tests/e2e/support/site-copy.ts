// A copy of a built site served by a server the test can stop and start: a real network loss and return,
// not emulation. Each test gets its own copy, so changing a page never touches the shared build.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { StaticServer } from '../../../scripts/static-server.ts';

const root = join(import.meta.dirname, '..', '..', '..');

export function servedCopy(build: string): { readonly dir: string; readonly server: StaticServer } {
  const current = { dir: '', server: undefined as StaticServer | undefined };
  test.beforeEach(async () => {
    current.dir = mkdtempSync(join(tmpdir(), 'nq57-site-'));
    cpSync(join(root, build), current.dir, { recursive: true });
    current.server = new StaticServer(current.dir, { count: true });
    await current.server.start();
  });
  test.afterEach(async () => {
    await current.server?.stop();
    rmSync(current.dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return current.dir;
    },
    get server() {
      if (!current.server) throw new Error('Máy chủ chưa chạy: chỉ dùng trong một test.');
      return current.server;
    },
  };
}
