// A Markdown or MDX body is data, never code: no ESM import/export, no {…} expression, no directive
// (set:html, client:…), no component but the site's own with literal attribute values, and HTML only from
// the allow-list (src/lib/content-html.ts). Judged on the syntax tree before anything compiles, by the check,
// the content loader and the MDX compiler's own plugin alike.
import { contentElements, elementProblems, htmlPieces, jsxAsElement } from './content-html.ts';
import { walk, type JsxElement, type MarkdownNode } from './mdast.ts';

/** The components a body may use, each with the attributes it takes (pages pass them to <Content components>). */
export const contentComponents: Readonly<Record<string, readonly string[]>> = { BieuDo: ['bo', 'bieuDo'] };

const componentExample = 'dùng <BieuDo bo="…" bieuDo="…" /> với giá trị viết trong dấu ngoặc kép';

export interface BodyFinding {
  /** Offset in the text the tree was parsed from. */
  index: number;
  line: number;
  message: string;
}

/** An MDX comment, {/* … *\/}, and nothing else: the one expression that runs nothing. */
const onlyComment = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

const esmMessage = `có dòng import/export: nội dung bài không được nạp hay chạy mã. Xóa dòng này; biểu đồ thì ${componentExample}, ảnh thì chèn ![mô tả ảnh](./ten-anh.jpg).`;
const expressionMessage = (value: string) =>
  `có biểu thức «{${value.length > 40 ? `${value.slice(0, 40)}…` : value}}»: nội dung bài không được chạy mã. Xóa dấu ngoặc nhọn; chữ «{» trong câu thì viết \\{, ghi chú ẩn thì viết {/* ghi chú */}.`;

/** Why an MDX tag's attribute is not plain data, or undefined. */
function attributeCodeProblem(attribute: JsxElement['attributes'][number]): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute')
    return `có thuộc tính viết bằng biểu thức «{${attribute.value}}»: nội dung bài không được chạy mã. Xóa nó; ${componentExample}.`;
  if (attribute.value && typeof attribute.value === 'object')
    return `thuộc tính «${attribute.name}» có giá trị là biểu thức «{${attribute.value.value}}»: nội dung bài không được chạy mã. Viết giá trị trong dấu ngoặc kép, ví dụ ${attribute.name}="…".`;
  if (/^(set|client|server|is|define|transition):/i.test(attribute.name))
    return `có chỉ thị «${attribute.name}»: chỉ thị của Astro chèn HTML hay chạy mã trên trang. Xóa nó; ${componentExample}.`;
  return undefined;
}

/** Why an MDX tag may not be in a body (its attributes, its name), each message once. */
function jsxProblems(node: JsxElement): string[] {
  const problems = node.attributes.flatMap((a) => attributeCodeProblem(a) ?? []);
  const name = node.name;
  if (!name) return [...problems, 'có thẻ rỗng «<>…</>»: xóa hai thẻ này, giữ phần chữ bên trong.'];
  // Plain attributes (name="…" or a bare name), those refused above left out.
  const literal = node.attributes.flatMap((a) =>
    a.type === 'mdxJsxAttribute' &&
    (a.value === null || a.value === undefined || typeof a.value === 'string') &&
    !attributeCodeProblem(a)
      ? [[a.name, a.value ?? null] as [string, string | null]]
      : [],
  );
  const component = contentComponents[name];
  if (component) {
    const unknown = literal.filter(([attribute]) => !component.includes(attribute));
    return [
      ...problems,
      ...unknown.map(
        ([attribute]) =>
          `thẻ <${name}> không có thuộc tính «${attribute}»: chỉ dùng ${component.map((a) => `${a}="…"`).join(' ')}.`,
      ),
    ];
  }
  const element = jsxAsElement(name, literal);
  if (!element)
    return [
      ...problems,
      `có thẻ <${name}>: nội dung bài chỉ dùng được thành phần của chuyên trang (${Object.keys(contentComponents)
        .map((c) => `<${c}>`)
        .join(', ')}) và thẻ HTML thường viết chữ thường. Xóa thẻ này; biểu đồ thì ${componentExample}.`,
    ];
  return [...problems, ...elementProblems(element)];
}

/** A tag a body may hold: the site's components and the HTML of the allow-list. */
export function isAllowedTag(name: string): boolean {
  return name in contentComponents || contentElements.has(name);
}

/** Everything in a body that would run code or that HTML's allow-list refuses, in document order. */
export function bodyCodeProblems(tree: MarkdownNode): BodyFinding[] {
  const found: BodyFinding[] = [];
  walk(tree, (node) => {
    const index = node.position?.start.offset ?? 0;
    const line = node.position?.start.line ?? 1;
    const add = (message: string) => found.push({ index, line, message });
    switch (node.type) {
      case 'yaml':
      case 'toml':
      case 'code':
      case 'inlineCode':
        return false;
      case 'mdxjsEsm':
        add(esmMessage);
        return false;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!onlyComment.test(node.value)) add(expressionMessage(node.value.trim()));
        return false;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        jsxProblems(node).forEach(add);
        // What is inside a refused tag is refused with it: one message.
        return isAllowedTag(node.name ?? '');
      case 'html':
        for (const piece of htmlPieces(node, (element) => isAllowedTag(element.tagName)))
          if (piece.kind === 'element')
            for (const message of elementProblems(piece.element))
              found.push({ index: piece.index, line: piece.line, message });
        return false;
      default:
        return true;
    }
  });
  return found;
}
