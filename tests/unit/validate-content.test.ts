import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentAndFiles, validateContent } from '../../src/checks/validate-content.ts';
import { formatProblems } from '../../src/lib/content-errors.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('validateContent on valid examples of every kind', () => {
  it('finds no problem', () => {
    expect(validateContent(['demo'], join(fixtures, 'valid'))).toEqual([]);
  });
});

// Valid files the malformed ones need: the other half of a duplicate, indicators the broken datasets name,
// the list of external hosts links may lead to.
const validTwins = [
  'content/shared/allowed-hosts.yaml',
  'content/shared/campaigns/trung-ten.mdx',
  'content/shared/procedures/a-ma-goc.yaml',
  'content/units/demo/metrics/bo-hop-le.json',
  ...['ho-so-tiep-nhan', 'ho-so-truc-tiep', 'ho-so-truc-tuyen', 'ty-le-ho-so-truc-tuyen'].map(
    (i) => `content/shared/indicators/${i}.yaml`,
  ),
];

// What `npm run check` and the build run: the content check and the check of every file (types, links).
const { problems: malformedProblems } = await checkContentAndFiles(['demo'], join(fixtures, 'invalid'));

describe('validateContent on malformed files', () => {
  const dir = join(fixtures, 'invalid');
  const problems = malformedProblems;
  const malformed = filesUnder(dir)
    .map((f) => `content/${relative(dir, f)}`)
    .filter((f) => !f.endsWith('unit.yaml') && !validTwins.includes(f));

  it('has at least 20 malformed files', () => {
    expect(malformed.length).toBeGreaterThanOrEqual(20);
  });

  it.each(malformed)('rejects %s, naming the file', (file) => {
    expect(problems.some((p) => p.file === file)).toBe(true);
  });

  it('accepts the valid unit profile in the same folder', () => {
    expect(problems.some((p) => p.file.endsWith('unit.yaml'))).toBe(false);
  });

  const byFile = (name: string) => problems.filter((p) => p.file.endsWith(name));

  it('names a missing field and says what it is for', () => {
    expect(byFile('thieu-tom-tat.mdx')).toContainEqual(
      expect.objectContaining({
        field: 'summary',
        message: expect.stringMatching(/^thiếu: trường này bắt buộc.*Tóm tắt/),
      }),
    );
  });

  it('suggests the right name for a misspelt key', () => {
    expect(byFile('sai-ten-truong.mdx')).toContainEqual(
      expect.objectContaining({ field: 'tittle', message: expect.stringContaining('«title»') }),
    );
  });

  it('explains wrong types, values and formats in Vietnamese', () => {
    const messages = byFile('sai-kieu.yaml').map((p) => `${p.field}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^code: sai kiểu: cần chữ .*số 1001193/),
        expect.stringMatching(/^channels\.online: sai kiểu: cần true \(có\) hoặc false/),
        expect.stringMatching(/^processingTime\.unit: thiếu/),
        expect.stringMatching(
          /^fee\.online\.kind: giá trị chữ «re» không được chấp nhận; chọn một trong: mien-phi, co-phi, chua-xac-dinh/,
        ),
        expect.stringMatching(/^documents: cần ít nhất 1 mục|^documents: cần ít nhất một giấy tờ/),
      ]),
    );
  });

  it('points at the line of a YAML syntax error', () => {
    expect(byFile('loi-cu-phap.yaml')[0]?.message).toMatch(/sai cú pháp YAML ở dòng \d+/);
  });

  it('rejects a retired QR code that leads nowhere', () => {
    expect(byFile('ngung-khong-dich.yaml')).toContainEqual(expect.objectContaining({ field: 'redirectTo' }));
  });

  it('rejects two entries with the same name in one collection', () => {
    expect(byFile('units/demo/campaigns/trung-ten.mdx')).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('trùng tên «trung-ten» với content/shared/campaigns/trung-ten.mdx'),
      }),
    );
  });

  it('formats problems grouped by file with a count', () => {
    const text = formatProblems(problems);
    expect(text).toContain('✗ content/units/demo/news/sai-ten-truong.mdx');
    expect(text).toMatch(/Có \d+ lỗi nội dung trong \d+ tệp\./);
    expect(text).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe('references between content files', () => {
  const problems = validateContent(['demo'], join(fixtures, 'invalid'));
  it.each([
    ['shared/faq/thu-tuc-khong-co.md', 'procedures[1]', '«dang-ky-khai-sinhh» không phải hướng dẫn thủ tục'],
    ['units/demo/metrics/chi-tieu-khong-co.json', 'figures[1].indicator', '«ho-so-truc-tuyenn» không phải chỉ tiêu'],
    ['units/demo/screens/bo-so-lieu-khong-co.yaml', 'playlist[1].dataset', '«khong-co-bo-nay» không phải bộ số liệu'],
  ])('%s names a missing target in %s', (file, field, message) => {
    expect(problems).toContainEqual(
      expect.objectContaining({ file: `content/${file}`, field, message: expect.stringContaining(message) }),
    );
  });
});

describe("a guide's facts and public sources (issue 24)", () => {
  const problems = validateContent(['demo'], join(fixtures, 'invalid'));
  const at = (file: string) =>
    problems
      .filter((p) => p.file === `content/shared/${file}`)
      .map((p) => `${p.field} (dòng ${p.line ?? '?'}): ${p.message}`);

  it('refuses a public source on an unofficial host or named as a repository, naming the field and line', () => {
    expect(at('procedures/nguon-khong-chinh-thuc.yaml')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^onlineLevel\.cite\.url \(dòng 14\): nguồn «baomoi\.com» không phải trang chính thức/),
        expect.stringMatching(/^sources\[2\]\.title \(dòng 26\): tên nguồn nhắc «kho»: .*provenance/),
        expect.stringMatching(/^sources\[3\]\.url \(dòng 28\): nguồn «github\.com» không phải trang chính thức/),
      ]),
    );
    expect(at('faq/nguon-kho-github.md')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sources\[1\]\.document \(dòng 5\): tên nguồn nhắc «GitHub»/),
        expect.stringMatching(/^sources\[1\]\.url \(dòng 8\): nguồn «github\.com» không phải trang chính thức/),
      ]),
    );
    expect(at('samples/nguon-khong-chinh-thuc.yaml')).toContainEqual(
      expect.stringMatching(/^sources\[1\]\.url \(dòng 9\): nguồn «github\.com» không phải trang chính thức/),
    );
  });

  it('refuses a fee for online filing without an online channel', () => {
    expect(at('procedures/phi-truc-tuyen-khong-co-kenh.yaml')).toEqual([
      expect.stringMatching(
        /^fee\.online \(dòng 13\): có phí khi nộp trực tuyến nhưng thủ tục không nộp được trực tuyến/,
      ),
    ]);
  });

  it('refuses an online level that contradicts the channels', () => {
    expect(at('procedures/muc-truc-tuyen-khong-co-kenh.yaml')).toEqual([
      expect.stringMatching(
        /^onlineLevel\.level \(dòng 11\): thủ tục không nộp được trực tuyến .*«Trực tuyến một phần».*chi-truc-tiep/,
      ),
    ]);
    expect(at('procedures/chi-truc-tiep-co-kenh-truc-tuyen.yaml')).toEqual([
      expect.stringMatching(
        /^onlineLevel\.level \(dòng 11\): mức chi-truc-tiep .*mâu thuẫn với channels\.online: true/,
      ),
    ]);
  });

  it('refuses a known value, «Miễn phí» included, without its citation', () => {
    expect(at('procedures/gia-tri-khong-dan-nguon.yaml')).toEqual([
      expect.stringMatching(/^onlineLevel\.cite \(dòng 10\): mức dịch vụ công trực tuyến phải dẫn nguồn/),
      expect.stringMatching(/^processingTime\.cite \(dòng 12\): thời hạn phải dẫn văn bản nêu nó/),
      expect.stringMatching(/^fee\.online\.cite \(dòng 15\): «Miễn phí» phải dẫn văn bản miễn phí, lệ phí/),
      expect.stringMatching(/^fee\.inPerson\.cite \(dòng 17\): mức phí phải dẫn văn bản quy định mức đó/),
    ]);
  });

  it('refuses a time in working days that does not say when the count starts', () => {
    expect(at('procedures/ngay-lam-viec-khong-noi-tu-khi-nao.yaml')).toEqual([
      expect.stringMatching(
        /^processingTime\.from \(dòng 11\): thời hạn tính bằng ngày làm việc phải nói tính từ khi nào/,
      ),
    ]);
  });

  it('refuses an unknown that does not say what the sources do not say', () => {
    expect(at('procedures/chua-xac-dinh-khong-ghi-chu.yaml')).toEqual([
      expect.stringMatching(/^onlineLevel\.note \(dòng 10\): «Chưa xác định» phải kèm ghi chú/),
      expect.stringMatching(/^processingTime\.note \(dòng 11\): «Chưa xác định» phải kèm ghi chú/),
      expect.stringMatching(/^fee\.online\.note \(dòng 13\): «Chưa xác định» phải kèm ghi chú/),
      expect.stringMatching(/^fee\.inPerson\.note \(dòng 14\): «Chưa xác định» phải kèm ghi chú/),
    ]);
  });
});

describe('screens', () => {
  const problems = validateContent(['demo'], join(fixtures, 'invalid'));
  const at = (file: string) =>
    problems.filter((p) => p.file === `content/units/demo/screens/${file}`).map((p) => `${p.field}: ${p.message}`);
  it('refuses an end of the day before its start', () => {
    expect(at('gio-tat-truoc-gio-bat.yaml')).toContainEqual(
      expect.stringMatching(/^schedule\.off: giờ tắt phải sau giờ bật/),
    );
  });
  it('refuses zero and negative slide durations', () => {
    expect(at('thoi-gian-am.yaml')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^playlist\[1\]\.seconds: .*ít nhất 3 giây/),
        expect.stringMatching(/^playlist\[2\]\.seconds: .*ít nhất 3 giây/),
      ]),
    );
  });
  it('refuses a slide kind that does not exist, naming the kinds that do', () => {
    expect(at('loai-khong-co.yaml')).toContainEqual(expect.stringMatching(/^playlist\[1\]\.kind: .*so-lieu/));
  });
  it('refuses a chart its dataset does not have', () => {
    expect(at('bieu-do-khong-co.yaml')).toContainEqual(
      'playlist[1].chart: bộ số liệu «bo-hop-le» không có biểu đồ «khong-co-bieu-do-nay».',
    );
  });
  it('refuses a screen id that is not lowercase ASCII', () => {
    expect(at('Man-Hinh-Sai-Ten.yaml').join('\n')).toMatch(/tên tệp/);
  });
});

describe('procedure guides beyond their schema', () => {
  const problems = validateContent(['demo'], join(fixtures, 'invalid'));
  const at = (file: string) =>
    problems.filter((p) => p.file === `content/${file}`).map((p) => `${p.field}: ${p.message}`);
  it('rejects a code used twice, naming the first file', () => {
    expect(at('shared/procedures/ma-trung.yaml')).toContainEqual(
      expect.stringMatching(/^code: mã 1\.001193 đã dùng cho content\/shared\/procedures\/a-ma-goc\.yaml/),
    );
  });
  it('rejects an attachment that is not in public/', () => {
    expect(at('shared/procedures/tep-mau-khong-co.yaml')).toContainEqual(
      expect.stringMatching(/^forms\[1\]\.file: không có tệp public\/bieu-mau\/khong-co-tep\.pdf/),
    );
  });
  it('rejects an empty step list and a fee written as text', () => {
    expect(at('shared/procedures/khong-co-buoc.yaml')).toContainEqual(
      expect.stringMatching(/^steps: cần ít nhất một bước/),
    );
    expect(at('shared/procedures/phi-bang-chu.yaml')).toContainEqual(
      expect.stringMatching(/^fee\.online\.amountVnd: sai kiểu: cần một con số, nhưng đang là chữ «8\.000 đồng»/),
    );
  });
  it('rejects a sample or a unit override for a guide that does not exist', () => {
    expect(at('shared/samples/mau-khong-co-thu-tuc.yaml')).toContainEqual(
      expect.stringMatching(/^procedure: «khong-co-thu-tuc-nay»/),
    );
    expect(at('units/demo/thu-tuc/khong-co-huong-dan.yaml')).toContainEqual(
      expect.stringMatching(/không có hướng dẫn thủ tục «khong-co-huong-dan»/),
    );
  });
});

describe('news, campaign material and infographics beyond their schema', () => {
  const problems = validateContent(['demo'], join(fixtures, 'invalid'));
  const at = (file: string) =>
    problems.filter((p) => p.file === `content/${file}`).map((p) => `${p.field}: ${p.message}`);
  it.each([
    ['shared/campaigns/phat-thanh-khong-loi-doc.mdx', /^\(nội dung bài\): bài phát thanh phải có lời đọc đầy đủ/],
    ['shared/infographics/thieu-toan-van.md', /^\(nội dung bài\): infographic phải có toàn văn/],
    ['units/demo/news/ngay-tuong-lai.mdx', /^date: ngày ở tương lai/],
    [
      'units/demo/news/chu-de-co-dau.mdx',
      /^tags\[1\]: giá trị chữ «chuyển-đổi-số» không được chấp nhận; chọn một trong: nghi-quyet-57/,
    ],
    ['units/demo/news/anh-bia-thieu-mo-ta.mdx', /^cover\.alt: thiếu/],
    ['units/demo/news/ghi-chu-ngay-qua-dai.mdx', /^sources\[1\]\.dateNote: ghi chú về ngày dài quá 200 ký tự/],
    ['shared/procedures/ghi-chu-nguon-qua-dai.yaml', /^sourceNote: ghi chú về nguồn dài quá 600 ký tự/],
    [
      'shared/samples/kinh-gui-ghi-ten-don-vi.yaml',
      /^addressee: giá trị chữ «Công an phường Hồng Bàng.*chọn một trong: mot-cua, cong-an/,
    ],
  ])('%s is refused: %s', (file, message) => {
    expect(at(file)).toContainEqual(expect.stringMatching(message));
  });
});

describe('datasets that disagree with themselves', () => {
  const problems = validateContent(['demo'], join(fixtures, 'invalid'));
  const at = (file: string) =>
    problems.filter((p) => p.file === `content/${file}`).map((p) => `${p.field}: ${p.message}`);
  it.each([
    [
      'units/demo/metrics/tong-sai.json',
      /^checks\[1\]: ho-so-truc-tuyen \(9\.013\) \+ ho-so-truc-tiep \(93\) = 9\.106, nhưng ho-so-tiep-nhan là 9\.096: lệch 10\./,
    ],
    ['units/demo/metrics/phan-tram-qua-100.json', /^figures\[1\]\.value: tỷ lệ phần trăm không thể lớn hơn 100/],
    ['units/demo/metrics/ky-nguoc.json', /^figures\[1\]\.period\.to: ngày kết thúc kỳ số liệu đứng trước ngày bắt đầu/],
    ['units/demo/metrics/bieu-do-thieu-so-lieu.json', /^charts\[1\]\.figures: biểu đồ «c» dùng «ho-so-truc-tuyen»/],
    ['units/demo/metrics/gia-tri-am.json', /^source: thiếu/],
  ])('%s is refused: %s', (file, message) => {
    expect(at(file)).toContainEqual(expect.stringMatching(message));
  });
});

describe('charts placed in articles', () => {
  it('refuses a chart whose dataset does not exist, naming the file', () => {
    const problems = validateContent(['demo'], join(fixtures, 'invalid'));
    expect(problems).toContainEqual({
      file: 'content/units/demo/news/bieu-do-khong-co.mdx',
      field: '(nội dung bài)',
      message:
        '<BieuDo bo="khong-co-bo-nay"> gọi bộ số liệu không có trong content/units/<đơn vị>/metrics của đơn vị này.',
    });
  });
  it('accepts a chart that exists (the fixture site)', () => {
    expect(validateContent(['demo'], join(fixtures, 'valid'))).toEqual([]);
  });
});

describe('QR codes that lead nowhere', () => {
  it('refuses a code whose destination is not a page of the site, naming the code', () => {
    const problems = validateContent(['demo'], join(fixtures, 'invalid'));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/units/demo/qr/trang-khong-co.yaml',
        field: 'target',
        message: expect.stringContaining('mã QR «trang-khong-co» dẫn tới «/thu-tuc/khong-co-trang-nay/»'),
      }),
    );
  });
});

describe('links, images and markup in what editors write', () => {
  const problems = validateContent(['demo'], join(fixtures, 'invalid'));
  const at = (file: string) => problems.filter((p) => p.file === `content/${file}`);
  it.each([
    [
      'units/demo/news/lien-ket-hong.mdx',
      10,
      /^liên kết «\/thu-tuc\/khong-co-thu-tuc-nay\/» dẫn tới trang không có trên chuyên trang\. Mở trang cần dẫn tới/,
    ],
    [
      'units/demo/news/anh-khong-co.mdx',
      10,
      /^không có ảnh «\.\/khong-co-anh\.jpg» cạnh tệp này \(tìm ở content\/units\/demo\/news\/khong-co-anh\.jpg\)/,
    ],
    ['units/demo/news/tep-dinh-kem-khong-co.mdx', 10, /^không có tệp «\.\/to-khai-khong-co\.pdf» cạnh tệp này/],
    [
      'units/demo/news/mo-ta-la-ten-tep.mdx',
      12,
      /^ảnh «\.\/anh-qua-lon\.png»: mô tả ảnh không được là tên tệp\. Viết một câu/,
    ],
    [
      'units/demo/news/bam-vao-day.mdx',
      12,
      /^liên kết «Bấm vào đây!» không nói nó dẫn tới đâu\. Viết chữ của liên kết là tên trang hoặc tài liệu, ví dụ «Hướng dẫn đăng ký khai sinh»\.$/,
    ],
    [
      'units/demo/news/co-the-script.mdx',
      16,
      /^có thẻ <script>: nội dung không được chứa mã chạy trên trang\. Xóa thẻ này/,
    ],
    ['units/demo/campaigns/nhung-iframe.mdx', 13, /^có thẻ <iframe>: .*khai báo ở trường video/],
    ['units/demo/news/lien-ket-javascript.mdx', 10, /^liên kết «javascript:alert\(1\)» chạy mã thay vì mở trang/],
    ['units/demo/news/bam-onclick.mdx', 10, /^có thuộc tính «onclick» chạy mã khi người đọc thao tác\./],
    [
      'shared/faq/trang-ngoai.md',
      6,
      /^liên kết tới «bang-gia\.example\.com» không nằm trong danh sách trang được phép dẫn tới \(content\/shared\/allowed-hosts\.yaml\)/,
    ],
  ])('%s is refused at line %i, and only for that: %s', (file, line, message) => {
    expect(at(file)).toEqual([
      { file: `content/${file}`, field: '(nội dung bài)', line, message: expect.stringMatching(message) },
    ]);
  });

  // Each attack an editor's account could commit (issue 23), refused at its line with the fix, and only for that.
  it.each([
    [
      'units/demo/news/mdx-import.mdx',
      10,
      /^có dòng import\/export: nội dung bài không được nạp hay chạy mã\. Xóa dòng này; biểu đồ thì dùng <BieuDo bo="…" bieuDo="…" \/>/,
    ],
    ['units/demo/news/mdx-bien-moi-truong.mdx', 10, /^có dòng import\/export/],
    [
      'units/demo/news/mdx-bieu-thuc.mdx',
      10,
      /^có biểu thức «\{process\.env\.SOMETHING\}»: nội dung bài không được chạy mã/,
    ],
    ['units/demo/news/set-html.mdx', 10, /^có chỉ thị «set:html»/],
    [
      'units/demo/news/thanh-phan-la.mdx',
      10,
      /^có thẻ <Script>: nội dung bài chỉ dùng được thành phần của chuyên trang \(<BieuDo>\)/,
    ],
    ['units/demo/news/meta-refresh.md', 10, /^có thẻ <meta>: thẻ này có thể tự chuyển người đọc sang trang khác/],
    ['units/demo/news/lien-ket-hai-gach.mdx', 10, /^liên kết «\/\/evil\.example\/thu-tuc\/» bắt đầu bằng «\/\/»/],
    ['units/demo/news/lien-ket-gach-nguoc.mdx', 10, /^liên kết «\/\\evil\.example\/thu-tuc\/» có dấu gạch ngược/],
    [
      'units/demo/news/lien-ket-ma-hoa.mdx',
      10,
      /^liên kết «java\tscript:alert\(1\)» có khoảng trắng thừa hoặc ký tự ẩn/,
    ],
    ['units/demo/news/lien-ket-ma-hoa-gach.md', 10, /^liên kết «\/\/evil\.example\/thu-tuc\/» bắt đầu bằng «\/\/»/],
    ['units/demo/news/lien-ket-ngoac-nhon.mdx', 10, /^liên kết «\/\/evil\.example\/thu-tuc\/» bắt đầu bằng «\/\/»/],
    ['units/demo/news/lien-ket-tham-chieu.mdx', 12, /^liên kết «\/\/evil\.example\/thu-tuc\/» bắt đầu bằng «\/\/»/],
    [
      'units/demo/news/lien-ket-http.mdx',
      10,
      /^liên kết «http:\/\/dichvucong\.gov\.vn\/» dùng http:\/\/ không mã hóa.*Viết https:\/\//,
    ],
    ['units/demo/news/lien-ket-tu-dong-http.md', 10, /^liên kết «http:\/\/dichvucong\.gov\.vn\/» dùng http:\/\//],
    [
      'units/demo/news/anh-data.mdx',
      10,
      /^ảnh «data:image\/svg\+xml;base64,.*» chứa thẳng dữ liệu trong địa chỉ \(«data:»\)/,
    ],
    ['units/demo/news/anh-srcset.mdx', 10, /^thẻ <img> không được có thuộc tính «srcset»/],
    ['units/demo/news/svg-lien-ket.mdx', 10, /^có thẻ <svg>: hình vẽ viết thẳng trong bài/],
    ['units/demo/news/details-ontoggle.mdx', 10, /^có thuộc tính «ontoggle» chạy mã khi người đọc thao tác/],
    ['units/demo/news/the-viet-hoa.md', 10, /^có thẻ <script>/],
    ['units/demo/news/style-phu-trang.mdx', 10, /^có thuộc tính «style»: nội dung không được tự đặt kiểu trình bày/],
    ['units/demo/news/form-gui-di.md', 10, /^có thẻ <form>: nội dung không được có biểu mẫu gửi dữ liệu đi nơi khác/],
  ])('%s (an attack) is refused at line %i, and only for that: %s', (file, line, message) => {
    expect(at(file)).toEqual([
      { file: `content/${file}`, field: '(nội dung bài)', line, message: expect.stringMatching(message) },
    ]);
  });

  it('refuses a chart whose values are expressions, at its line', () => {
    expect(at('units/demo/news/bieu-do-bieu-thuc.mdx')).toContainEqual(
      expect.objectContaining({
        line: 10,
        message: expect.stringMatching(/^thuộc tính «bieuDo» có giá trị là biểu thức/),
      }),
    );
  });

  it('refuses a source written with http://', () => {
    expect(at('units/demo/news/nguon-http.mdx')).toEqual([
      expect.objectContaining({
        field: 'sources[1].url',
        message: expect.stringMatching(/bắt đầu bằng https:\/\/ \(http:\/\/ không mã hóa/),
      }),
    ]);
  });

  it('refuses a source on a host outside the allow-list, at the line of its field', () => {
    expect(at('units/demo/news/nguon-ngoai.mdx')).toEqual([
      expect.objectContaining({
        field: 'sources[1].url',
        line: 10,
        message: expect.stringContaining('«tai-lieu.example.com»'),
      }),
    ]);
  });

  it('refuses an image over the size limit, saying its size and the limit', () => {
    expect(at('units/demo/news/anh-qua-lon.png')).toEqual([
      {
        file: 'content/units/demo/news/anh-qua-lon.png',
        field: '(tệp ảnh)',
        message:
          'ảnh «anh-qua-lon.png» nặng 505 kB, quá giới hạn 500 kB. Thu nhỏ ảnh còn rộng tối đa khoảng 1600 điểm ảnh (px) và lưu lại dạng JPEG hoặc WebP (chất lượng khoảng 80%).',
      },
    ]);
  });

  it('prints the line with the problem', () => {
    expect(formatProblems(at('units/demo/news/bam-vao-day.mdx'))).toContain(
      '  • Trường «(nội dung bài)», dòng 12: liên kết «Bấm vào đây!» không nói nó dẫn tới đâu.',
    );
  });
});
