// Plugins for Sätteri, Astro's Markdown and MDX processor.
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { bodyCodeProblems } from '../lib/body-code.ts';
import type { MarkdownNode } from '../lib/mdast.ts';

/**
 * The last guard before a body becomes code: Markdown and MDX alike are refused while still a syntax tree, before
 * MDX is compiled to JavaScript, when they hold code or HTML outside the allow-list (src/lib/body-code.ts). The
 * check and the content loader refuse such a file first; this catches whatever reaches the compiler another way
 * (`astro dev` compiling a file it was already showing).
 */
export const bodyCodeGuardPlugin = defineMdastPlugin({
  name: 'nq57-body-code-guard',
  options: { position: true },
  before(root, ctx) {
    const problems = bodyCodeProblems(root as MarkdownNode);
    if (problems.length === 0) return;
    const file = ctx.fileURL ? ` ${decodeURIComponent(ctx.fileURL.pathname)}` : '';
    throw new Error(
      `Nội dung${file} có mã hoặc thẻ không được phép, không dựng tệp này:\n${problems.map((p) => `  • ${p.message}`).join('\n')}`,
    );
  },
});

/** The address with the base in front, for a root-relative path that does not carry it yet. */
export function withSiteBase(url: string, base: string): string {
  if (base === '/' || !url.startsWith('/') || url.startsWith('//') || url.startsWith(base)) return url;
  return `${base.replace(/\/$/, '')}${url}`;
}

/**
 * Links and images that content writes from the site's root ("/thu-tuc/dang-ky-khai-sinh/") are site paths.
 * Under a base path (a ward publishing at /nq57/) they get the base in front, so editors write one form
 * whatever address the site is published at.
 */
export function siteBasePlugin(base: string) {
  return defineMdastPlugin({
    name: 'nq57-site-base',
    link(node, ctx) {
      ctx.setProperty(node, 'url', withSiteBase(node.url, base));
    },
    image(node, ctx) {
      ctx.setProperty(node, 'url', withSiteBase(node.url, base));
    },
  });
}

/** The alignment a table cell's style asks for ("text-align: right" → "right"), if that is all it asks. */
export function cellAlignment(style: unknown): string | undefined {
  return typeof style === 'string' ? /^\s*text-align:\s*(left|center|right)\s*;?\s*$/.exec(style)?.[1] : undefined;
}

/**
 * Table columns aligned in Markdown (|---:|) are written with a data-align attribute that the stylesheet
 * aligns, not with a style attribute: the Content Security Policy allows no inline style.
 */
export const tableAlignPlugin = defineHastPlugin({
  name: 'nq57-table-align',
  element: {
    filter: ['td', 'th'],
    visit(node, ctx) {
      const align = cellAlignment(node.properties.style);
      if (!align) return;
      ctx.setProperty(node, 'style', undefined);
      ctx.setProperty(node, 'dataAlign', align);
    },
  },
});

/** A table's accessible name, from its column headings: «Bảng: Hình thức nộp, Số hồ sơ, Tỷ lệ». */
export function tableName(headings: readonly string[]): string {
  const named = headings.map((h) => h.trim()).filter(Boolean);
  return named.length ? `Bảng: ${named.join(', ')}` : 'Bảng';
}

/**
 * A table in content scrolls sideways inside its own box on a narrow phone, never the page: the same
 * region as TableScroll.astro (focusable, so a keyboard can scroll it, and named by its column headings).
 */
export const tableScrollPlugin = defineHastPlugin({
  name: 'nq57-table-scroll',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const head = node.children.find((c) => c.type === 'element' && c.tagName === 'thead');
      const row = head?.type === 'element' ? head.children.find((c) => c.type === 'element') : undefined;
      const headings = row?.type === 'element' ? row.children.map((c) => ctx.textContent(c)) : [];
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: tableName(headings) },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['table-scroll-hint'], ariaHidden: 'true' },
            children: [],
          },
        ],
      });
    },
  },
});
