// The deploy list (deploy/units.json) read, checked and written in one place, and the settings of one unit's
// build that every tool shares.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildEnv,
  deployListFile,
  formatDeployList,
  parseDeployList,
  siteUrlVariable,
} from '../../scripts/lib/unit-builds.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the deploy list', () => {
  it('is found beside the content folder', () => {
    expect(deployListFile(join(root, 'content'))).toBe(join(root, 'deploy', 'units.json'));
  });

  it('is written back exactly as the file holds it', () => {
    const text = readFileSync(join(root, 'deploy', 'units.json'), 'utf8');
    expect(formatDeployList(parseDeployList(text))).toBe(text);
  });

  it.each([
    ['{', /không phải JSON hợp lệ/],
    ['{"unit":"a","base":"/"}', /phải là một danh sách/],
    ['[{"unit":"Hồng Bàng","base":"/"}]', /mục 1: «unit» phải là tên thư mục/],
    ['[{"unit":"a","base":"nq57"}]', /mục 1: «base» phải là đường dẫn gốc/],
    ['[{"unit":"a","base":"/","url":"x"}]', /mục 1: không có trường «url»/],
    ['[{"unit":"a","base":"/"},{"unit":"a","base":"/x/"}]', /mục 2: đơn vị «a» đã có ở một mục trước/],
  ])('refuses %s, naming the entry and the fix', (text, message) => {
    expect(() => parseDeployList(text)).toThrow(message);
  });
});

describe('one unit’s build', () => {
  it('sets the site settings src/units.ts reads', () => {
    expect(buildEnv({ unit: 'cat-hai', base: '/nq57/', url: 'https://x.vn', outDir: 'dist-units/cat-hai' })).toEqual({
      SITE_UNIT: 'cat-hai',
      SITE_BASE: '/nq57/',
      SITE_URL: 'https://x.vn',
      SITE_OUT_DIR: 'dist-units/cat-hai',
    });
    expect(buildEnv({ unit: 'demo', base: '/', url: 'http://l', outDir: 'd', contentDir: 'f' })).toMatchObject({
      SITE_CONTENT_DIR: 'f',
    });
  });

  it('names the origin variable as the deploy workflow does', () => {
    expect(siteUrlVariable('hong-bang')).toBe('SITE_URL_HONG_BANG');
    const workflow = readFileSync(join(root, 'deploy', 'ci', 'xuat-ban.yml'), 'utf8');
    expect(workflow).toContain('"SITE_URL_$key"');
    expect(workflow).toContain("tr 'a-z-' 'A-Z_'");
    expect(workflow).toContain('node scripts/build-all.ts "$UNIT"');
  });
});
