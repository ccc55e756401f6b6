// `npm run new`'s pure part: file names, the Vietnamese date, and a file for every kind with every required
// field present, a hint for each, and nothing invented.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import {
  fileSlug,
  kindList,
  resolveKind,
  scaffold,
  ScaffoldError,
  scopeOf,
  type CreatableKind,
} from '../../scripts/lib/scaffold.ts';
import { dateIn } from '../../src/lib/dates.ts';
import { discriminatorOf, type JsonSchema } from '../../src/lib/json-schema.ts';
import { visibleText } from '../../src/lib/mdast.ts';
import { parseMarkdown } from '../../src/reader/index.ts';
import { collectionJsonSchema } from '../../src/schemas/schema-json.ts';
import { collectionSpecs } from '../../src/schemas/index.ts';
import { newsSchema } from '../../src/schemas/news.ts';

const now = new Date('2026-03-10T02:00:00Z');
const make = (kind: string, title = 'Đăng ký khai sinh cho trẻ', shared = false) =>
  scaffold({ kind, title, now, unit: 'demo', shared });

/** The data a file holds, read as the content check reads it. */
function dataOf(path: string, text: string): Record<string, unknown> {
  if (path.endsWith('.json')) return JSON.parse(text) as Record<string, unknown>;
  const yaml = /\.mdx?$/.test(path) ? (/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') : text;
  return parseYaml(yaml) as Record<string, unknown>;
}

/** Required fields the data lacks, following the data through unions, groups and lists. */
function missingRequired(schema: JsonSchema, data: unknown, path = ''): string[] {
  if (schema.oneOf) {
    const key = discriminatorOf(schema.oneOf) ?? '';
    const record = data as Record<string, unknown>;
    if (!(key in record)) return [`${path}.${key}`];
    const variant = schema.oneOf.find((v) => v.properties?.[key]?.const === record[key]);
    return variant ? missingRequired(variant, data, path) : []; // left for the editor to choose
  }
  const nonNull = schema.anyOf?.find((b) => b.type !== 'null');
  if (nonNull) return missingRequired(nonNull, data, path);
  if (schema.type === 'array' && schema.items && Array.isArray(data)) {
    return data.flatMap((item, i) => missingRequired(schema.items as JsonSchema, item, `${path}[${i}]`));
  }
  if (schema.type !== 'object' || !data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  return (schema.required ?? []).flatMap((key) =>
    key in record ? missingRequired(schema.properties?.[key] ?? {}, record[key], `${path}.${key}`) : [`${path}.${key}`],
  );
}

const creatable = Object.keys(collectionSpecs).filter((k): k is CreatableKind => k !== 'units');
/** Kinds named after an existing procedure guide take its file name as the title. */
const titleFor = (kind: CreatableKind) =>
  kind === 'procedureOverrides' || kind === 'samples' ? 'dang-ky-khai-sinh' : 'Đăng ký khai sinh cho trẻ';

describe('file names and dates', () => {
  it('names the file by the title, without diacritics and with đ as d', () => {
    expect(fileSlug('Đăng ký khai sinh cho trẻ')).toBe('dang-ky-khai-sinh-cho-tre');
    expect(make('tin').path).toBe('units/demo/news/dang-ky-khai-sinh-cho-tre.mdx');
  });

  it('cuts a long title at a word, to at most 80 characters', () => {
    const title = 'Phường Hồng Bàng tổ chức hội nghị triển khai Nghị quyết 57 về chuyển đổi số cho cán bộ và nhân dân';
    const full = fileSlug(title, 1000);
    const slug = fileSlug(title);
    expect(full.length).toBeGreaterThan(80);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(full.startsWith(slug) && full[slug.length] === '-').toBe(true);
  });

  it('refuses a title with no letter or digit to name the file', () => {
    expect(() => make('tin', '!!! …')).toThrow(ScaffoldError);
    expect(() => make('tin', '   ')).toThrow(/Thiếu tiêu đề/);
  });

  it.each([
    ['2025-12-31T23:30:00Z', '2026-01-01'],
    ['2025-12-31T16:59:59Z', '2025-12-31'],
    ['2025-12-31T17:00:00Z', '2026-01-01'],
    ['2026-03-10T02:00:00Z', '2026-03-10'],
  ])('%s is %s in Vietnam', (instant, day) => {
    expect(dateIn(new Date(instant), 'Asia/Ho_Chi_Minh')).toBe(day);
  });

  it("dates a new news item with Vietnam's today, as a draft", () => {
    const data = dataOf('x.mdx', make('tin', 'Tin').text);
    expect(scaffold({ kind: 'tin', title: 'Tin', now: new Date('2025-12-31T23:30:00Z'), unit: 'demo' }).text).toMatch(
      /^date: 2026-01-01 #/m,
    );
    expect(data.draft).toBe(true);
  });
});

describe('every kind', () => {
  it.each(creatable)('%s: a file whose every required field is present, parsed as the check parses it', (kind) => {
    const made = make(kind, titleFor(kind));
    const data = dataOf(made.path, made.text);
    expect(missingRequired(collectionJsonSchema(kind), data)).toEqual([]);
    // A draft, said first in the file, so that the check and the build pass while it is being filled.
    expect(Object.keys(data)[0]).toBe('draft');
    expect(data.draft).toBe(true);
    expect(made.path).toMatch(
      new RegExp(`^(units/demo|shared)/[a-z-]+/${fileSlug(titleFor(kind))}\\.(mdx?|yaml|json)$`),
    );
    expect(collectionSpecs[kind].patterns('demo').some((p) => made.path.startsWith(p.split('/*')[0] ?? '-'))).toBe(
      true,
    );
  });

  it.each(creatable)('%s: every field left to fill has a hint, and in YAML the hint is in the file', (kind) => {
    const made = make(kind, titleFor(kind));
    expect(made.toFill.length).toBeGreaterThan(0);
    for (const { hint } of made.toFill) {
      expect(hint).toMatch(/\p{L}{3}/u);
      if (!made.path.endsWith('.json')) expect(made.text).toContain(hint.replace(/^Phần dưới dòng --- thứ hai\. /, ''));
    }
  });

  it.each(creatable)('%s: invents nothing: a field to fill is empty in the file', (kind) => {
    const made = make(kind, titleFor(kind));
    const data = dataOf(made.path, made.text);
    for (const { field } of made.toFill.filter((f) => f.field !== '(nội dung bài)')) {
      const value = field
        .split(/\.|(?=\[)/)
        .reduce<unknown>(
          (v, part) => (v as Record<string, unknown>)[/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) - 1 : part],
          data,
        );
      expect([null, ''], `${field}`).toContain(value);
    }
  });

  it('puts the title in the field that names the entry', () => {
    const title = 'Đăng ký khai sinh cho trẻ';
    expect(dataOf('x.mdx', make('tin', title).text).title).toBe(title);
    expect(dataOf('x.md', make('hoi-dap', title).text).question).toBe(title);
    expect(dataOf('x.yaml', make('khau-hieu', title).text).text).toBe(title);
    expect(dataOf('x.yaml', make('man-hinh', title).text).name).toBe(title);
    expect(dataOf('x.yaml', make('chi-tieu', title).text).label).toBe(title);
    expect(dataOf('x.json', make('so-lieu', title).text).title).toBe(title);
    expect(dataOf('x.yaml', make('ho-so-mau', 'dang-ky-khai-sinh').text).procedure).toBe('dang-ky-khai-sinh');
  });

  it('quotes a title YAML would otherwise misread', () => {
    const title = 'Hỏi: nộp ở đâu? #1';
    expect(dataOf('x.md', make('hoi-dap', title).text).question).toBe(title);
  });

  it('writes the hint the way the brief shows it', () => {
    expect(make('tin').text).toContain(
      "summary: '' # Tóm tắt một hai câu, hiện trong danh sách tin (bắt buộc, tối đa 300 ký tự)\n",
    );
  });

  it('uses the extension real content uses, with a body comment telling what to write', () => {
    expect(make('tin').text).toMatch(/\n---\n\n\{\/\* Viết nội dung tin ở đây.* \*\/\}\n$/);
    expect(make('infographic').path).toMatch(/\.md$/);
    expect(make('infographic').text).toMatch(/<!-- Viết toàn văn infographic.*ít nhất 40 ký tự.* -->\n$/);
    expect(make('phat-thanh').text).toMatch(/\{\/\* Chép lời đọc đầy đủ.*ít nhất 50 ký tự/);
    expect(make('hoi-dap').path).toMatch(/\.md$/);
  });

  it('places a kind that lives in both places in the unit, or in shared when asked', () => {
    expect(make('hoi-dap').path).toBe('units/demo/faq/dang-ky-khai-sinh-cho-tre.md');
    expect(make('hoi-dap', 'Đăng ký khai sinh cho trẻ', true).path).toBe('shared/faq/dang-ky-khai-sinh-cho-tre.md');
    expect(make('thu-tuc').path).toBe('shared/procedures/dang-ky-khai-sinh-cho-tre.yaml');
    expect(() => scopeOf('news', true)).toThrow(/chỉ đặt trong thư mục của từng đơn vị/);
  });

  it('names the procedure guide a unit override or a sample belongs to', () => {
    expect(make('thu-tuc-rieng', 'dang-ky-khai-sinh').needs?.path).toBe('shared/procedures/dang-ky-khai-sinh.yaml');
    expect(make('ho-so-mau', 'dang-ky-khai-sinh').needs?.path).toBe('shared/procedures/dang-ky-khai-sinh.yaml');
    expect(make('tin').needs).toBeUndefined();
  });
});

describe('variants', () => {
  it('makes an article by default and lists the other kinds of campaign material', () => {
    const made = make('tuyen-truyen');
    expect(dataOf(made.path, made.text).kind).toBe('bai-viet');
    expect(made.text).toMatch(/^kind: bai-viet # .*phat-thanh .*cần thêm audio.*video .*cần thêm video/m);
  });

  it('makes a radio piece or a video when named', () => {
    expect(dataOf('x.mdx', make('phat-thanh').text)).toMatchObject({ kind: 'phat-thanh', audio: '' });
    expect(dataOf('x.mdx', make('video').text)).toMatchObject({ kind: 'video', video: { kind: '' } });
  });

  it('leaves a fact chosen among variants (a fee, a processing time) for the editor, listing the choices', () => {
    const made = make('thu-tuc');
    const data = dataOf(made.path, made.text);
    // The online fee is optional (only with an online channel): the check asks for it when channels.online is true.
    expect(data.fee).toEqual({ inPerson: { kind: '' } });
    expect(data.onlineLevel).toEqual({ level: '' });
    expect(data.processingTime).toEqual({ kind: '' });
    expect(made.text).toMatch(/kind: '' # Chọn một trong: mien-phi .*co-phi .*cần thêm amountVnd.*chua-xac-dinh/);
    expect(data.code).toBe('');
  });

  it('starts a screen playlist with one slide of the first kind, the others listed', () => {
    const made = make('man-hinh');
    expect(dataOf(made.path, made.text).playlist).toEqual([{ kind: 'so-lieu', seconds: null, dataset: '' }]);
    expect(made.text).toMatch(/- kind: so-lieu # .*khau-hieu/);
  });

  it('gives a QR code «prepared» (never a print date it cannot know) and says the file name is the printed code', () => {
    const made = make('ma-qr', 'Tổ dân phố 5');
    const data = dataOf(made.path, made.text);
    expect(data.status).toBe('chuan-bi');
    expect(data).not.toHaveProperty('issued');
    expect(data).not.toHaveProperty('printed');
    expect(made.notes.join('\n')).toContain('«to-dan-pho-5» là mã QR');
  });
});

describe('kinds by name', () => {
  it.each([
    ['tin', 'news'],
    ['news', 'news'],
    ['Tin tức', 'news'],
    ['tuyen-truyen', 'campaigns'],
    ['campaigns', 'campaigns'],
    ['hoi-dap', 'faq'],
    ['Hỏi đáp', 'faq'],
    ['faq', 'faq'],
    ['thu-tuc', 'procedures'],
    ['procedures', 'procedures'],
    ['thu-tuc-rieng', 'procedureOverrides'],
    ['procedureOverrides', 'procedureOverrides'],
    ['so-lieu', 'metrics'],
    ['metrics', 'metrics'],
    ['ma-qr', 'qr'],
    ['qr', 'qr'],
    ['man-hinh', 'screens'],
    ['screens', 'screens'],
    ['khau-hieu', 'messages'],
    ['messages', 'messages'],
    ['infographic', 'infographics'],
    ['infographics', 'infographics'],
    ['ho-so-mau', 'samples'],
    ['chi-tieu', 'indicators'],
    ['phat-thanh', 'campaigns'],
  ])('%s → %s', (input, name) => {
    expect(resolveKind(input).name).toBe(name);
  });

  it('refuses an unknown kind, listing every kind with what it is', () => {
    expect(() => resolveKind('tin-tuc-moi')).toThrow(ScaffoldError);
    let message = '';
    try {
      resolveKind('xyz');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Không có loại nội dung «xyz»/);
    for (const name of creatable) expect(message).toContain(`(${name})`);
    for (const name of creatable) expect(message).toContain(collectionSpecs[name].label);
    expect(kindList()).toContain('tin (news)');
  });

  it('makes no lone unit profile: points to the file to edit, and to `npm run new -- don-vi` for a new unit', () => {
    expect(() => resolveKind('units', 'hong-bang')).toThrow(/content\/units\/hong-bang\/unit\.yaml/);
    expect(() => resolveKind('don-vi')).toThrow(ScaffoldError);
    expect(() => resolveKind('Đơn vị')).toThrow(/npm run new -- don-vi "<tên đơn vị>"/);
    expect(kindList()).toContain('npm run new -- don-vi "<tên đơn vị>"');
  });
});

describe('what the check makes of the scaffold once filled', () => {
  afterEach(() => vi.useRealTimers());

  it('does not count the hint comment as an infographic text or a radio transcript', () => {
    const infographic = make('infographic').text.split('\n---\n')[1] ?? '';
    const radio = make('phat-thanh').text.split('\n---\n')[1] ?? '';
    expect(infographic.length).toBeGreaterThan(40);
    // The rules get the body as readers get it, read off its syntax tree as the check reads it.
    const seen = (file: string, text: string) => visibleText(parseMarkdown(file, text).tree).trim();
    expect(collectionSpecs.infographics.body?.({} as never, seen('x.md', infographic))).toMatch(/toàn văn/);
    expect(collectionSpecs.campaigns.body?.({ kind: 'phat-thanh' } as never, seen('x.mdx', radio))).toMatch(/lời đọc/);
    expect(collectionSpecs.infographics.body?.({} as never, 'Toàn văn: 99,09% hồ sơ nộp trực tuyến trong kỳ.')).toBe(
      undefined,
    );
  });

  it("accepts today's date on a published news item from 00:00 in Vietnam (17:00 UTC the day before)", () => {
    vi.useFakeTimers({ now: new Date('2026-03-09T17:30:00Z'), toFake: ['Date'] });
    const today = dateIn(new Date(), 'Asia/Ho_Chi_Minh');
    expect(today).toBe('2026-03-10');
    const item = {
      title: 'Tin',
      summary: 'Tóm tắt.',
      date: today,
      draft: false,
      sources: [{ document: 'Báo cáo', issuer: 'UBND', date: '2026-03' }],
    };
    const schema = newsSchema(() => z.string());
    expect(schema.safeParse(item).success).toBe(true);
    expect(schema.safeParse({ ...item, date: '2026-03-11' }).success).toBe(false);
  });
});
