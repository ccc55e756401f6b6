// The web editor's configuration for the unit being built (see src/cms/config.ts).
import { relative } from 'node:path';
import { SITE_UNIT } from 'astro:env/server';
import { contentDir, projectRoot, publicDir } from '../units.ts';
import { cmsConfig } from '../cms/config.ts';
import { getUnit } from './site.ts';

export async function getEditorConfig(): Promise<Record<string, unknown> | undefined> {
  return cmsConfig({
    unit: SITE_UNIT,
    profile: await getUnit(),
    contentPath: relative(projectRoot, contentDir),
    publicPath: relative(projectRoot, publicDir),
    siteUrl: new URL(import.meta.env.BASE_URL, import.meta.env.SITE).href,
  });
}
