import { describe, expect, it } from 'vitest';
import { dVariants, fuseRanks, pickCandidates, spellLike } from '../../src/lib/full-text-query.ts';
import { cleanQuery, MAX_QUERY } from '../../src/lib/search-query.ts';

describe('cleanQuery', () => {
  it.each([
    ['  dang   ky  khai sinh ', 'dang ky khai sinh'],
    ['', ''],
    ['     ', ''],
    ['?!…  --- ...', ''],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['CT07', 'CT07'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanQuery(raw)).toBe(clean);
  });

  it('keeps at most MAX_QUERY characters', () => {
    expect(cleanQuery('khai sinh '.repeat(50)).length).toBeLessThanOrEqual(MAX_QUERY);
  });

  it('joins decomposed Vietnamese into one form', () => {
    expect(cleanQuery('Đăng ký'.normalize('NFD'))).toBe('Đăng ký');
  });
});

describe('dVariants', () => {
  it('tries đ for each word that starts with d', () => {
    expect(dVariants('dang ky xe may')).toEqual(['dang ky xe may', 'đang ky xe may']);
    expect(dVariants('dat dai')).toEqual(['dat dai', 'đat dai', 'dat đai', 'đat đai']);
    expect(dVariants('Dang ky')).toEqual(['Dang ky', 'Đang ky']);
  });
  it('leaves a query with no d-word, or typed with đ, as it is', () => {
    expect(dVariants('khai sinh')).toEqual(['khai sinh']);
    expect(dVariants('Đăng ký khai sinh')).toEqual(['Đăng ký khai sinh']);
  });
  it('stops at three d-words (eight searches)', () => {
    expect(dVariants('d1 d2 d3 d4')).toHaveLength(8);
  });
});

describe('fuseRanks', () => {
  it('ranks a page found high in several lists above one found in a single list', () => {
    const fused = fuseRanks([
      [{ id: 'x' }, { id: 'y' }],
      [{ id: 'y' }, { id: 'z' }],
    ]);
    expect(fused.map((f) => f.item.id)).toEqual(['y', 'x', 'z']);
    expect(fused[0]?.score).toBeCloseTo(1 / 62 + 1 / 61, 10);
  });
  it('keeps a single list in its order', () => {
    expect(fuseRanks([[{ id: 'a' }, { id: 'b' }, { id: 'c' }]]).map((f) => f.item.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('pickCandidates', () => {
  it('takes the best of each list in turn, so a page only one spelling finds is kept', () => {
    const plain = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
    const withD = ['x', 'y', 'a'].map((id) => ({ id }));
    expect(pickCandidates([plain, withD], 4).map((c) => c.item.id)).toEqual(['a', 'x', 'b', 'y']);
  });
  it('carries the fused score and stops at the cap', () => {
    const picked = pickCandidates([[{ id: 'a' }, { id: 'b' }], [{ id: 'a' }]], 1);
    expect(picked).toHaveLength(1);
    expect(picked[0]?.score).toBeCloseTo(2 / 61, 10);
  });
});

describe('spellLike', () => {
  it('spells each d-word as the first result names it, and settles it', () => {
    expect(spellLike('dang ky khai sinh', ['Thủ tục đăng ký khai sinh'])).toEqual({
      query: 'đang ky khai sinh',
      settled: new Set([0]),
    });
    expect(spellLike('Dan so', ['Dân số và nhà ở'])).toEqual({ query: 'Dan so', settled: new Set([0]) });
    expect(spellLike('dat dai', [])).toEqual({ query: 'dat dai', settled: new Set() });
  });

  it('leaves only the words it did not settle to be tried both ways', () => {
    const { query, settled } = spellLike('dang ky dat', ['Đăng ký']);
    expect(dVariants(query, settled)).toEqual(['đang ky dat', 'đang ky đat']);
  });
});
