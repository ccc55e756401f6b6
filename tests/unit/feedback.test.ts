import { describe, expect, it } from 'vitest';
import {
  composeFeedback,
  FEEDBACK_MAX,
  feedbackProblems,
  mailtoHref,
  REDACTED_ID,
  redactCitizenIds,
} from '../../src/lib/feedback.ts';

describe('redactCitizenIds', () => {
  it.each([
    ['Số CCCD của tôi là 031200001234', `Số CCCD của tôi là ${REDACTED_ID}`],
    ['CCCD 031 200 001 234, xin trả lời', `CCCD ${REDACTED_ID}, xin trả lời`],
    ['số 031.200.001.234.', `số ${REDACTED_ID}.`],
    ['031-200-001-234', REDACTED_ID],
  ])('%s', (text, out) => {
    expect(redactCitizenIds(text)).toBe(out);
  });

  it.each(['Gọi 0225 3842 123', 'Năm 2025, 9.096 hồ sơ', 'mã 1.001193', '0912345678', '1234567890123'])(
    'leaves %s alone',
    (text) => {
      expect(redactCitizenIds(text)).toBe(text);
    },
  );
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
});

describe('composeFeedback', () => {
  it('labels the topic, removes IDs, and says where it was sent from', () => {
    expect(
      composeFeedback(
        { topic: 'dich-vu-cong', message: ' CCCD 031200001234 không đăng nhập được ', contact: '' },
        'https://x.vn/phan-hoi/',
      ),
    ).toBe(
      `Nội dung: Dịch vụ công trực tuyến, VNeID\n\nCCCD ${REDACTED_ID} không đăng nhập được\n\nLiên hệ: không để lại\nGửi từ: https://x.vn/phan-hoi/`,
    );
  });
  it('builds a mailto link with the text encoded', () => {
    expect(mailtoHref('a@b.vn', 'Ý kiến', 'Dòng 1\nDòng 2')).toBe(
      'mailto:a@b.vn?subject=%C3%9D%20ki%E1%BA%BFn&body=D%C3%B2ng%201%0AD%C3%B2ng%202',
    );
  });
});
