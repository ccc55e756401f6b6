// Every address written in content (links, images, HTML attributes, data fields, endpoints the site sends to)
// is judged here, once: parsed with `new URL()` against the site's origin, as a browser would, and allowed only
// as a site path, a file next to the content file, an https address on an allowed host, mail or phone.
// Protocol-relative, backslash, control-character and entity-encoded forms, `http:`, `data:`, `javascript:`
// and every other scheme are refused with a message for the editor, in Vietnamese.
import { hostUnder } from './official-sources.ts';

/**
 * What the address is used for: a link readers follow, an image the page loads, an endpoint the site sends to,
 * or a server the web editor signs editors in with (it receives their git tokens).
 */
export type UrlUse = 'link' | 'image' | 'endpoint' | 'signIn';

/**
 * Servers the web editor may sign editors in with beyond …gov.vn: the git hosts it supports. Kept in code, not
 * in content, because the editor hands these servers every editor's token: an account that could write the
 * list could collect them all. A unit's own server elsewhere is added here by a developer, in review.
 */
export const signInHosts: ReadonlySet<string> = new Set(['github.com', 'api.github.com', 'gitlab.com']);

export type UrlVerdict =
  /** A page or file of the site, written from its root: '/thu-tuc/'. */
  | { kind: 'site'; path: string }
  /** A file next to the content file: './to-khai.pdf', '../anh.jpg'. */
  | { kind: 'relative'; path: string }
  /** A place on the same page: '#muc-2'. */
  | { kind: 'fragment' }
  | { kind: 'external'; host: string }
  | { kind: 'mail' | 'phone' }
  | { kind: 'refused'; message: string };

/** Stands for the site's origin while content is checked; an address resolved to it stays on the site. */
export const siteOrigin = 'https://chuyen-trang.invalid';

/** Government hosts (…gov.vn) and those on the allow-list (content/shared/allowed-hosts.yaml). */
export function hostAllowed(host: string, allowed: ReadonlySet<string>): boolean {
  return hostUnder(host, 'gov.vn') || allowed.has(host.toLowerCase().replace(/\.$/, ''));
}

export const hostMessage = (host: string, file: string) =>
  `liên kết tới «${host}» không nằm trong danh sách trang được phép dẫn tới (content/${file}). Dẫn tới trang của cơ quan nhà nước (.gov.vn) nếu có; nếu trang này đáng tin cậy, thêm tên miền vào danh sách đó kèm một dòng ghi chú lý do.`;

const what: Record<UrlUse, string> = {
  link: 'liên kết',
  image: 'ảnh',
  endpoint: 'địa chỉ nhận dữ liệu',
  signIn: 'máy chủ đăng nhập của trang soạn thảo',
};
const example: Record<UrlUse, string> = {
  link: 'https://dichvucong.gov.vn, /thu-tuc/ hoặc mailto:…',
  image: './anh.jpg hoặc /anh/so-do.png',
  endpoint: 'https://y-kien.haiphong.gov.vn/gui',
  signIn: 'https://git.haiphong.gov.vn/api/v4',
};

/** Control characters (C0, DEL, C1) and invisible formatting characters browsers drop or misread. */
// eslint-disable-next-line no-control-regex
const hiddenCharacter = /[\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/;
/** Character references left in an address (`&#106;`, `&colon;`): the text is not what a reader sees. */
const characterReference = /&#(\d+|x[0-9a-f]+)|&[a-z][a-z0-9]*;/i;
/** How a scheme starts: 'https:', 'javascript:'. */
const schemePrefix = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Where an address written in content leads, or why it is refused. `allowedHosts`: hosts beyond …gov.vn that
 * links and images may lead to (endpoints need https only). `listFile`: the allow-list's path under content/,
 * named in the message.
 */
export function judgeUrl(
  value: string,
  use: UrlUse,
  allowedHosts: ReadonlySet<string>,
  listFile = 'shared/allowed-hosts.yaml',
): UrlVerdict {
  const name = what[use];
  const refuse = (why: string): UrlVerdict => ({
    kind: 'refused',
    message: `${name} «${value.length > 80 ? `${value.slice(0, 80)}…` : value}» ${why}`,
  });
  if (value.trim() === '') return refuse(`chưa có địa chỉ: viết địa chỉ, ví dụ ${example[use]}.`);
  if (hiddenCharacter.test(value) || value !== value.trim())
    return refuse(
      `có khoảng trắng thừa hoặc ký tự ẩn (tab, xuống dòng, ký tự điều khiển), trình duyệt có thể đọc thành địa chỉ khác. Gõ lại địa chỉ, ví dụ ${example[use]}.`,
    );
  if (value.includes('\\'))
    return refuse(
      'có dấu gạch ngược «\\», trình duyệt đọc thành «/» và có thể dẫn ra trang khác. Dùng dấu «/», ví dụ /thu-tuc/.',
    );
  if (characterReference.test(value))
    return refuse(
      'có mã ký tự HTML (dạng &#…; hoặc &…;), che giấu địa chỉ thật. Viết địa chỉ bằng chữ thường, ví dụ /thu-tuc/ hoặc https://dichvucong.gov.vn.',
    );
  if (value.startsWith('//'))
    return refuse(
      'bắt đầu bằng «//», trình duyệt coi là địa chỉ của trang khác. Trang của chuyên trang thì viết một dấu «/», ví dụ /thu-tuc/; trang ngoài thì viết đủ https://.',
    );
  if (use === 'link' && value.startsWith('#')) return { kind: 'fragment' };
  let url: URL;
  try {
    url = new URL(value, siteOrigin);
  } catch {
    return refuse(`không đọc được. Viết địa chỉ đầy đủ, ví dụ ${example[use]}.`);
  }
  if (url.origin === siteOrigin) {
    if (schemePrefix.test(value))
      return refuse(
        'thiếu «//» sau «https:». Trang ngoài thì viết đủ https://tên-miền/…; trang của chuyên trang thì viết đường dẫn bắt đầu bằng /, ví dụ /thu-tuc/.',
      );
    if (use === 'endpoint' || use === 'signIn')
      return refuse(`phải là địa chỉ web đầy đủ bắt đầu bằng https://, ví dụ ${example[use]}.`);
    return value.startsWith('/') ? { kind: 'site', path: value } : { kind: 'relative', path: value };
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (scheme === 'mailto' || scheme === 'tel') {
    if (use === 'link') return { kind: scheme === 'mailto' ? 'mail' : 'phone' };
    return refuse(`không được là địa chỉ thư hay số điện thoại. Viết địa chỉ, ví dụ ${example[use]}.`);
  }
  if (scheme === 'http')
    return refuse(
      `dùng http:// không mã hóa, dữ liệu có thể bị đọc hoặc sửa trên đường truyền. Viết https:// thay cho http://.`,
    );
  if (scheme === 'javascript' || scheme === 'vbscript')
    return refuse(`chạy mã thay vì mở trang («${scheme}:»). Thay bằng địa chỉ trang thật, ví dụ ${example[use]}.`);
  if (scheme === 'data')
    return refuse(
      'chứa thẳng dữ liệu trong địa chỉ («data:»), có thể là trang hay mã giả mạo. Lưu thành tệp đặt cạnh bài rồi dẫn tới tệp đó, ví dụ ./anh.jpg.',
    );
  if (scheme !== 'https')
    return refuse(
      `dùng giao thức «${scheme}:» không được phép (chỉ dùng https://${use === 'link' ? ', mailto:, tel:' : ''} hoặc đường dẫn trong trang). Thay bằng địa chỉ thật, ví dụ ${example[use]}.`,
    );
  if (url.username || url.password)
    return refuse(
      'có tên người dùng hoặc mật khẩu trước dấu «@», che giấu trang thật mà địa chỉ dẫn tới. Xóa phần trước dấu «@».',
    );
  if (use === 'signIn' && !hostAllowed(url.hostname, signInHosts))
    return refuse(
      `dẫn tới «${url.hostname}», không phải máy chủ .gov.vn, GitHub hay GitLab. Trang soạn thảo gửi mã đăng nhập của mọi biên tập viên tới máy chủ này, nên máy chủ khác chỉ được cán bộ kỹ thuật thêm vào mã nguồn (signInHosts trong src/lib/content-url.ts), không thêm ở nội dung.`,
    );
  if ((use === 'link' || use === 'image') && !hostAllowed(url.hostname, allowedHosts))
    return { kind: 'refused', message: hostMessage(url.hostname, listFile) };
  return { kind: 'external', host: url.hostname };
}

/** Why an address is refused, or undefined when it may be used. */
export function urlProblem(value: string, use: UrlUse, allowedHosts: ReadonlySet<string>): string | undefined {
  const verdict = judgeUrl(value, use, allowedHosts);
  return verdict.kind === 'refused' ? verdict.message : undefined;
}
