// The weekly loudspeaker bulletin and the items' scripts, assembled from content read as the check reads it
// (drafts left out by the reader): every real unit's bulletin, and the fixture site's editor's script, custom
// formula and a draft.
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config.ts';
import type { CmsField } from '../../src/cms/fields.ts';
import { bulletinSource, type ScriptEntry } from '../../src/data/bulletin-sources.ts';
import { readEntries } from '../../src/reader/index.ts';
import {
  BULLETIN_SECONDS,
  ITEM_MAX_SECONDS,
  assembleBulletin,
  closingFormula,
  formulaProblems,
  itemScript,
  openingFormula,
  readingTime,
  speakText,
  unexplainedAbbreviations,
  type Bulletin,
  type BulletinSource,
  type BulletinUnit,
  type ItemKind,
} from '../../src/lib/spoken/index.ts';
import { metaTextIn, metaTextMessage } from '../../src/lib/spoken/meta-text.ts';
import { collectionSpecs, entryId, type CollectionSpec } from '../../src/schemas/index.ts';
import type { UnitProfile } from '../../src/schemas/unit.ts';

const root = join(import.meta.dirname, '..', '..');
const content = join(root, 'content');
const fixture = join(root, 'tests', 'fixtures', 'valid');
const FULL_NAME = 'Nghị quyết năm mươi bảy của Bộ Chính trị';

/** A kind's published entries in a content folder, with their bodies, as the bulletin reads them. */
function published(kind: ItemKind, spec: CollectionSpec, unit: string, dir: string): BulletinSource[] {
  const data = new Map(readEntries(spec, unit, dir).map((entry) => [entry.id, entry.data as ScriptEntry['data']]));
  return spec
    .patterns(unit)
    .flatMap((pattern) => globSync(pattern, { cwd: dir }))
    .flatMap((file) => {
      const id = entryId(file, spec.idFrom);
      const entry = data.get(id);
      if (!entry) return [];
      const body = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      return [bulletinSource(kind, { id, filePath: file, body, data: entry })];
    });
}

/** A unit's profile and its published news and campaign material, as the site's collections hold them. */
function unitContent(unit: string, dir: string): { profile: UnitProfile; sources: BulletinSource[] } {
  const profile = readEntries(collectionSpecs.units, unit, dir)[0]?.data;
  if (!profile) throw new Error(`no profile for ${unit}`);
  const sources = [
    ...published('news', collectionSpecs.news as CollectionSpec, unit, dir),
    ...published('campaign', collectionSpecs.campaigns as CollectionSpec, unit, dir),
  ];
  return { profile, sources };
}

const items = (bulletin: Bulletin) => bulletin.segments.filter((segment) => segment.item !== undefined);

describe.each(['hong-bang', 'cat-hai', 'phu-lien'])('the weekly bulletin of %s', (unit) => {
  const { profile, sources } = unitContent(unit, content);
  const bulletin = assembleBulletin(sources, profile);
  const text = bulletin.paragraphs.join('\n');

  it(`lasts about five minutes at the stated rate and never more (${bulletin.seconds} s)`, () => {
    expect(bulletin.seconds).toBeLessThanOrEqual(BULLETIN_SECONDS);
    expect(bulletin.seconds).toBeGreaterThanOrEqual(4 * 60);
    expect(readingTime(bulletin.paragraphs)).toEqual({ words: bulletin.words, seconds: bulletin.seconds });
  });

  it('opens and closes with the unit’s name and the formula', () => {
    const [opening] = bulletin.segments;
    const closing = bulletin.segments.at(-1);
    expect(opening?.role).toBe('mo-dau');
    expect(opening?.paragraphs.join(' ')).toContain(profile.shortName);
    expect(opening?.paragraphs.join(' ')).toContain(speakText(openingFormula(profile)).slice(0, 40));
    expect(closing?.role).toBe('ket');
    expect(closing?.paragraphs.at(-1)).toBe(speakText(closingFormula(profile)));
    expect(closing?.paragraphs.at(-1)).toContain(profile.shortName);
  });

  it('reads the newest news first, then campaign material by its opening, each naming whom it comes from', () => {
    const read = items(bulletin);
    const kinds = read.map((segment) => segment.item?.kind);
    expect(kinds).toContain('news');
    expect(kinds).toContain('campaign');
    expect(kinds.indexOf('campaign')).toBe(kinds.lastIndexOf('news') + 1);
    const newsDates = sources.filter((s) => s.kind === 'news').map((s) => s.date.getTime());
    const firstNews = sources.find((s) => s.id === read[0]?.item?.id);
    expect(firstNews?.date.getTime()).toBe(Math.max(...newsDates));
    for (const segment of read) {
      const source = sources.find((s) => s.id === segment.item?.id && s.kind === segment.item.kind);
      const [issuer] = source?.issuers ?? [];
      expect(segment.paragraphs.at(-1)).toMatch(/^Theo /);
      expect(segment.paragraphs.at(-1)).toContain(speakText(issuer ?? '-'));
      // A campaign article is read by its opening, unless the editor wrote its script for the loudspeakers.
      if (segment.item?.kind === 'campaign') expect(segment.item.whole).toBe(source?.override !== undefined);
      expect(readingTime(segment.paragraphs).seconds).toBeLessThanOrEqual(ITEM_MAX_SECONDS);
    }
  });

  it('closes with the formula naming the unit, without office jargon', () => {
    const closing = bulletin.segments.at(-1)?.paragraphs.join(' ') ?? '';
    expect(closing).toBe(speakText(closingFormula(profile)));
    expect(closing).toContain(profile.shortName);
    expect(text).not.toMatch(/chuyên trang Nghị quyết năm mươi bảy của đơn vị|của đơn vị/);
  });

  it('reads no web meta-text, and no item’s summary before its body', () => {
    expect(metaTextIn(text)).toEqual([]);
    for (const segment of items(bulletin)) {
      const source = sources.find((s) => s.id === segment.item?.id && s.kind === segment.item.kind);
      const summary = speakText(source?.summary ?? '-');
      // Title, summary and whom it comes from: the summary is read only where nothing of the body is.
      if (segment.paragraphs.includes(summary)) expect(segment.paragraphs).toHaveLength(3);
    }
  });

  it('says no digit, no link and no unexplained abbreviation', () => {
    expect(text).not.toMatch(/\d/);
    expect(text).not.toMatch(/[()[\]*_`%/]|https?:|www\./);
    expect(unexplainedAbbreviations(text)).toEqual([]);
  });

  it('names Resolution 57 in full once, at its first mention', () => {
    expect(text.split(FULL_NAME).length - 1).toBe(1);
    expect(text.indexOf(FULL_NAME)).toBe(text.indexOf('Nghị quyết năm mươi bảy'));
  });

  it('fits a shorter slot when asked, and names Resolution 57 in each item read alone', () => {
    expect(assembleBulletin(sources, profile, { targetSeconds: 120 }).seconds).toBeLessThanOrEqual(120);
    const tim = sources.find((s) => s.id === 'tim-hieu-nghi-quyet-57');
    expect(itemScript(tim as BulletinSource).join(' ')).toContain(FULL_NAME);
  });
});

describe('the fixture site', () => {
  const { profile, sources } = unitContent('demo', fixture);
  const bulletin = assembleBulletin(sources, profile);

  it('reads an editor’s own script instead of the derived one, in words, in the bulletin and alone', () => {
    const own = sources.find((s) => s.id === 'tin-so-11');
    expect(own?.override).toBeDefined();
    const script = itemScript(own as BulletinSource);
    expect(script).toEqual([
      'Tin số mười một, lời do biên tập viên viết cho loa truyền thanh.',
      'Năm hai nghìn không trăm hai mươi lăm, phường tiếp nhận một nghìn hai trăm ba mươi tư hồ sơ của Ủy ban nhân dân phường.',
    ]);
    const segment = bulletin.segments.find((s) => s.item?.id === 'tin-so-11');
    expect(segment?.paragraphs).toEqual([...script, 'Theo Nhóm phát triển.']);
    expect(bulletin.paragraphs.join('\n')).not.toContain('Nội dung tin kiểm thử số mười một');
  });

  it('opens with the unit’s own formula and closes with the default one, which names the unit', () => {
    expect(bulletin.paragraphs[0]).toBe(
      'Đây là hệ thống truyền thanh cơ sở phường Thử Nghiệm. Mời bà con nghe bản tin tuần.',
    );
    expect(bulletin.paragraphs.at(-1)).toBe(
      'Bản tin truyền thanh của Ủy ban nhân dân phường Thử Nghiệm đến đây là hết. Cảm ơn bà con đã chú ý lắng nghe.',
    );
  });

  it('reads every item whole when all fit, the radio piece by its transcript', () => {
    expect(items(bulletin).length).toBe(sources.length);
    const radio = bulletin.segments.find((s) => s.item?.id === 'phat-thanh-mau');
    expect(radio?.paragraphs.join(' ')).toContain('Kính thưa bà con, đây là bài phát thanh mẫu');
  });

  it('refuses a formula of the unit’s own that does not name the unit', () => {
    const unit: BulletinUnit = { ...profile, bulletinClosing: 'Bản tin đến đây là hết.' };
    expect(formulaProblems(unit)).toEqual([
      { field: 'bulletinClosing', message: 'phải nêu tên đơn vị «Thử Nghiệm», để người nghe biết bản tin của ai' },
    ]);
    expect(formulaProblems(profile)).toEqual([]);
    expect(collectionSpecs.units.rules?.({ ...profile, bulletinOpening: 'Kính chào bà con.' })).toHaveLength(1);
  });
});

describe('a draft', () => {
  const site = mkdtempSync(join(tmpdir(), 'nq57-bulletin-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  cpSync(fixture, site, { recursive: true });
  // The newest item of all, complete but for the flag: only `draft: true` keeps it out.
  const news = readFileSync(join(fixture, 'units/demo/news/tin-mau.mdx'), 'utf8')
    .replace(/^title: .*$/m, 'title: Bản nháp chưa đăng')
    .replace(/^date: .*$/m, 'date: 2025-12-12\ndraft: true')
    .replace(/^cover: .*\n/m, '');
  writeFileSync(join(site, 'units/demo/news/ban-nhap.mdx'), news);

  it('never enters the bulletin nor the scripts, however new', () => {
    const { profile, sources } = unitContent('demo', site);
    expect(sources.map((s) => s.id)).not.toContain('ban-nhap');
    const draft = { ...(sources[0] as BulletinSource), id: 'ban-nhap', title: 'Bản nháp chưa đăng', draft: true };
    const bulletin = assembleBulletin([draft, ...sources], profile);
    expect(bulletin.segments.map((s) => s.item?.id)).not.toContain('ban-nhap');
    expect(bulletin.paragraphs.join('\n')).not.toContain('Bản nháp');
  });
});

describe('the web editor', () => {
  const config = cmsConfig({
    unit: 'demo',
    profile: unitContent('demo', fixture).profile,
    contentPath: 'content',
    publicPath: 'public',
    siteUrl: 'https://thu-nghiem.example.vn/',
  }) as { collections: { name: string; fields?: CmsField[]; files?: { fields: CmsField[] }[] }[] };
  const fields = (name: string): CmsField[] => {
    const collection = config.collections.find((c) => c.name === name);
    const own = collection?.fields ?? collection?.files?.[0]?.fields ?? [];
    // A kind made of variants (campaigns) holds its fields in each variant.
    return own.flatMap((f) => [
      f,
      ...((f.types as { fields: CmsField[] }[] | undefined) ?? []).flatMap((t) => t.fields),
    ]);
  };

  it('asks for an editor’s own script in a multi-line box, optional, with its Vietnamese name and help', () => {
    for (const name of ['news', 'campaigns']) {
      const field = fields(name).find((f) => f.name === 'spokenScript');
      expect(field, name).toMatchObject({ label: 'Lời đọc trên loa truyền thanh', widget: 'text', required: false });
      expect(field?.hint).toContain('mỗi đoạn một dòng');
    }
  });

  it('asks for the unit’s opening and closing formulas, optional', () => {
    const profile = fields('units');
    for (const name of ['bulletinOpening', 'bulletinClosing']) {
      expect(
        profile.find((f) => f.name === name),
        name,
      ).toMatchObject({ widget: 'text', required: false });
    }
  });
});

describe('an item read on air', () => {
  const item = (over: Partial<BulletinSource>): BulletinSource => ({
    kind: 'news',
    id: 'tin',
    title: 'Phường có 40 video hướng dẫn thủ tục',
    summary: 'Phường làm 40 video hướng dẫn 40 thủ tục.',
    date: new Date('2025-12-01'),
    body: [{ paragraphs: ['Bước đầu, phường làm 40 video hướng dẫn 40 thủ tục đã có hồ sơ.'], heading: false }],
    issuers: ['UBND phường Thử Nghiệm'],
    ...over,
  });
  const times = (text: string, word: string) => text.split(word).length - 1;

  it('says a figure of the title, the summary and the body twice, not three times: the summary is left out', () => {
    const script = itemScript(item({})).join(' ');
    expect(times(script, 'bốn mươi video')).toBe(2);
    expect(script).not.toContain(speakText(item({}).summary));
  });

  it('reads the summary when there is no body, or when none of the body fits', () => {
    expect(itemScript(item({ body: [] }))).toEqual([
      speakText('Phường có 40 video hướng dẫn thủ tục') + '.',
      speakText('Phường làm 40 video hướng dẫn 40 thủ tục.'),
    ]);
    const long = {
      paragraphs: [Array.from({ length: 60 }, () => 'Phường làm thêm video hướng dẫn.').join(' ')],
      heading: false,
    };
    const unit: BulletinUnit = {
      name: 'Phường Thử Nghiệm',
      shortName: 'Thử Nghiệm',
      committee: 'Ủy ban nhân dân phường Thử Nghiệm',
    };
    const bulletin = assembleBulletin([item({ body: [long] })], unit, { itemMaxSeconds: 30 });
    const read = bulletin.segments.find((s) => s.item?.id === 'tin');
    expect(read?.item?.whole).toBe(false);
    expect(read?.paragraphs).toContain(speakText('Phường làm 40 video hướng dẫn 40 thủ tục.'));
  });

  it('names several committees once: «Theo Ủy ban nhân dân thành phố Hải Phòng, phường … và đặc khu …»', () => {
    const issuers = [
      'UBND thành phố Hải Phòng',
      'UBND phường Hồng Bàng',
      'UBND phường Hồng Bàng',
      'UBND đặc khu Cát Hải',
    ];
    const unit: BulletinUnit = {
      name: 'Phường Hồng Bàng',
      shortName: 'Hồng Bàng',
      committee: 'Ủy ban nhân dân phường Hồng Bàng',
    };
    const read = assembleBulletin([item({ issuers })], unit).segments.find((s) => s.item?.id === 'tin');
    expect(read?.paragraphs.at(-1)).toBe(
      'Theo Ủy ban nhân dân thành phố Hải Phòng, phường Hồng Bàng và đặc khu Cát Hải.',
    );
    const mixed = assembleBulletin([item({ issuers: ['Bộ Tư pháp', 'UBND phường Hồng Bàng'] })], unit);
    expect(mixed.segments.find((s) => s.item?.id === 'tin')?.paragraphs.at(-1)).toBe(
      'Theo Bộ Tư pháp và Ủy ban nhân dân phường Hồng Bàng.',
    );
  });
});

describe('web meta-text in what the loudspeakers read', () => {
  it('finds sentences about the article or the screen', () => {
    expect(metaTextIn('Bài viết dựa trên hai báo cáo tháng 12/2025. Mỗi con số ghi rõ lấy từ báo cáo nào.')).toEqual([
      'Bài viết dựa',
      'Mỗi con số',
    ]);
    expect(metaTextIn('Xem các hướng dẫn trên trang này, theo bảng dưới đây.')).toEqual(['trang này', 'dưới đây']);
  });

  it('leaves alone the same words used for what they name', () => {
    expect(metaTextIn('Thông tin tuyên truyền gồm bài viết, bài phát thanh, video clip.')).toEqual([]);
    expect(
      metaTextIn('Làm thủ tục ở trên mạng; các trang thông tin của phường; bấm vào nút «Nộp hồ sơ» trên VNeID.'),
    ).toEqual([]);
  });

  it('is refused by the check in an editor’s script, and in the title, summary and body without one', () => {
    const spec = collectionSpecs.news;
    const data = { title: 'Tin', summary: 'Bài viết tóm tắt kết quả.', spokenScript: undefined };
    expect(spec.rules?.(data as never)).toEqual([
      { field: 'summary', message: metaTextMessage(['Bài viết tóm tắt'], false) },
    ]);
    expect(spec.body?.(data as never, 'Mỗi con số ghi rõ nguồn.')).toBe(metaTextMessage(['Mỗi con số'], false));
    const own = { ...data, spokenScript: 'Kính thưa bà con, mời bà con xem bảng dưới đây.' };
    expect(spec.rules?.(own as never)).toEqual([
      { field: 'spokenScript', message: metaTextMessage(['xem bảng', 'dưới đây'], true) },
    ]);
    // The editor's script is what is read: the web text under it is not checked for the loudspeakers.
    expect(spec.body?.(own as never, 'Mỗi con số ghi rõ nguồn.')).toBeUndefined();
    expect(collectionSpecs.campaigns.body?.({ ...data, kind: 'bai-viet' } as never, 'Bài viết này kể lại.')).toBe(
      metaTextMessage(['Bài viết này'], false),
    );
  });
});
