// Scripts for reading aloud: Resolution 57 named in full once, document numbers, the abbreviation table,
// parentheses and links taken out, long sentences split where the sense allows, and the reading time.
import { overrideParagraphs } from '../../src/lib/spoken/bulletin.ts';
import { describe, expect, it } from 'vitest';
import {
  WORDS_PER_MINUTE,
  countSyllables,
  durationText,
  readingTime,
  speakText,
  toSpokenScript,
  unexplainedAbbreviations,
} from '../../src/lib/spoken/index.ts';

describe('Resolution 57', () => {
  it('is named with its issuer on first mention and shortly after', () => {
    const [first, second] = toSpokenScript(['Phường triển khai NQ57.', 'Nghị quyết 57 giúp người dân.']);
    expect(first).toBe('Phường triển khai Nghị quyết năm mươi bảy của Bộ Chính trị.');
    expect(second).toBe('Nghị quyết năm mươi bảy giúp người dân.');
  });
  it('reads every written form the content uses', () => {
    for (const written of [
      'NQ57',
      'NQ 57',
      'Nghị quyết 57',
      'Nghị quyết số 57-NQ/TW',
      'Nghị quyết 57 NQ/TW',
      '57-NQ/TW',
    ]) {
      expect(speakText(`Về ${written}.`)).toBe('Về Nghị quyết năm mươi bảy của Bộ Chính trị.');
    }
  });
  it('keeps a written date and issuer in place without naming the issuer twice', () => {
    expect(speakText('Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá')).toBe(
      'Nghị quyết năm mươi bảy ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi tư của Bộ Chính trị về đột phá',
    );
  });
  it('adds no second «của» and names it in full at the next mention', () => {
    const [first, second] = toSpokenScript(['Tuyên truyền Nghị quyết 57 của phường.', 'Nghị quyết 57 là gì?']);
    expect(first).toBe('Tuyên truyền Nghị quyết năm mươi bảy của phường.');
    expect(second).toBe('Nghị quyết năm mươi bảy của Bộ Chính trị là gì?');
  });
  it('leaves out a «của Bộ Chính trị» written after a later mention, and keeps it with a written date', () => {
    expect(
      toSpokenScript(['Về NQ57.', 'Nghị quyết số 57-NQ/TW của Bộ Chính trị và Quyết định số 1169/QĐ-TTg.']),
    ).toEqual([
      'Về Nghị quyết năm mươi bảy của Bộ Chính trị.',
      'Nghị quyết năm mươi bảy và Quyết định số một nghìn một trăm sáu mươi chín của Thủ tướng Chính phủ.',
    ]);
    expect(toSpokenScript(['Về NQ57.', 'Nghị quyết 57 ngày 22/12/2024 của Bộ Chính trị.'])[1]).toBe(
      'Nghị quyết năm mươi bảy ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi tư của Bộ Chính trị.',
    );
  });
  it('leaves a mention already in words as written, counting it as the first when it names the issuer', () => {
    const named = new Set<string>();
    expect(speakText('Nghị quyết năm mươi bảy giúp người dân.', named)).toBe('Nghị quyết năm mươi bảy giúp người dân.');
    expect(speakText('Theo NQ57.', named)).toBe('Theo Nghị quyết năm mươi bảy của Bộ Chính trị.');
    const told = new Set<string>();
    expect(speakText('Nghị quyết năm mươi bảy của Bộ Chính trị ra đời.', told)).toContain('của Bộ Chính trị');
    expect(speakText('Theo NQ57.', told)).toBe('Theo Nghị quyết năm mươi bảy.');
  });
  it('names it once across the items of a bulletin that share one set', () => {
    const named = new Set<string>();
    expect(toSpokenScript(['Tin một về NQ57.'], { named })[0]).toContain('của Bộ Chính trị');
    expect(toSpokenScript(['Tin hai về NQ57.'], { named })[0]).toBe('Tin hai về Nghị quyết năm mươi bảy.');
  });
});

describe('document numbers', () => {
  it('reads the number and leaves the filing code out', () => {
    expect(speakText('Kế hoạch số 192/KH-UBND ngày 08/8/2025')).toBe(
      'Kế hoạch số một trăm chín mươi hai ngày mồng tám tháng tám năm hai nghìn không trăm hai mươi lăm',
    );
    expect(speakText('theo Kế hoạch 192/KH-UBND')).toBe('theo Kế hoạch số một trăm chín mươi hai');
  });
  it('names an issuer the code gives and the sentence does not', () => {
    expect(speakText('Nghị quyết số 71/NQ-CP và Chỉ thị số 33/CT-TTg')).toBe(
      'Nghị quyết số bảy mươi mốt của Chính phủ và Chỉ thị số ba mươi ba của Thủ tướng Chính phủ',
    );
    expect(speakText('Thủ tướng Chính phủ ban hành Quyết định số 1169/QĐ-TTg phê duyệt')).toBe(
      'Thủ tướng Chính phủ ban hành Quyết định số một nghìn một trăm sáu mươi chín phê duyệt',
    );
    expect(speakText('Thông tư số 08/2025/TT-BTP ngày 12/6/2025 của Bộ trưởng Bộ Tư pháp')).toBe(
      'Thông tư số tám ngày mười hai tháng sáu năm hai nghìn không trăm hai mươi lăm của Bộ trưởng Bộ Tư pháp',
    );
  });
});

describe('abbreviations', () => {
  it('says the ones of the table in full', () => {
    expect(speakText('UBND phường và HĐND thành phố')).toBe('Ủy ban nhân dân phường và Hội đồng nhân dân thành phố');
    expect(speakText('Lợi ích của KHCN, ĐMST và CĐS')).toBe(
      'Lợi ích của khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    );
    expect(speakText('Giải quyết TTHC và cấp thẻ BHYT')).toBe('Giải quyết thủ tục hành chính và cấp thẻ bảo hiểm y tế');
    expect(speakText('Bản tin Zalo OA của phường')).toBe('Bản tin Zalo chính thức của phường');
  });
  it('does not repeat one the text already spells out', () => {
    expect(speakText('ứng dụng trí tuệ nhân tạo (AI) trong công việc')).toBe(
      'ứng dụng trí tuệ nhân tạo trong công việc',
    );
    expect(speakText('làm bằng công nghệ trí tuệ nhân tạo – AI')).toBe('làm bằng công nghệ trí tuệ nhân tạo');
    expect(speakText('Hội đồng nhân dân (HĐND) thành phố')).toBe('Hội đồng nhân dân thành phố');
  });
  it('explains a name kept as written once', () => {
    expect(toSpokenScript(['Có 31 sản phẩm OCOP trên sàn.', 'Sản phẩm OCOP bán chạy.'])).toEqual([
      'Có ba mươi mốt sản phẩm OCOP, tức Chương trình Mỗi xã một sản phẩm, trên sàn.',
      'Sản phẩm OCOP bán chạy.',
    ]);
  });
  it('lists what a listener would hear as bare letters', () => {
    expect(unexplainedAbbreviations('Sở TTTT, UBND, mã QR và ứng dụng VNeID')).toEqual(['TTTT', 'UBND']);
    expect(unexplainedAbbreviations(speakText('UBND phường'))).toEqual([]);
  });
});

describe('what cannot be read aloud', () => {
  it('turns parentheses into a clause, or drops a bare section number', () => {
    expect(speakText('thu hút 500 người (ước tính theo thôn) tham gia')).toBe(
      'thu hút năm trăm người, ước tính theo thôn, tham gia',
    );
    expect(speakText('đạt 99,09% (9.013 hồ sơ).')).toBe(
      'đạt chín mươi chín phẩy không chín phần trăm, chín nghìn không trăm mười ba hồ sơ.',
    );
    expect(speakText('Nhóm nội dung đầu tiên (1.1) của Kế hoạch')).toBe('Nhóm nội dung đầu tiên của Kế hoạch');
    expect(speakText('số liệu (theo báo cáo (năm 2025)) mới')).toBe(
      'số liệu, theo báo cáo, năm hai nghìn không trăm hai mươi lăm, mới',
    );
  });
  it('drops addresses and the words that introduce them, keeps a link’s text', () => {
    expect(speakText('Mở chuyên mục tại địa chỉ hongbang.haiphong.gov.vn, kết hợp chuyên mục cũ.')).toBe(
      'Mở chuyên mục, kết hợp chuyên mục cũ.',
    );
    expect(speakText('Xem https://example.org/a?b=1 hoặc hỏi qua hotro@phuong.gov.vn.')).toBe('Xem hoặc hỏi qua.');
    expect(toSpokenScript(['https://example.org/', 'Còn lại.'])).toEqual(['Còn lại.']);
  });
  it('drops ellipses, keeps quotation marks, says «&» as «và»', () => {
    expect(speakText('14 màn hình «Bình dân học vụ số», Zalo, Facebook… và Văn hóa & Thể thao')).toBe(
      'mười bốn màn hình «Bình dân học vụ số», Zalo, Facebook và Văn hóa và Thể thao',
    );
  });
});

describe('short sentences', () => {
  it('leaves a short sentence whole, capitalised and closed', () => {
    expect(toSpokenScript(['các tổ đã cài đặt hơn 2.000 thiết bị;'])).toEqual([
      'Các tổ đã cài đặt hơn hai nghìn thiết bị.',
    ]);
  });
  it('opens an ordered list item with its ordinal', () => {
    expect(toSpokenScript(['2. Thông tin tuyên truyền: bài viết, video clip.'])).toEqual([
      'Thứ hai, Thông tin tuyên truyền: bài viết, video clip.',
    ]);
  });
  it('keeps a colon that announces the list read next', () => {
    expect(toSpokenScript(['Theo báo cáo của phường:'])).toEqual(['Theo báo cáo của phường:']);
  });
  it('splits a long sentence at a semicolon, keeping each part a sentence', () => {
    const [script] = toSpokenScript([
      'Báo cáo nêu hạ tầng mạng ở một số khu vực còn yếu và chậm; nhiều máy tính của các cơ quan đã 3–10 năm tuổi; hai đảo tách biệt về địa lý.',
    ]);
    expect(script).toBe(
      'Báo cáo nêu hạ tầng mạng ở một số khu vực còn yếu và chậm. Nhiều máy tính của các cơ quan đã từ ba đến mười năm tuổi; hai đảo tách biệt về địa lý.',
    );
  });
  it('splits at a colon and keeps it, so the announcement still reads as one', () => {
    const [script] = toSpokenScript([
      'Kế hoạch số 192/KH-UBND của thành phố nêu rõ: với người dân, việc cần hướng dẫn là tiếp cận dịch vụ công trực tuyến, thanh toán số.',
    ]);
    expect(script).toBe(
      'Kế hoạch số một trăm chín mươi hai của thành phố nêu rõ: Với người dân, việc cần hướng dẫn là tiếp cận dịch vụ công trực tuyến, thanh toán số.',
    );
  });
  it('splits before a clause opener, and bridges a result clause with «Qua đó»', () => {
    expect(
      toSpokenScript([
        'Trung tâm Phục vụ hành chính công đặc khu tiếp nhận 9.096 hồ sơ, trong đó 9.013 hồ sơ nộp trực tuyến.',
      ])[0],
    ).toBe(
      'Trung tâm Phục vụ hành chính công đặc khu tiếp nhận chín nghìn không trăm chín mươi sáu hồ sơ. Trong đó chín nghìn không trăm mười ba hồ sơ nộp trực tuyến.',
    );
    expect(
      toSpokenScript([
        'Phường tổ chức Hội nghị Doanh nghiệp với chuyên đề về chuyển đổi số, giúp các hộ kinh doanh nhỏ trên địa bàn làm quen với thanh toán số và hóa đơn điện tử.',
      ])[0],
    ).toBe(
      'Phường tổ chức Hội nghị Doanh nghiệp với chuyên đề về chuyển đổi số. Qua đó, giúp các hộ kinh doanh nhỏ trên địa bàn làm quen với thanh toán số và hóa đơn điện tử.',
    );
  });
  it('never splits at a bare comma, which would leave a list or an opening phrase on its own', () => {
    const sentence =
      'Theo báo cáo của Ủy ban nhân dân đặc khu Cát Hải, Trung tâm Văn hóa, Thông tin và Thể thao phát trên hai trăm lượt chuyên mục về chuyển đổi số.';
    expect(toSpokenScript([sentence])).toEqual([sentence]);
  });
  it('honours a tighter limit', () => {
    const text = 'Phường có bảy mươi tổ với nhiều thành viên; các tổ hướng dẫn người dân dùng dịch vụ công.';
    expect(toSpokenScript([text])).toEqual([
      'Phường có bảy mươi tổ với nhiều thành viên; các tổ hướng dẫn người dân dùng dịch vụ công.',
    ]);
    expect(toSpokenScript([text], { maxSyllables: 10 })).toEqual([
      'Phường có bảy mươi tổ với nhiều thành viên. Các tổ hướng dẫn người dân dùng dịch vụ công.',
    ]);
  });
});

describe('reading time', () => {
  it(`reads ${WORDS_PER_MINUTE} syllables a minute by default`, () => {
    const text = Array.from({ length: WORDS_PER_MINUTE }, () => 'tiếng').join(' ');
    expect(readingTime(text)).toEqual({ words: WORDS_PER_MINUTE, seconds: 60 });
    expect(readingTime([text, text], 180)).toEqual({ words: 2 * WORDS_PER_MINUTE, seconds: 107 });
  });
  it('counts syllables, each part of a hyphenated loan word included, punctuation not', () => {
    expect(countSyllables('hai trăm ki-lô-mét vuông, – hết.')).toBe(7);
  });
  it('refuses a rate that is not positive', () => {
    expect(() => readingTime('một', 0)).toThrow(RangeError);
  });
  it('says a duration to the nearest five seconds', () => {
    expect([0, 44, 120, 153, 299].map(durationText)).toEqual([
      '5 giây',
      '45 giây',
      '2 phút',
      '2 phút 35 giây',
      '5 phút',
    ]);
  });
});

describe('an editor’s own script', () => {
  it('is one paragraph a line, any Markdown in it read by the parser: a link keeps its text, marks go', () => {
    expect(
      overrideParagraphs(
        'Nộp qua [Cổng Dịch vụ công quốc gia](https://dichvucong.gov.vn/p/home).\n\n  **14 màn hình** mới  \n',
      ),
    ).toEqual(['Nộp qua Cổng Dịch vụ công quốc gia.', '14 màn hình mới']);
  });
});
