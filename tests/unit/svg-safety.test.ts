import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssProblem, svgProblem } from '../../src/lib/svg-safety.ts';

const root = join(import.meta.dirname, '..', '..');
const svg = (inner: string, attributes = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 40"${attributes}>${inner}</svg>`;

describe('svgProblem', () => {
  const committed = globSync('{content,public,tests/fixtures/valid,tests/fixtures/public}/**/*.svg', { cwd: root });

  it.each(committed)('accepts %s, as editors drew it', (file) => {
    expect(committed.length).toBeGreaterThanOrEqual(9);
    expect(svgProblem(readFileSync(join(root, file), 'utf8'))).toBeUndefined();
  });

  it.each([
    [
      'a chart with gradients, a clip path, a marker and internal references',
      svg(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>' +
          '<clipPath id="c"><rect width="10" height="10"/></clipPath><marker id="m" refX="1" refY="1" orient="auto"><path d="M0 0L2 1z"/></marker>' +
          '<symbol id="s"><circle r="2"/></symbol><filter id="f"><feDropShadow dx="1" dy="1" stdDeviation="1"/></filter></defs>' +
          '<g clip-path="url(#c)" filter="url(#f)"><rect fill="url(#g)" style="stroke: rgb(0, 0, 0); fill: url(\'#g\')" transform="translate(1,2) rotate(3)"/>' +
          '<line marker-end="url(#m)" x2="9"/><use href="#s"/><use xlink:href="#s" x="5"/></g>' +
          '<style>/* Illustrator */ .a { fill: #9b1c1c } @media print { .a { fill: #000 } }</style><title>Biểu đồ</title>',
      ),
    ],
    [
      'the XML declaration, a comment and CDATA',
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- Canva -->\n${svg('<style><![CDATA[.a{fill:red}]]></style>')}`,
    ],
    [
      'a raster image carried inside the file',
      svg('<image width="10" height="10" href="data:image/png;base64,iVBORw0KGgo="/>'),
    ],
    ['names from figma and aria', svg('<g data-name="Lớp 1" aria-hidden="true" role="img"><text>(%)</text></g>')],
  ])('accepts %s', (_, text) => {
    expect(svgProblem(text)).toBeUndefined();
  });

  it.each([
    ['<script>', svg('<script>alert(1)</script>'), 'thẻ <script>'],
    ['an uppercase SCRIPT', svg('<SCRIPT>alert(1)</SCRIPT>'), 'thẻ <SCRIPT>'],
    [
      'a script in another namespace',
      svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
      'thẻ <h:script>',
    ],
    ['an event attribute on the root', svg('', ' onload="alert(1)"'), 'thuộc tính sự kiện «onload»'],
    ['an event attribute in capitals', svg('<rect ONCLICK="alert(1)"/>'), 'thuộc tính sự kiện «ONCLICK»'],
    [
      'foreignObject',
      svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml"/></foreignObject>'),
      'thẻ <foreignObject>',
    ],
    ['a link element', svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'thẻ <a>'],
    ['an animation that sets a link', svg('<set attributeName="href" to="javascript:alert(1)"/>'), 'thẻ <set>'],
    ['use of another file', svg('<use href="/tep/bieu-do.svg#a"/>'), 'href trên <use> trỏ ra ngoài'],
    [
      'use of another site by xlink:href',
      svg('<use xlink:href="https://evil.example/a.svg#a"/>'),
      'xlink:href trên <use>',
    ],
    ['an encoded javascript: link', svg('<use href="&#106;avascript:alert(1)"/>'), 'href trên <use>'],
    [
      'an image from another site',
      svg('<image href="https://evil.example/dem.png"/>'),
      'có <image> lấy ảnh từ nơi khác',
    ],
    ['an SVG inside an image', svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'), 'có <image>'],
    ['a fill from another site', svg('<rect fill="url(https://evil.example/x#g)"/>'), 'thuộc tính fill trên <rect>'],
    [
      'a protocol-relative url in a style attribute',
      svg('<rect style="fill:url(//evil.example/x)"/>'),
      'thuộc tính style',
    ],
    ['a CSS escape', svg('<rect style="fill:u\\72l(//evil.example/x)"/>'), 'mã thoát'],
    ['@import', svg('<style>@import url(https://evil.example/a.css);</style>'), '«@import»'],
    ['@font-face', svg('<style>@font-face { font-family: x; src: local(x) }</style>'), '«@font-face»'],
    [
      'image-set()',
      svg('<style>rect { fill: image-set("https://evil.example/a.png" 1x) }</style>'),
      'hàm CSS «image-set(…)»',
    ],
    ['a DOCTYPE with entities', `<!DOCTYPE svg [<!ENTITY a "b">]>${svg('<text>&a;</text>')}`, 'DOCTYPE hoặc ENTITY'],
    ['a lone DOCTYPE in lowercase', `<!doctype svg>${svg('')}`, 'DOCTYPE'],
    [
      'a style sheet instruction',
      `<?xml-stylesheet href="https://evil.example/a.css"?>${svg('')}`,
      '«<?xml-stylesheet…?>»',
    ],
    ['a namespace other than SVG', svg('<g xmlns="http://www.w3.org/1999/xhtml"/>'), 'xmlns trên <g>'],
    [
      'an attribute of another program',
      svg('<g inkscape:label="x" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"/>'),
      '«inkscape:label»',
    ],
    [
      'a root that is not svg',
      '<html xmlns="http://www.w3.org/1999/xhtml"><script>alert(1)</script></html>',
      'không phải một thẻ <svg>',
    ],
    ['an encoding other than UTF-8', `<?xml version="1.0" encoding="UTF-7"?>${svg('')}`, 'bảng mã khác UTF-8'],
    ['a page after the image', `${svg('')}<html/>`, 'không phải một thẻ <svg>'],
    ['broken XML', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>', 'không đọc được như SVG'],
    ['text that is not XML', 'Biểu đồ', 'không đọc được như SVG'],
  ])('refuses %s', (_, text, what) => {
    const problem = svgProblem(text);
    expect(problem).toContain(what);
    expect(problem).toContain('Xuất lại ảnh');
  });

  it('walks a deeply nested file without exhausting the stack', () => {
    const deep = svg(`${'<g>'.repeat(50_000)}<script>alert(1)</script>${'</g>'.repeat(50_000)}`);
    expect(svgProblem(deep)).toContain('thẻ <script>');
  });
});

describe('cssProblem', () => {
  it.each(['fill: #fff', '.a{fill:url(#g)}', 'fill: url( "#g" )', 'transform: translate(1px, 2px) scale(2)'])(
    'accepts %s',
    (css) => expect(cssProblem(css)).toBeUndefined(),
  );

  it.each([
    'fill: url(#g) url(http://x)',
    'background: url(x.png)',
    'behavior: expression(alert(1))',
    '@namespace x url(y)',
  ])('refuses %s', (css) => expect(cssProblem(css)).toBeDefined());
});
