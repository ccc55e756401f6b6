import { describe, expect, it } from 'vitest';
import {
  composeFeedback,
  CONTACT_MAX,
  DRAFT_MAX_AGE_MS,
  draftFromStorage,
  draftToStore,
  FEEDBACK_MAX,
  feedbackProblems,
  feedbackSubject,
  mailtoHref,
  REDACTED,
  REDACTED_ID,
  redactFeedback,
  redactionNotice,
  redactPersonalNumbers,
  SUBJECT_MAX,
} from '../../src/lib/feedback.ts';

describe('redactPersonalNumbers', () => {
  it.each([
    // Citizen IDs: 12 digits, as printed or typed in groups; the old 9-digit CMND.
    ['Số CCCD của tôi là 031200001234', `Số CCCD của tôi là ${REDACTED.id}`],
    ['CCCD 031 200 001 234, xin trả lời', `CCCD ${REDACTED.id}, xin trả lời`],
    ['số 031.200.001.234.', `số ${REDACTED.id}.`],
    ['031-200-001-234', REDACTED.id],
    ['CCCD031200001234', `CCCD${REDACTED.id}`],
    ['CMND cũ 031234567 đã hết hạn', `CMND cũ ${REDACTED.id} đã hết hạn`],
    // Health insurance: the 15-character BHYT card number, however spaced, and the 10-digit mã số BHXH.
    ['thẻ BHYT GD4797932195781 hết hạn', `thẻ BHYT ${REDACTED.insurance} hết hạn`],
    ['mã thẻ gd 4 79 7932195781.', `mã thẻ ${REDACTED.insurance}.`],
    ['HS-4-31-3112345678', REDACTED.insurance],
    ['mã số BHXH 3112345678', `mã số BHXH ${REDACTED.insurance}`],
    // Phones: mobiles, landlines, +84, with spaces, dots, dashes and brackets.
    ['gọi tôi 0912345678 3 lần không được', `gọi tôi ${REDACTED.phone} 3 lần không được`],
    ['0912 345 678', REDACTED.phone],
    ['0912.345.678', REDACTED.phone],
    ['091-234-5678', REDACTED.phone],
    ['+84 912 345 678', REDACTED.phone],
    ['+84912345678', REDACTED.phone],
    ['(+84) 912.345.678', REDACTED.phone],
    ['0084912345678', REDACTED.phone],
    ['84912345678', REDACTED.phone],
    ['Gọi 0225 3842 123', `Gọi ${REDACTED.phone}`],
    ['(0225) 3842123', REDACTED.phone],
    ['024 3825 1234', REDACTED.phone],
    ['sđt:0353123456', `sđt:${REDACTED.phone}`],
  ])('%s', (text, out) => {
    expect(redactPersonalNumbers(text).text).toBe(out);
  });

  it.each([
    'Năm 2025, 9.096 hồ sơ',
    'mã 1.001193',
    'thủ tục 1.001193.000.00.00.H23',
    '1234567890123',
    '1.500.000.000 đồng',
    '150.000.000 đồng',
    'ngày 12/03/2025 lúc 08:05',
    'số nhà 12, ngõ 345, tổ 7',
    '12345678',
    'mẫu TK1-TS, điều 13',
  ])('leaves %s alone', (text) => {
    expect(redactPersonalNumbers(text)).toEqual({ text, removed: [] });
  });

  it('says which kinds it removed, each once, in a fixed order', () => {
    expect(redactPersonalNumbers('0912345678, 0987654321, CCCD 031200001234, GD4797932195781').removed).toEqual([
      'id',
      'insurance',
      'phone',
    ]);
  });

  it('keeps the kinds it is not asked to remove, and a phone number is never read as an insurance number', () => {
    expect(redactPersonalNumbers('0912345678 hoặc 031200001234', ['id', 'insurance'])).toEqual({
      text: `0912345678 hoặc ${REDACTED.id}`,
      removed: ['id'],
    });
  });

  it('answers at once on a long run of digits', () => {
    const start = performance.now();
    redactPersonalNumbers('1.2-3 '.repeat(2000) + '9'.repeat(5000));
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('redactionNotice', () => {
  it('says politely what was removed and why, in Vietnamese', () => {
    expect(redactionNotice([])).toBe('');
    expect(redactionNotice(['phone'])).toBe(
      'Để giữ an toàn thông tin cá nhân của bạn, trang đã xóa số điện thoại khỏi ý kiến. Cán bộ sẽ hỏi lại khi cần; số điện thoại để liên hệ, xin ghi ở ô «Cách liên hệ lại với bạn».',
    );
    expect(redactionNotice(['id', 'insurance', 'phone'])).toContain(
      'đã xóa số căn cước (số định danh cá nhân), số thẻ bảo hiểm y tế, mã số bảo hiểm xã hội và số điện thoại khỏi ý kiến.',
    );
  });
});

describe('redactFeedback', () => {
  it('removes every personal number from the message, and only ID and insurance numbers from the contact', () => {
    expect(
      redactFeedback({
        topic: 'thu-tuc',
        message: 'Gọi 0912345678, thẻ GD4797932195781',
        contact: '0987654321, CCCD 031200001234',
      }),
    ).toEqual({
      feedback: {
        topic: 'thu-tuc',
        message: `Gọi ${REDACTED.phone}, thẻ ${REDACTED.insurance}`,
        contact: `0987654321, CCCD ${REDACTED.id}`,
      },
      removed: ['id', 'insurance', 'phone'],
    });
  });
});

describe('feedbackProblems', () => {
  const ok = { topic: 'thu-tuc', message: 'Xin hỏi giờ nhận hồ sơ buổi chiều.', contact: '' };
  it('accepts a complete message', () => {
    expect(feedbackProblems(ok)).toEqual({});
  });
  it('names each problem in Vietnamese', () => {
    expect(feedbackProblems({ topic: '', message: 'ngắn', contact: 'x'.repeat(121) })).toEqual({
      topic: 'Hãy chọn nội dung ý kiến.',
      message: 'Hãy viết ý kiến của bạn (ít nhất 10 ký tự).',
      contact: 'Thông tin liên hệ quá 120 ký tự.',
    });
    expect(feedbackProblems({ ...ok, message: 'a'.repeat(FEEDBACK_MAX + 1) }).message).toBe(
      'Ý kiến dài 1001 ký tự, quá giới hạn 1000 ký tự. Hãy rút gọn.',
    );
  });
  it('takes only the topics on the list, not an inherited name', () => {
    for (const topic of ['toString', '__proto__', 'constructor', 'THU-TUC'])
      expect(feedbackProblems({ ...ok, topic }).topic).toBe('Hãy chọn nội dung ý kiến.');
  });
});

describe('composeFeedback', () => {
  const subject = feedbackSubject('Ủy ban nhân dân phường Hồng Bàng');
  it('labels the topic, removes personal numbers, and says where it was sent from', () => {
    expect(
      composeFeedback(
        { topic: 'dich-vu-cong', message: ' CCCD 031200001234 không đăng nhập được ', contact: '' },
        'https://x.vn/phan-hoi/',
        subject,
      ),
    ).toEqual({
      ok: true,
      subject: 'Ý kiến gửi Ủy ban nhân dân phường Hồng Bàng',
      text: `Nội dung: Dịch vụ công trực tuyến, VNeID\n\nCCCD ${REDACTED_ID} không đăng nhập được\n\nLiên hệ: không để lại\nGửi từ: https://x.vn/phan-hoi/`,
      removed: ['id'],
    });
  });
  it('sends the contact’s phone number as given', () => {
    const sent = composeFeedback(
      { topic: 'khac', message: 'Xin hỏi lịch tiêm chủng tháng này.', contact: '0912 345 678' },
      'https://x.vn/phan-hoi/',
      subject,
    );
    expect(sent.ok && sent.text).toContain('Liên hệ: 0912 345 678');
  });
  it('refuses what the form’s limits would have stopped: a form can be bypassed', () => {
    const page = 'https://x.vn/phan-hoi/';
    const message = 'Xin hỏi giờ nhận hồ sơ buổi chiều.';
    expect(
      composeFeedback({ topic: 'khac', message: 'a'.repeat(FEEDBACK_MAX + 1), contact: '' }, page, subject),
    ).toEqual({ ok: false, problems: { message: 'Ý kiến dài 1001 ký tự, quá giới hạn 1000 ký tự. Hãy rút gọn.' } });
    expect(composeFeedback({ topic: 'khac', message, contact: 'x'.repeat(CONTACT_MAX + 1) }, page, subject).ok).toBe(
      false,
    );
    expect(composeFeedback({ topic: 'hack', message, contact: '' }, page, subject).ok).toBe(false);
    // A message at the limit that grows past it as numbers are replaced by their longer placeholder.
    const full = `${'a'.repeat(FEEDBACK_MAX - 10)}0912345678`;
    expect(composeFeedback({ topic: 'khac', message: full, contact: '' }, page, subject).ok).toBe(false);
  });
  it('keeps the subject on one line and within its limit', () => {
    const sent = composeFeedback(
      { topic: 'khac', message: 'Xin hỏi lịch tiêm chủng tháng này.', contact: '' },
      'https://x.vn/',
      `Ý kiến\r\nBcc: a@b.vn ${'x'.repeat(500)}`,
    );
    expect(sent.ok && sent.subject).toMatch(/^Ý kiến Bcc: a@b\.vn x+$/);
    expect(sent.ok && sent.subject.length).toBe(SUBJECT_MAX);
    expect(feedbackSubject(`A\n${'b'.repeat(500)}`).length).toBe(SUBJECT_MAX);
  });
  it('builds a mailto link with the text encoded', () => {
    expect(mailtoHref('a@b.vn', 'Ý kiến', 'Dòng 1\nDòng 2')).toBe(
      'mailto:a@b.vn?subject=%C3%9D%20ki%E1%BA%BFn&body=D%C3%B2ng%201%0AD%C3%B2ng%202',
    );
  });
});

describe('drafts', () => {
  const now = Date.parse('2026-11-23T02:00:00Z');
  const day = 24 * 60 * 60 * 1000;

  it('keeps the topic and the message, stamped, with personal numbers removed and never the contact', () => {
    const stored = draftToStore({ topic: 'thu-tuc', message: 'Gọi 0912345678, CCCD 031200001234' }, now);
    expect(JSON.parse(stored)).toEqual({
      savedAt: now,
      topic: 'thu-tuc',
      message: `Gọi ${REDACTED.phone}, CCCD ${REDACTED.id}`,
    });
    const withContact = { topic: 'thu-tuc', message: 'Ý kiến', contact: '0912345678' };
    expect(draftToStore(withContact, now)).not.toContain('contact');
  });

  it('gives a draft back for seven days, then never again', () => {
    const stored = draftToStore({ topic: 'khac', message: 'Xin hỏi giờ làm việc.' }, now);
    expect(draftFromStorage(stored, now + 6 * day)).toEqual({ topic: 'khac', message: 'Xin hỏi giờ làm việc.' });
    expect(draftFromStorage(stored, now + DRAFT_MAX_AGE_MS)).not.toBeNull();
    expect(draftFromStorage(stored, now + DRAFT_MAX_AGE_MS + 1)).toBeNull();
    expect(draftFromStorage(stored, now + 8 * day)).toBeNull();
    // Stamped in the future (a PC clock set back by more than a day): not trusted either.
    expect(draftFromStorage(stored, now - 2 * day)).toBeNull();
  });

  it('throws away drafts of an older page (no time, a contact kept) and anything malformed', () => {
    const old = JSON.stringify({ topic: 'thu-tuc', message: 'CCCD 031200001234', contact: '0912345678' });
    for (const raw of [
      null,
      '',
      'not json',
      'null',
      '42',
      '[]',
      old,
      JSON.stringify({ savedAt: 'hôm qua', message: 'x' }),
      JSON.stringify({ savedAt: now, message: 42 }),
      JSON.stringify({ savedAt: now, message: '   ' }),
      JSON.stringify({ savedAt: Number.NaN, message: 'x' }),
      JSON.stringify({ savedAt: now, message: 'x'.repeat(10_000) }),
    ])
      expect(draftFromStorage(raw, now), String(raw).slice(0, 40)).toBeNull();
  });

  it('redacts and cuts a draft written by hand, and drops a topic not on the list', () => {
    const raw = JSON.stringify({ savedAt: now, topic: 'hack', message: `CCCD 031200001234 ${'a'.repeat(1500)}` });
    const draft = draftFromStorage(raw, now);
    expect(draft?.topic).toBe('');
    expect(draft?.message.startsWith(`CCCD ${REDACTED.id} a`)).toBe(true);
    expect(draft?.message.length).toBe(FEEDBACK_MAX);
  });
});
