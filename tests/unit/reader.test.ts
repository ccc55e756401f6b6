// The content reader: frontmatter split by the Markdown parser (not a pattern), the editor's messages for a
// file that cannot be read, and what the checks read off the syntax tree (charts named, text readers get).
import { describe, expect, it } from 'vitest';
import { referenceProblems } from '../../src/lib/content-references.ts';
import { visibleText } from '../../src/lib/mdast.ts';
import { ContentSyntaxError, parseMarkdown, readContentFile } from '../../src/reader/index.ts';

const syntaxError = (file: string, raw: string) => {
  try {
    readContentFile(file, raw);
  } catch (error) {
    if (error instanceof ContentSyntaxError) return error.message;
    throw error;
  }
  return undefined;
};

describe('readContentFile', () => {
  it('splits the frontmatter with the parser: data from its YAML, the body after it', () => {
    const read = readContentFile('content/a.mdx', '---\r\ntitle: Tin\r\ndate: 2025-12-11\r\n---\r\n\n# Mục\n');
    expect(read.data).toEqual({ title: 'Tin', date: '2025-12-11' });
    expect(read.body).toBe('\n# Mục\n');
    expect(read.tree?.children.map((n) => n.type)).toEqual(['yaml', 'heading']);
    expect(readContentFile('content/a.json', '{"a": 1}')).toMatchObject({ data: { a: 1 }, body: '' });
  });

  it('says where YAML is wrong, in lines of the whole file', () => {
    const yaml = 'title: Tin\n  summary: Tóm tắt\ndate: 2025-12-11\n';
    const inYaml = syntaxError('content/a.yaml', yaml);
    const line = Number(/ở dòng (\d+)/.exec(inYaml ?? '')?.[1]);
    expect(inYaml).toMatch(/^sai cú pháp YAML ở dòng \d+, cột \d+: kiểm tra dấu hai chấm/);
    expect(syntaxError('content/a.md', `---\n${yaml}---\n`)).toContain(`ở dòng ${line + 1},`);
  });

  it('refuses Markdown without frontmatter and JSON that does not parse', () => {
    expect(syntaxError('content/a.md', 'title: Tin\n\nChữ')).toBe(
      'thiếu phần thông tin đầu tệp (frontmatter) nằm giữa hai dòng «---».',
    );
    expect(syntaxError('content/a.json', '{"a": 1,}')).toMatch(/^không đọc được JSON ở dòng 1, cột 9: /);
  });

  it('keeps the frontmatter of an MDX file whose body is not valid MDX, with the line of the fault', () => {
    const read = readContentFile('content/a.mdx', '---\ntitle: Tin\n---\n\n<img src="./a.jpg">\n');
    expect(read.data).toEqual({ title: 'Tin' });
    expect(read.mdxError?.line).toBe(5);
  });
});

describe('what the checks read off the tree', () => {
  it('counts the words readers get, not comments, markup or the frontmatter', () => {
    const { tree } = parseMarkdown(
      'a.mdx',
      '---\ntitle: Tin\n---\n{/* ghi chú */}\n\n**Lời** đọc ![Ảnh cờ](./a.jpg)\n',
    );
    expect(visibleText(tree).trim()).toBe('Lời đọc Ảnh cờ');
    expect(visibleText(parseMarkdown('a.md', '<!-- ghi chú -->\n\nChữ').tree).trim()).toBe('Chữ');
  });

  it('finds every <BieuDo> tag of an article, and none in code', () => {
    const tree = parseMarkdown(
      'a.mdx',
      '---\ntitle: Tin\n---\n\n<BieuDo bo=\'bo-a\' bieuDo=\'khong-co\' />\n\n<BieuDo bo="bo-a" />\n\n```\n<BieuDo bo="x" bieuDo="y" />\n```\n',
    ).tree;
    const loaded = {
      metrics: [{ id: 'bo-a', file: 'm.json', data: { charts: [{ id: 'co' }] } }],
      news: [{ id: 'tin', file: 'content/a.mdx', data: {}, tree }],
    };
    expect(referenceProblems(loaded, { publicFileExists: () => true, references: [] }).map((p) => p.message)).toEqual([
      'bộ số liệu «bo-a» không có biểu đồ «khong-co».',
      'thẻ <BieuDo> cần đủ hai thuộc tính bo="<tên bộ số liệu>" và bieuDo="<tên biểu đồ>".',
    ]);
  });
});
