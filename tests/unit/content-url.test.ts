import { describe, expect, it } from 'vitest';
import { hostAllowed, judgeUrl, urlProblem, type UrlUse } from '../../src/lib/content-url.ts';
import { httpsUrl } from '../../src/schemas/common.ts';

const allowed = new Set(['www.youtube.com']);
const kind = (value: string, use: UrlUse = 'link') => judgeUrl(value, use, allowed).kind;
const why = (value: string, use: UrlUse = 'link') => urlProblem(value, use, allowed) ?? '';

describe('judgeUrl: what may be linked', () => {
  it.each([
    ['/thu-tuc/', 'site'],
    ['/thu-tuc/dang-ky-khai-sinh/#ho-so', 'site'],
    ['./to-khai.pdf', 'relative'],
    ['../anh.jpg', 'relative'],
    ['to-khai.pdf', 'relative'],
    ['#muc-2', 'fragment'],
    ['mailto:mot-cua@haiphong.gov.vn', 'mail'],
    ['tel:02253842000', 'phone'],
    ['https://dichvucong.gov.vn/p/home/dvc-trang-chu.html?a=1&b=2', 'external'],
    ['https://www.youtube.com/watch?v=abc', 'external'],
  ])('%s is a %s address', (value, expected) => {
    expect(kind(value)).toBe(expected);
  });

  it('allows images only from the site, next to the file or on an allowed https host', () => {
    expect(kind('./anh.jpg', 'image')).toBe('relative');
    expect(kind('/anh/so-do.png', 'image')).toBe('site');
    expect(kind('https://www.youtube.com/x.jpg', 'image')).toBe('external');
    expect(why('mailto:a@b.vn', 'image')).toMatch(/không được là địa chỉ thư/);
    expect(why('#x', 'image')).toBe('');
  });
});

describe('judgeUrl: what is refused, and why', () => {
  it.each([
    ['//evil.example/', /bắt đầu bằng «\/\/»/],
    ['///evil.example/', /bắt đầu bằng «\/\/»/],
    ['/\\evil.example', /dấu gạch ngược/],
    ['\\\\evil.example', /dấu gạch ngược/],
    ['java\tscript:alert(1)', /ký tự ẩn/],
    ['java\nscript:alert(1)', /ký tự ẩn/],
    [' javascript:alert(1)', /khoảng trắng thừa/],
    ['/thu-tuc/\u200b', /ký tự ẩn/],
    ['&#106;avascript:alert(1)', /mã ký tự HTML/],
    ['javascript&colon;alert(1)', /mã ký tự HTML/],
    ['&#47;&#47;evil.example', /mã ký tự HTML/],
    ['javascript:alert(1)', /chạy mã thay vì mở trang/],
    ['JavaScript:void(0)', /chạy mã thay vì mở trang/],
    ['vbscript:msgbox(1)', /chạy mã thay vì mở trang/],
    ['data:text/html,<script>alert(1)</script>', /«data:»/],
    ['http://dichvucong.gov.vn/', /Viết https:\/\/ thay cho http:\/\//],
    ['https:evil.example', /thiếu «\/\/» sau «https:»/],
    ['https:/evil.example', /thiếu «\/\/» sau «https:»/],
    ['ftp://dichvucong.gov.vn/', /giao thức «ftp:»/],
    ['file:///etc/passwd', /giao thức «file:»/],
    ['https://dichvucong.gov.vn@evil.example/', /tên người dùng hoặc mật khẩu|evil\.example/],
    ['https://evil.example/', /«evil\.example» không nằm trong danh sách/],
    ['https://gov.vn.evil.example/', /«gov\.vn\.evil\.example» không nằm trong danh sách/],
    ['https://[::1', /không đọc được/],
    ['', /chưa có địa chỉ/],
  ])('%j is refused: %s', (value, message) => {
    expect(why(value)).toMatch(message);
  });

  it('refuses data: images', () => {
    expect(why('data:image/svg+xml;base64,PHN2Zz4=', 'image')).toMatch(/«data:»/);
  });
});

describe('judgeUrl: the servers the web editor signs editors in with', () => {
  it('are …gov.vn, GitHub or GitLab, never a host content names, even one on the allow-list', () => {
    expect(kind('https://git.haiphong.gov.vn/api/v4', 'signIn')).toBe('external');
    expect(kind('https://api.github.com', 'signIn')).toBe('external');
    expect(kind('https://gitlab.com/api/v4', 'signIn')).toBe('external');
    // A stolen account pointing the editor at its own server would collect every editor's token.
    expect(why('https://git.evil.example/api/v4', 'signIn')).toMatch(
      /^máy chủ đăng nhập của trang soạn thảo «https:\/\/git\.evil\.example\/api\/v4» dẫn tới «git\.evil\.example», không phải máy chủ \.gov\.vn, GitHub hay GitLab/,
    );
    expect(allowed.has('www.youtube.com')).toBe(true);
    expect(kind('https://www.youtube.com/oauth', 'signIn')).toBe('refused');
    expect(why('https://github.com.evil.example/', 'signIn')).toMatch(/không phải máy chủ/);
    expect(why('http://git.haiphong.gov.vn/api/v4', 'signIn')).toMatch(/Viết https:\/\//);
  });
});

describe('judgeUrl: endpoints the site sends data to', () => {
  it('takes https addresses on any host, and nothing else', () => {
    expect(kind('https://y-kien.example.vn/gui', 'endpoint')).toBe('external');
    expect(why('http://y-kien.example.vn/gui', 'endpoint')).toMatch(/^địa chỉ nhận dữ liệu «http:.*Viết https:\/\//);
    expect(why('/api/gui', 'endpoint')).toMatch(/phải là địa chỉ web đầy đủ bắt đầu bằng https:\/\//);
    expect(why('//y-kien.example.vn/gui', 'endpoint')).toMatch(/«\/\/»/);
    expect(why('mailto:a@b.vn', 'endpoint')).toMatch(/không được là địa chỉ thư/);
  });

  it('is what the schemas take for endpoints and profile links: https only', () => {
    expect(httpsUrl.safeParse('https://y-kien.example.vn/gui').success).toBe(true);
    expect(httpsUrl.safeParse('http://y-kien.example.vn/gui').success).toBe(false);
    expect(httpsUrl.safeParse('javascript:alert(1)').success).toBe(false);
  });
});

describe('hostAllowed', () => {
  it('allows government hosts and the allow-list only', () => {
    expect(hostAllowed('dichvucong.gov.vn', allowed)).toBe(true);
    expect(hostAllowed('HaiPhong.GOV.VN.', allowed)).toBe(true);
    expect(hostAllowed('fakegov.vn', allowed)).toBe(false);
    expect(hostAllowed('youtube.com', allowed)).toBe(false);
  });
});
