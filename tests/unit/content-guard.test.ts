import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingPages } from '../../src/integrations/content-guard.ts';

const content = join(import.meta.dirname, '..', 'fixtures', 'valid');
const out = mkdtempSync(join(tmpdir(), 'nq57-pages-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('missingPages', () => {
  it('names every page the content makes that the build did not write', () => {
    const missing = missingPages('demo', out, content);
    expect(missing).toEqual(expect.arrayContaining(['/', '/tin-tuc/tin-mau/', '/thu-tuc/thu-tuc-mau/', '/q/ho-dan/']));
  });

  it('is empty once every page is there, and names the one taken away', () => {
    for (const path of missingPages('demo', out, content)) {
      const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, '');
    }
    expect(missingPages('demo', out, content)).toEqual([]);
    rmSync(join(out, 'tin-tuc', 'tin-mau', 'index.html'));
    expect(missingPages('demo', out, content)).toEqual(['/tin-tuc/tin-mau/']);
  });
});
