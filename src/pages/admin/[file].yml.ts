// admin/config.yml: what the web editor edits for this unit. Not written when the unit has not connected
// the editor to its content repository (the /admin/ page then says how).
import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'yaml';
import { getEditorConfig } from '../../data/web-editor.ts';

export const getStaticPaths = (async () =>
  (await getEditorConfig()) ? [{ params: { file: 'config' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(
    `# Tạo tự động từ src/schemas và src/cms khi dựng trang: đừng sửa tay.\n${stringify(await getEditorConfig(), { lineWidth: 0 })}`,
    { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
  );
