// Type and size of a file held under public/, for the reader to know what they download.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicDir } from 'astro:config/server';

export interface Attachment {
  href: string;
  type: string;
  bytes: number;
}

export function attachment(path: string): Attachment {
  return {
    href: path,
    type: (path.split('.').pop() ?? '').toUpperCase(),
    bytes: statSync(join(fileURLToPath(publicDir), path)).size,
  };
}
