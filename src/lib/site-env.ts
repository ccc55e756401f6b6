// Checks the site settings of a run: the unit chosen (by activeUnit in src/units.ts), SITE_BASE and SITE_URL.
// Pure: takes the environment, the unit and the list of units that have a folder in content/units, returns the
// settings or throws one clear Vietnamese message.

export interface SiteEnv {
  /** Folder name of the active unit under content/units. */
  unit: string;
  /** Base path, starting and ending with «/». */
  base: string;
  /** Absolute origin the site is published at, without trailing slash. */
  site: string;
}

export class SiteEnvError extends Error {
  override name = 'SiteEnvError';
}

export function readSiteEnv(env: Record<string, string | undefined>, unit: string, units: readonly string[]): SiteEnv {
  if (!units.includes(unit)) {
    throw new SiteEnvError(
      `SITE_UNIT="${unit}" không phải một đơn vị có trong content/units. Các đơn vị có sẵn: ${units.join(', ')}.`,
    );
  }

  const base = env.SITE_BASE?.trim() || '/';
  if (!/^\/(?:[a-z0-9._-]+\/)*$/.test(base)) {
    throw new SiteEnvError(
      `SITE_BASE="${base}" không hợp lệ: đường dẫn gốc phải bắt đầu và kết thúc bằng «/», chỉ gồm chữ thường không dấu, số, «-», «_», «.», ví dụ SITE_BASE=/nq57/.`,
    );
  }

  const rawSite = env.SITE_URL?.trim() || 'http://localhost:4321';
  let url: URL;
  try {
    url = new URL(rawSite);
  } catch {
    throw new SiteEnvError(
      `SITE_URL="${rawSite}" không phải địa chỉ web đầy đủ, ví dụ SITE_URL=https://hongbang.haiphong.gov.vn.`,
    );
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash) {
    throw new SiteEnvError(
      `SITE_URL="${rawSite}" chỉ được gồm giao thức và tên miền (không có đường dẫn): đường dẫn gốc đặt bằng SITE_BASE.`,
    );
  }
  return { unit, base, site: url.origin };
}
