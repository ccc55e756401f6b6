import { describe, expect, it } from 'vitest';
import { removedCodes } from '../../src/build/qr-history.ts';

describe('removedCodes', () => {
  it('names registry files deleted in history and not back', () => {
    const deleted = [
      'content/units/hong-bang/qr/to-3.yaml',
      'content/units/hong-bang/qr/to-4.yaml',
      'content/units/hong-bang/news/x.mdx',
    ];
    expect(removedCodes(deleted, (p) => p.endsWith('to-4.yaml'))).toEqual(['content/units/hong-bang/qr/to-3.yaml']);
  });
  it('finds nothing when nothing was deleted', () => {
    expect(removedCodes([], () => false)).toEqual([]);
  });
});
