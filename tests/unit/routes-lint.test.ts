// The lint rule that keeps URL paths in src/lib/routes.ts: a path written as text in a page, a component's
// template, a script or a browser module is an error; the routes module itself may write them.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const rule = 'routes/no-url-literal';

async function errors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe('no URL path literals outside the routes module', () => {
  it('finds a path in an Astro template, in its script and in a template string', async () => {
    const page = [
      '---',
      'const base = import.meta.env.BASE_URL;',
      'const feed = `${base}tin-tuc/rss.xml`;',
      '---',
      '<a href="/thu-tuc/">Thủ tục</a>',
      '<a href={feed}>RSS</a>',
      '',
    ].join('\n');
    expect(await errors(page, 'src/pages/mau.astro')).toEqual([
      'Đường dẫn «tin-tuc/rss.xml» viết tay: dựng nó bằng hàm trong src/lib/routes.ts.',
      'Đường dẫn «/thu-tuc/» viết tay: dựng nó bằng hàm trong src/lib/routes.ts.',
    ]);
  });

  it('finds paths in TypeScript under src/ and scripts/', async () => {
    expect(await errors("export const a = '/q/in/';\n", 'src/lib/mau.ts')).toHaveLength(1);
    expect(await errors("export const a = 'sw.js';\n", 'scripts/mau.ts')).toHaveLength(1);
    expect(await errors('export const a = (id: string) => `/kiosk/${id}/`;\n', 'src/browser/mau.ts')).toHaveLength(1);
  });

  it('lets the routes module write them, and other text through', async () => {
    expect(await errors("export const guides = () => '/thu-tuc/';\n", 'src/lib/routes.ts')).toEqual([]);
    const other = [
      "export const kind = 'so-lieu';",
      "export const query = 'q';",
      'export const folder = (unit: string) => `units/${unit}/thu-tuc/*.yaml`;',
      "export const link = 'https://dichvucong.gov.vn/thu-tuc/';",
      '',
    ].join('\n');
    expect(await errors(other, 'src/lib/mau.ts')).toEqual([]);
  });
});
