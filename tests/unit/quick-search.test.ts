import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pagefindPages } from '../../src/integrations/search-index.ts';
import { highlight, plainStart, QuickSearch, type QuickEntry } from '../../src/lib/quick-search.ts';
import { moduleGraph, staticImports } from '../../src/lib/module-graph.ts';

const guide = (slug: string, title: string, more: Partial<QuickEntry> = {}): QuickEntry => ({
  url: `thu-tuc/${slug}/`,
  title,
  text: `Hướng dẫn ${title.toLowerCase()}.`,
  type: 'Thủ tục',
  field: 'Hộ tịch',
  ...more,
});

const index = new QuickSearch({
  entries: [
    guide('dang-ky-khai-sinh', 'Thủ tục đăng ký khai sinh', { names: ['Làm giấy khai sinh cho con'], common: true }),
    guide('dang-ky-lai-khai-sinh', 'Thủ tục đăng ký lại khai sinh'),
    guide('dang-ky-khai-tu', 'Thủ tục đăng ký khai tử', { keys: 'Mất người thân' }),
    guide('xac-nhan-thong-tin-cu-tru', 'Xác nhận thông tin về cư trú', { keys: 'CT07', field: 'Cư trú' }),
    guide('dang-ky-tam-tru', 'Đăng ký tạm trú', { field: 'Cư trú', text: 'Khi ở lại một nơi ngoài nơi thường trú.' }),
    {
      url: 'hoi-dap/#vneid',
      title: 'VNeID giúp gì khi làm thủ tục?',
      keys: 'Dịch vụ công',
      text: 'Ứng dụng định danh điện tử <của> Bộ Công an & các giấy tờ.',
      type: 'Hỏi đáp',
    },
  ],
});
const urls = (query: string, limit = 5, filters = {}) => index.search(query, limit, filters).map((h) => h.url);

describe('QuickSearch', () => {
  it('finds names typed without diacritics, d for đ, in any case', () => {
    for (const q of ['dang ky khai sinh', 'ĐĂNG KÝ KHAI SINH', 'Đăng ký khai sinh']) {
      expect(urls(q)[0]).toBe('thu-tuc/dang-ky-khai-sinh/');
    }
  });

  it('finds a guide by the name residents use, a code or a life event', () => {
    expect(urls('lam giay khai sinh')[0]).toBe('thu-tuc/dang-ky-khai-sinh/');
    expect(urls('ct07')).toEqual(['thu-tuc/xac-nhan-thong-tin-cu-tru/']);
    expect(urls('mat nguoi than')).toEqual(['thu-tuc/dang-ky-khai-tu/']);
  });

  it('ranks the whole phrase in a name above its words scattered', () => {
    expect(urls('dang ky lai khai sinh')[0]).toBe('thu-tuc/dang-ky-lai-khai-sinh/');
    expect(urls('dang ky khai tu')[0]).toBe('thu-tuc/dang-ky-khai-tu/');
  });

  it('matches whole words only, leaving an unfinished one to the full text', () => {
    expect(urls('tam tru')).toEqual(['thu-tuc/dang-ky-tam-tru/']);
    expect(urls('vnei')).toEqual([]);
  });

  it('leaves to the full text a query whose words it mostly lacks', () => {
    expect(urls('dong dau giap lai')).toEqual([]);
    expect(urls('khai sinh dong dau giap lai ban sao')).toEqual([]);
  });

  it('keeps to the filters, and to the limit', () => {
    expect(urls('dang ky', 5, { loai: ['Hỏi đáp'] })).toEqual([]);
    expect(urls('dang ky', 5, { 'linh-vuc': ['Cư trú'] })).toEqual(['thu-tuc/dang-ky-tam-tru/']);
    expect(urls('dang ky', 2)).toHaveLength(2);
  });

  it('gives the text escaped, with the words typed marked', () => {
    const [hit] = index.search('dinh danh', 1);
    expect(hit?.excerpt).toBe(
      'Ứng dụng <mark>định</mark> <mark>danh</mark> điện tử &lt;của&gt; Bộ Công an &amp; các giấy tờ.',
    );
    expect(hit?.type).toBe('Hỏi đáp');
  });
});

describe('highlight', () => {
  it('marks folded matches and escapes everything else', () => {
    expect(highlight('Đăng ký <b>tạm trú</b>', ['dang', 'tru'])).toBe(
      '<mark>Đăng</mark> ký &lt;b&gt;tạm <mark>trú</mark>&lt;/b&gt;',
    );
  });
});

describe('plainStart', () => {
  it('joins lines, and cuts long text at a word', () => {
    expect(plainStart('Có.\nXem  Cổng DVC và VNeID.')).toBe('Có. Xem Cổng DVC và VNeID.');
    const long = plainStart('một hai ba '.repeat(40), 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith('…')).toBe(true);
    expect(long).not.toMatch(/\s…$/);
  });
});

describe('pagefindPages', () => {
  it('reads the address of each Pagefind page, from single fragments and from groups', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    mkdirSync(join(dir, 'fragment'));
    const write = (name: string, data: unknown) =>
      writeFileSync(join(dir, 'fragment', `${name}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(data)}`));
    write('vi_abc', { url: '/thu-tuc/dang-ky-khai-sinh/', content: '…' });
    write('vi_group', { vi_d1: { url: '/hoi-dap/' }, vi_d2: { url: '/so-lieu/' } });
    expect(pagefindPages(dir)).toEqual({ vi_abc: 'thu-tuc/dang-ky-khai-sinh/', vi_d1: 'hoi-dap/', vi_d2: 'so-lieu/' });
  });
});

describe('module graph', () => {
  it('follows static imports, not import()', () => {
    const files: Record<string, string> = {
      'a.js': 'import{x}from"./b.js";import"./c.js";const l=()=>import("./d.js");',
      'b.js': 'export const x=1;',
      'c.js': 'import{x}from"./b.js";',
      'd.js': '',
    };
    expect(staticImports(files['a.js'] ?? '')).toEqual(['./b.js', './c.js']);
    expect(
      moduleGraph(
        ['a.js'],
        (f) => files[f] ?? '',
        (s) => s.replace('./', ''),
      ),
    ).toEqual(['a.js', 'b.js', 'c.js']);
  });
});
