// An SVG image is a document that can run script on the site's origin when opened on its own. Editors' SVGs
// (charts, infographics, logos) are held to an allow-list of elements and attributes: no script, no event
// attribute, no foreignObject, no link or style that reaches outside the file, no DOCTYPE (entities), no
// processing instruction but the XML declaration. A file that breaks a rule is refused with a message naming
// what and how to fix it, never rewritten: a silently cleaned image could lose what the editor meant to show.
import { optimize, type XastChild, type XastElement, type XastRoot } from 'svgo/browser';

const svgNamespace = 'http://www.w3.org/2000/svg';
const xlinkNamespace = 'http://www.w3.org/1999/xlink';

/** What charts, infographics and logos are drawn with (filters without feImage, which loads a file). */
export const svgElements: ReadonlySet<string> = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'metadata',
  'style',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'marker',
  'image',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComposite',
  'feDropShadow',
  'feFlood',
  'feGaussianBlur',
  'feMerge',
  'feMergeNode',
  'feOffset',
]);

/** Attributes those elements draw with; aria-* and data-* too. href, xmlns and style are checked apart. */
export const svgAttributes: ReadonlySet<string> = new Set(
  `id class role lang xml:lang xml:space version baseProfile focusable
  viewBox preserveAspectRatio width height x y x1 y1 x2 y2 cx cy r rx ry fx fy fr d points pathLength
  transform transform-origin dx dy rotate textLength lengthAdjust
  fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap stroke-linejoin
  stroke-miterlimit stroke-dasharray stroke-dashoffset opacity color display visibility overflow
  font-family font-size font-weight font-style font-variant font-stretch letter-spacing word-spacing
  text-anchor dominant-baseline alignment-baseline baseline-shift text-decoration writing-mode direction
  unicode-bidi clip-path clip-rule mask filter marker-start marker-mid marker-end stop-color stop-opacity
  offset vector-effect shape-rendering text-rendering image-rendering color-interpolation
  color-interpolation-filters paint-order mix-blend-mode isolation
  gradientUnits gradientTransform spreadMethod clipPathUnits maskUnits maskContentUnits patternUnits
  patternContentUnits patternTransform markerWidth markerHeight markerUnits refX refY orient
  filterUnits primitiveUnits in in2 result stdDeviation flood-color flood-opacity operator k1 k2 k3 k4
  mode type values`
    .split(/\s+/)
    .filter(Boolean),
);

/** CSS functions a drawing needs: colours, transforms, arithmetic, and url() of an element in the file. */
const cssFunctions = new Set(
  `rgb rgba hsl hsla hwb lab lch oklab oklch color color-mix url var calc min max clamp
  translate translatex translatey scale scalex scaley rotate skew skewx skewy matrix`.split(/\s+/),
);

/** `#id`: an element of the same file. */
const internalRef = /^#[A-Za-z_][\w.:-]*$/;
/** A raster image carried inside the file (an SVG inside an SVG could carry anything). */
const embeddedRaster = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/=\s]*$/;

const fix =
  'Xuất lại ảnh từ phần mềm vẽ dạng SVG thuần (Plain SVG, không kèm mã, không liên kết ra ngoài), hoặc lưu ảnh dạng PNG.';

/**
 * Why CSS (a style attribute or a <style> element) may not be in an SVG, or undefined: no escapes, no
 * at-rule but @media, no function but those of cssFunctions, url() only to an element of the same file.
 */
export function cssProblem(css: string): string | undefined {
  if (css.includes('\\')) return 'có dấu «\\» (mã thoát) trong CSS';
  for (const [, rule = ''] of css.matchAll(/@([a-z-]*)/gi)) {
    if (rule.toLowerCase() !== 'media') return `có quy tắc CSS «@${rule}» (chỉ được dùng @media)`;
  }
  for (const call of css.matchAll(/([a-z_-][\w-]*)\(/gi)) {
    const name = (call[1] ?? '').toLowerCase();
    if (!cssFunctions.has(name)) return `có hàm CSS «${name}(…)» không được phép`;
    if (name !== 'url') continue;
    const end = css.indexOf(')', call.index);
    const target = css
      .slice(call.index + call[0].length, end < 0 ? undefined : end)
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2');
    if (!internalRef.test(target))
      return 'có url(…) trỏ ra ngoài tệp (chỉ được trỏ tới phần tử trong chính ảnh: url(#ten))';
  }
  return undefined;
}

/** Why one attribute may not be on an element, or undefined. */
function attributeProblem(element: string, name: string, value: string): string | undefined {
  if (/^on/i.test(name)) return `có thuộc tính sự kiện «${name}» trên <${element}> (chạy mã khi mở ảnh)`;
  if (name === 'xmlns')
    return value === svgNamespace ? undefined : `có xmlns trên <${element}> khác không gian tên của SVG`;
  if (name === 'xmlns:xlink') return value === xlinkNamespace ? undefined : 'khai báo xmlns:xlink sai';
  if (name.startsWith('xmlns:')) return `khai báo không gian tên «${name}» của phần mềm khác`;
  if (name === 'href' || name === 'xlink:href') {
    if (element === 'image') {
      return embeddedRaster.test(value)
        ? undefined
        : `có <image> lấy ảnh từ nơi khác (chỉ được nhúng ảnh PNG, JPEG, GIF, WebP, AVIF dạng data:…;base64 ngay trong tệp)`;
    }
    return internalRef.test(value)
      ? undefined
      : `có ${name} trên <${element}> trỏ ra ngoài tệp (chỉ được trỏ tới phần tử trong chính ảnh: #ten)`;
  }
  if (name === 'style') {
    const problem = cssProblem(value);
    return problem && `thuộc tính style trên <${element}> ${problem}`;
  }
  if (!svgAttributes.has(name) && !/^(?:aria|data)-[a-z][a-z0-9-]*$/.test(name))
    return `có thuộc tính «${name}» trên <${element}>, không nằm trong danh sách được phép`;
  if (/url\s*\(/i.test(value)) {
    const problem = cssProblem(value);
    return problem && `thuộc tính ${name} trên <${element}> ${problem}`;
  }
  return undefined;
}

/** The text of a <style> element (its text and CDATA children). */
const styleText = (element: XastElement) =>
  element.children.map((c) => (c.type === 'text' || c.type === 'cdata' ? c.value : '')).join('');

/** Why a node of the tree may not be in the image, or undefined. */
function nodeProblem(node: XastChild, atTop: boolean): string | undefined {
  switch (node.type) {
    case 'doctype':
      return 'có khai báo DOCTYPE (có thể chứa ENTITY)';
    case 'instruction':
      if (node.name !== 'xml' || !atTop) return `có chỉ thị xử lý «<?${node.name}…?>»`;
      // The check reads the file as UTF-8, as the server declares it: no other encoding may be claimed.
      return /encoding\s*=\s*(['"])(?!utf-8\1)/i.test(node.value) ? 'khai báo bảng mã khác UTF-8' : undefined;
    case 'comment':
    case 'text':
    case 'cdata':
      return undefined;
    case 'element': {
      if (!svgElements.has(node.name)) {
        const what = node.name === 'script' ? 'thẻ <script> (mã chạy khi mở ảnh)' : `thẻ <${node.name}>`;
        return `có ${what}, không nằm trong danh sách phần tử SVG được phép`;
      }
      for (const [name, value] of Object.entries(node.attributes)) {
        const problem = attributeProblem(node.name, name, value);
        if (problem) return problem;
      }
      if (node.name !== 'style') return undefined;
      const problem = cssProblem(styleText(node));
      return problem && `thẻ <style> ${problem}`;
    }
  }
}

/** The first rule the tree breaks, walked without recursion (nesting depth cannot exhaust the stack). */
function treeProblem(root: XastRoot): string | undefined {
  const elements = root.children.filter((c) => c.type === 'element');
  if (elements.length !== 1 || elements[0]?.name !== 'svg') return 'phần tử gốc của tệp không phải một thẻ <svg>';
  for (const child of root.children) {
    const problem = nodeProblem(child, true);
    if (problem) return problem;
  }
  const stack: XastChild[] = [...elements];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type !== 'element') continue;
    for (const child of node.children) {
      const problem = nodeProblem(child, false);
      if (problem) return problem;
      stack.push(child);
    }
  }
  return undefined;
}

/** Parses SVG text with svgo's parser; the plugin keeps the tree and stops svgo before it rewrites anything. */
function parseSvgText(text: string): XastRoot | { error: string } {
  const parsed = new Error('parsed');
  let root: XastRoot | undefined;
  try {
    optimize(text, {
      plugins: [
        {
          name: 'nq57-keep-tree',
          fn: (tree) => {
            root = tree;
            throw parsed;
          },
        },
      ],
    });
  } catch (error) {
    if (error === parsed && root) return root;
    const { reason, line } = error as { reason?: unknown; line?: unknown };
    return {
      error:
        typeof reason === 'string' ? `${reason}${typeof line === 'number' ? `, dòng ${line}` : ''}` : 'lỗi cú pháp',
    };
  }
  return { error: 'lỗi cú pháp' };
}

/** Why an SVG image may not be published, in the editor's words (without the file name), or undefined. */
export function svgProblem(text: string): string | undefined {
  // Entities are refused before parsing: their expansion is the parser's, and can be made to explode.
  if (/<!(?:DOCTYPE|ENTITY)/i.test(text)) return `có khai báo DOCTYPE hoặc ENTITY. ${fix}`;
  const tree = parseSvgText(text);
  if ('error' in tree) return `không đọc được như SVG (${tree.error}). ${fix}`;
  const problem = treeProblem(tree);
  return problem && `${problem}. ${fix}`;
}
