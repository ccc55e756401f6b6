// Drafts never break the build: on a copy of the fixture site, `npm run new` makes a draft of every kind it
// can make (looped over the scaffold's own list); `npm run check` passes and reminds what each lacks; one
// build with all of them passes, and nothing of any draft is in the output: pages, sitemap, Pagefind index,
// RSS, kiosk data, service worker precache. Then each is set to publish with its hints unfilled: the check
// refuses it, naming the file and the fields.
import { spawnSync } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockedBuild } from './support/fixture-site.ts';
import { stringify as stringifyYaml } from 'yaml';
import { kindChoices } from '../../scripts/lib/scaffold.ts';
import { readFile } from '../../src/reader/index.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'tests', 'fixtures', 'valid');
const site = mkdtempSync(join(tmpdir(), 'nq57-drafts-'));
const dir = join(site, 'content');
const out = join(site, 'dist');
cpSync(fixture, dir, { recursive: true });
cpSync(join(root, 'tests', 'fixtures', 'public'), join(site, 'public'), { recursive: true });
afterAll(() => rmSync(site, { recursive: true, force: true }));

const env = { SITE_CONTENT_DIR: dir, SITE_UNIT: 'demo', SITE_OUT_DIR: out, SITE_URL: 'http://localhost:4321' };
const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).not.toMatch(stackTrace);
  return { status: result.status, output };
}
const check = () => run(process.execPath, ['scripts/check.ts', '--content-only']);

/** Every draft's title and one of its fields carry this word, so any trace of it in the output is found. */
const marker = 'Nhápthử';
const traces = /nh[aá]pth[uử]/i;

/** A guide with neither a sample nor the unit's own facts yet: what the kinds named after a guide are for. */
function freeGuide(): string {
  const ids = (pattern: string) => globSync(pattern, { cwd: dir }).map((p) => basename(p).replace(/\.yaml$/, ''));
  const taken = new Set([...ids('shared/samples/*.yaml'), ...ids('units/demo/thu-tuc/*.yaml')]);
  const guide = ids('shared/procedures/*.yaml').find((id) => !taken.has(id));
  if (!guide) throw new Error('the fixture needs a guide with no sample and no unit facts');
  return guide;
}

interface Made {
  alias: string;
  /** Under content/. */
  path: string;
  /** The fields `new` said to fill. */
  listed: string[];
}
const made: Made[] = [];
/** Complete drafts, under content/. */
const complete: string[] = [];

beforeAll(() => {
  const guide = freeGuide();
  for (const { alias, namesProcedure } of kindChoices()) {
    const { status, output } = run(process.execPath, [
      'scripts/new.ts',
      alias,
      namesProcedure ? guide : `${marker} ${alias}`,
    ]);
    expect(status, output).toBe(0);
    const path = /✓ Đã tạo content\/(\S+)/.exec(output)?.[1] ?? '';
    const section = output.slice(output.indexOf('Còn phải điền')).split('\n\n')[0] ?? '';
    const listed = [...section.matchAll(/^ {2}• (.+?): /gm)].map((m) => m[1] ?? '');
    // A kind whose title is only its file name (a QR code) or a guide's name has no title in its data: its
    // first field to fill carries the marker instead (and, filled, is no longer one to remind or refuse).
    const file = join(dir, path);
    const text = readFileSync(file, 'utf8');
    if (!text.includes(marker)) {
      writeFileSync(file, text.replace(/: ''/, `: ${marker} ${alias}`));
      listed.shift();
    }
    made.push({ alias, path, listed: listed.filter((f) => f !== '(nội dung bài)') });
  }
  // And a complete draft of every kind: a copy of a published entry of the fixture, set to draft, so that what
  // keeps it off the site is the flag alone, not a missing field.
  const namesGuide = new Set(kindChoices().flatMap((c) => (c.namesProcedure ? [c.name] : [])));
  for (const [name, spec] of Object.entries(collectionSpecs).filter(([, s]) => s.drafts)) {
    const rel = spec
      .patterns('demo')
      .flatMap((pattern) => globSync(pattern, { cwd: fixture }))
      .filter((r) => !/(^|\/)index\.\w+$/.test(r))
      .sort()[0];
    if (!rel) continue;
    const read = readFile(rel, fixture);
    const json = rel.endsWith('.json');
    const data = read.data as Record<string, unknown>;
    if (spec.titleField && !namesGuide.has(name as never)) data[spec.titleField] = `${marker} ${name} đầy đủ`;
    const text = json
      ? JSON.stringify({ draft: true, ...data }, null, 2)
      : read.tree
        ? `---\n${stringifyYaml({ draft: true, ...data })}---\n${read.body}`
        : stringifyYaml({ draft: true, ...data });
    const kebab = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const path = rel.replace(/[^/]+(\.\w+)$/, `nhapthu-${kebab}-day-du$1`);
    writeFileSync(join(dir, path), text);
    complete.push(path);
  }
}, 180_000);

describe('a draft of every kind `npm run new` makes', () => {
  it('covers every kind but the unit profile', () => {
    const kinds = new Set(kindChoices().map((c) => c.name));
    expect([...kinds].sort()).toEqual(
      Object.entries(collectionSpecs)
        .filter(([, spec]) => spec.drafts)
        .map(([name]) => name)
        .sort(),
    );
    expect(made.filter((m) => !readFileSync(join(dir, m.path), 'utf8').includes(marker))).toEqual([]);
    expect(complete.filter((path) => !path.includes('nhapthu'))).toEqual([]);
  });

  it('passes `npm run check`, which reminds each draft and what it lacks', () => {
    const { status, output } = check();
    expect(status, output).toBe(0);
    expect(output).not.toContain('✗');
    expect(output).toContain(`Nhắc việc: ${made.length + complete.length} bản nháp chưa đăng`);
    expect(complete.length).toBeGreaterThan(0);
    const ready = complete.filter((path) => output.includes(`◦ Bản nháp content/${path} — đã đủ`));
    expect(ready).toContain(complete.find((p) => p.includes('/news/')));
    for (const { path, listed } of made) {
      const block = output.slice(output.indexOf(`◦ Bản nháp content/${path} —`)).split('\n\n')[0] ?? '';
      expect(block, path).not.toBe('');
      for (const field of listed) expect(block, path).toContain(`Trường «${field}»`);
    }
  });

  it('builds, and nothing of any draft is in the site, sitemap, search index, RSS, kiosk data or offline list', () => {
    const { status, output } = run(...lockedBuild);
    expect(status, output).toBe(0);
    expect(output).toContain(`Bản nháp không đăng (${made.length + complete.length})`);
    const files = globSync('**/*', { cwd: out, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name));
    // Pagefind's index and fragments are gzip; everything else that could name a page is text.
    const textOf = (file: string) => {
      const bytes = readFileSync(file);
      return /\.pf_\w+$/.test(file) ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    };
    const readable = files.filter((f) => /\.(html|xml|json|js|txt|webmanifest|pf_\w+)$/.test(f));
    for (const expected of ['sitemap-0.xml', 'tin-tuc/rss.xml', 'sw.js', 'kiosk/phien-ban.json']) {
      expect(readable, expected).toContain(join(out, expected));
    }
    const fragments = readable.filter((f) => f.endsWith('.pf_fragment'));
    expect(fragments.length).toBeGreaterThan(0);
    // The search through Pagefind's fragments finds what is published (a news title of the fixture)...
    const published = (readFile('units/demo/news/tin-mau.mdx', dir).data as { title?: string }).title;
    expect(fragments.some((f) => textOf(f).includes(published ?? '-'))).toBe(true);
    // ...and nothing of a draft, in any file.
    const leaks = readable.filter((f) => traces.test(textOf(f))).map((f) => f.slice(out.length));
    expect(leaks).toEqual([]);
    expect(files.filter((f) => traces.test(f))).toEqual([]);
  }, 600_000);

  it('set to publish with its hints unfilled, each is refused by `npm run check`, naming the file and fields', () => {
    for (const { path } of made) {
      const file = join(dir, path);
      const text = readFileSync(file, 'utf8');
      const published = text.replace(/^draft: true.*\n/m, '').replace(/^ {2}"draft": true,\n/m, '');
      expect(published, path).not.toMatch(/draft/);
      writeFileSync(file, published);
    }
    const { status, output } = check();
    expect(status).toBe(1);
    for (const { path } of made) expect(output).not.toContain(`◦ Bản nháp content/${path}`);
    for (const { path, listed } of made) {
      const block = output.slice(output.indexOf(`✗ content/${path}\n`)).split('\n\n')[0] ?? '';
      expect(block, path).not.toBe('');
      expect(listed.length, path).toBeGreaterThan(0);
      for (const field of listed) expect(block, path).toContain(`Trường «${field}»`);
    }
  });
});
