// Which sources a public page may cite: the official hosts, in one place. A guide's `sources` and every `cite`,
// the sources of FAQ answers, filled samples and a unit's own procedure facts name only official documents and
// pages; a copy someone keeps in a repository (GitHub…) is provenance, kept in the content file for the check and
// never shown. Checked by src/checks/procedure-facts.ts.

/**
 * Domains whose sites (the domain itself and every name under it) publish official texts:
 * - gov.vn: the state's own domain, given only to state bodies (Cổng Dịch vụ công quốc gia dichvucong.gov.vn,
 *   the city's portals haiphong.gov.vn, congbao.haiphong.gov.vn, cdn.haiphong.gov.vn, ministries such as moj.gov.vn);
 * - chinhphu.vn: the Government's portal and its legal texts (vanban.chinhphu.vn, congbao.chinhphu.vn);
 * - vbpl.vn: the national database of legal texts, run by the Ministry of Justice;
 * - quochoi.vn: the National Assembly's portal, which publishes the laws it passes;
 * - dangcongsan.vn: the Communist Party's portal, which publishes the Party's resolutions (Nghị quyết 57-NQ/TW).
 * A newspaper, a repository or another province's ward is not here: the first reports, the others copy.
 */
export const officialDomains = ['gov.vn', 'chinhphu.vn', 'vbpl.vn', 'quochoi.vn', 'dangcongsan.vn'] as const;

/** Whether a host name is `domain` or a name under it («HaiPhong.gov.vn.» is under gov.vn). */
export function hostUnder(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

/** Whether a host name is one of the official domains or under one. */
export function isOfficialHost(host: string): boolean {
  return officialDomains.some((d) => hostUnder(host, d));
}

/** The host of an https address, or undefined when it is not one (the URL checks say why). */
function httpsHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.hostname : undefined;
  } catch {
    return undefined;
  }
}

const officialList = 'tên miền .gov.vn (dichvucong.gov.vn, haiphong.gov.vn…), chinhphu.vn, vbpl.vn, quochoi.vn';

/** Why an address may not be shown as a source, or undefined when its host is official. */
export function unofficialUrlProblem(url: string): string | undefined {
  const host = httpsHost(url);
  if (host === undefined || isOfficialHost(host)) return undefined;
  return `nguồn «${host}» không phải trang chính thức. Trang công khai chỉ dẫn văn bản, trang của cơ quan nhà nước (${officialList}); bản chép trong kho dữ liệu (GitHub…) ghi vào provenance hoặc cite.readFrom, không hiện trên trang.`;
}

/** «kho» as a word (a repository), not «kho bạc» (the State Treasury) nor «khoản», «khoa». */
const repositoryWord = /(?<![\p{L}\p{N}])kho(?![\p{L}\p{N}])(?!\s+bạc)/iu;
const gitHostName = /git\s*hub|git\s*lab/i;

/** Why a source's title may not be shown, or undefined: a title naming a repository is provenance. */
export function repositoryTitleProblem(title: string): string | undefined {
  const named = gitHostName.exec(title)?.[0] ?? repositoryWord.exec(title)?.[0];
  if (named === undefined) return undefined;
  return `tên nguồn nhắc «${named}»: trang công khai chỉ nêu văn bản, trang chính thức (tên, số hiệu, cơ quan ban hành, ngày). Bản chép trong kho dữ liệu ghi vào provenance (repo, path, commit), không hiện trên trang.`;
}
