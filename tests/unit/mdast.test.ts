// The readable paragraphs of a Markdown/MDX tree: what the FAQ's structured data and the loudspeaker scripts read.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/markdown.ts';
import { readableParagraphs } from '../../src/lib/mdast.ts';

describe('readableParagraphs', () => {
  it('keeps headings, paragraphs, list items and link text; drops tables, images and code', () => {
    const { tree } = parseMarkdown(
      'bai.md',
      [
        '## Kết quả',
        '',
        'Theo [báo cáo](https://example.org/) của **phường**:',
        '',
        '1. Thông tin nổi bật',
        '2. Các thủ tục hành chính',
        '',
        '- một ý',
        '',
        '| a | b |',
        '| - | - |',
        '| 1 | 2 |',
        '',
        '![Sơ đồ](so-do.png)',
        '',
        '```',
        'code',
        '```',
      ].join('\n'),
    );
    expect(readableParagraphs(tree)).toEqual([
      'Kết quả',
      'Theo báo cáo của phường:',
      '1. Thông tin nổi bật',
      '2. Các thủ tục hành chính',
      'một ý',
    ]);
  });
  it('leaves MDX components (charts) out', () => {
    const { tree } = parseMarkdown('bai.mdx', 'Đoạn đầu.\n\n<BieuDo id="ho-so" />\n\nĐoạn sau.');
    expect(readableParagraphs(tree)).toEqual(['Đoạn đầu.', 'Đoạn sau.']);
  });
});
