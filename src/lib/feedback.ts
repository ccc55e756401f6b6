// Residents' feedback (Thông tin phản hồi): what may be sent, the personal numbers taken out of it before it
// is kept or sent, how long a draft is kept in the browser, and how the text reads when it arrives.

export const FEEDBACK_MAX = 1000;
export const CONTACT_MAX = 120;
/** The subject is the site's own («Ý kiến gửi <committee>»); a longer one is cut, never trusted. */
export const SUBJECT_MAX = 200;
/** A draft older than this is thrown away unread: on a shared PC, the next person must not find it. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

export const feedbackTopics = {
  'thu-tuc': 'Thủ tục hành chính',
  'dich-vu-cong': 'Dịch vụ công trực tuyến, VNeID',
  'doi-song': 'Đời sống, hạ tầng, môi trường',
  'chuyen-trang': 'Góp ý về chuyên trang này',
  khac: 'Ý kiến khác',
} as const;

export type FeedbackTopic = keyof typeof feedbackTopics;

export const isFeedbackTopic = (topic: string): topic is FeedbackTopic => Object.hasOwn(feedbackTopics, topic);

export interface Feedback {
  topic: string;
  message: string;
  contact: string;
}

// Personal numbers a resident may type into a message, and what stands in their place.
// - Số định danh cá nhân (the number on the căn cước card): 12 digits (Luật Căn cước 2023, Điều 12; Nghị định
//   137/2015/NĐ-CP, Điều 13: «dãy số tự nhiên gồm 12 số»). The old chứng minh nhân dân has 9 digits.
// - Mã số thẻ BHYT: 15 characters in four boxes, 2 letters (the kind of insured person, e.g. GD, HS, TE) then
//   1 digit (the benefit level, 1–5), 2 digits (the province) and the person's 10-digit mã số BHXH (Quyết định
//   1351/QĐ-BHXH of 16/11/2015; BHXH Việt Nam, «Ý nghĩa thông tin trong mã số thẻ BHYT», e.g.
//   https://phuyen.baohiemxahoi.gov.vn/tintuc/Pages/hoat-dong-bhxh-viet-nam.aspx?ItemID=4824). The mã số BHXH
//   alone (10 digits, also the mã định danh y tế) is removed too.
// - Phone numbers: mobiles are 0 + 9 digits starting 3, 5, 7, 8 or 9 since the 2018 change from 11 digits;
//   landlines are 0 + 2 + a 1–2 digit area code + the subscriber, 11 digits in all (0225 3842 123), written
//   with spaces, dots, dashes or brackets, or with +84 / 0084 / 84 for the leading 0.
// Amounts with thousands dots (1.500.000.000 đồng) are not numbers of a person: the 9- and 10-digit forms must
// be written without separators, and no number is taken out of a longer run of digits and dots.
export type SensitiveKind = 'id' | 'insurance' | 'phone';
export const sensitiveKinds: readonly SensitiveKind[] = ['id', 'insurance', 'phone'];

export const REDACTED: Readonly<Record<SensitiveKind, string>> = {
  id: '[đã xóa số định danh]',
  insurance: '[đã xóa số bảo hiểm]',
  phone: '[đã xóa số điện thoại]',
};
/** Kept for the tests and messages that name it: the placeholder of a citizen ID. */
export const REDACTED_ID = REDACTED.id;

// A separator a number may be written with: a space, a dot, a dash, or the bracket closing an area code.
const SEP = String.raw`(?:[ .-]|\) ?)?`;
const PHONE_PREFIX = String.raw`(?:\(?(?:\+ ?84|0084|84)\)?[ .-]?|\(?0)`;
const PATTERN = new RegExp(
  [
    // Not inside a longer number or code: no digit right before or after, nor a digit and a dot, comma or dash
    // (1.500.000.000 đồng, the procedure code 1.001193.000.00.00.H23).
    String.raw`(?<!\d|\d[.,-])(?:`,
    String.raw`(?<insurance>(?<!\p{L})[A-Za-z]{2}[ .-]?[1-5](?:[ .-]?\d){12})`,
    `|(?<phone>${PHONE_PREFIX}(?:[35789](?:${SEP}\\d){8}|2(?:${SEP}\\d){9}))`,
    String.raw`|(?<id12>\d(?:[ .-]?\d){11})`,
    String.raw`|(?<bhxh>\d{10})`,
    String.raw`|(?<id9>\d{9})`,
    String.raw`)(?!\d|[.,-]\d)`,
  ].join(''),
  'gu',
);
const kindOf = (groups: Record<string, string | undefined>): SensitiveKind =>
  groups.insurance !== undefined || groups.bhxh !== undefined
    ? 'insurance'
    : groups.phone !== undefined
      ? 'phone'
      : 'id';

export interface Redacted {
  text: string;
  /** What was taken out, each kind once, in the order of `sensitiveKinds`. */
  removed: SensitiveKind[];
}

/**
 * Takes out ID, health-insurance and phone numbers (those of `kinds`), each replaced by a placeholder that says
 * what was there. A number of a kind not asked for stays as written: a contact keeps its phone number.
 */
export function redactPersonalNumbers(text: string, kinds: readonly SensitiveKind[] = sensitiveKinds): Redacted {
  const found = new Set<SensitiveKind>();
  const out = text.replace(PATTERN, (...args: unknown[]) => {
    const match = args[0] as string;
    const kind = kindOf(args.at(-1) as Record<string, string | undefined>);
    if (!kinds.includes(kind)) return match;
    found.add(kind);
    return REDACTED[kind];
  });
  return { text: out, removed: sensitiveKinds.filter((k) => found.has(k)) };
}

/** The polite note that tells the resident what was taken out and why; empty when nothing was. */
export function redactionNotice(removed: readonly SensitiveKind[]): string {
  if (removed.length === 0) return '';
  const names: Record<SensitiveKind, string> = {
    id: 'số căn cước (số định danh cá nhân)',
    insurance: 'số thẻ bảo hiểm y tế, mã số bảo hiểm xã hội',
    phone: 'số điện thoại',
  };
  const list = removed.map((k) => names[k]);
  const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} và ${list.at(-1)}` : list[0];
  return (
    `Để giữ an toàn thông tin cá nhân của bạn, trang đã xóa ${joined} khỏi ý kiến. ` +
    'Cán bộ sẽ hỏi lại khi cần; số điện thoại để liên hệ, xin ghi ở ô «Cách liên hệ lại với bạn».'
  );
}

/** The form's values as they may be kept or sent: the message without any personal number, the contact
 *  without ID or insurance numbers (its phone number is the point of it). */
export function redactFeedback(f: Feedback): { feedback: Feedback; removed: SensitiveKind[] } {
  const message = redactPersonalNumbers(f.message);
  const contact = redactPersonalNumbers(f.contact, ['id', 'insurance']);
  const removed = sensitiveKinds.filter((k) => message.removed.includes(k) || contact.removed.includes(k));
  return { feedback: { topic: f.topic, message: message.text, contact: contact.text }, removed };
}

/** Problems with what the resident typed, by field, in Vietnamese; empty when it can be sent. */
export function feedbackProblems(f: Feedback): Partial<Record<keyof Feedback, string>> {
  const problems: Partial<Record<keyof Feedback, string>> = {};
  if (!isFeedbackTopic(f.topic)) problems.topic = 'Hãy chọn nội dung ý kiến.';
  const length = f.message.trim().length;
  if (length < 10) problems.message = 'Hãy viết ý kiến của bạn (ít nhất 10 ký tự).';
  else if (length > FEEDBACK_MAX)
    problems.message = `Ý kiến dài ${length} ký tự, quá giới hạn ${FEEDBACK_MAX} ký tự. Hãy rút gọn.`;
  if (f.contact.trim().length > CONTACT_MAX) problems.contact = `Thông tin liên hệ quá ${CONTACT_MAX} ký tự.`;
  return problems;
}

/** The subject every message carries: the site's own, on one line, within SUBJECT_MAX. */
export function feedbackSubject(committee: string): string {
  return `Ý kiến gửi ${committee}`.replace(/\s+/g, ' ').trim().slice(0, SUBJECT_MAX);
}

export type ComposedFeedback =
  | { ok: true; subject: string; text: string; removed: SensitiveKind[] }
  | { ok: false; problems: Partial<Record<keyof Feedback, string>> };

/**
 * What reaches the unit: topic, message and contact with personal numbers removed, and the page it came from.
 * Refuses (with the problems by field) a topic not on the list, a message shorter than 10 or longer than
 * FEEDBACK_MAX characters once redacted, a contact longer than CONTACT_MAX: a form's maxlength can be bypassed.
 */
export function composeFeedback(f: Feedback, page: string, subject: string): ComposedFeedback {
  const { feedback, removed } = redactFeedback(f);
  const problems = feedbackProblems(feedback);
  if (Object.keys(problems).length > 0 || !isFeedbackTopic(feedback.topic)) return { ok: false, problems };
  const contact = feedback.contact.trim() || 'không để lại';
  const text = [
    `Nội dung: ${feedbackTopics[feedback.topic]}`,
    '',
    feedback.message.trim(),
    '',
    `Liên hệ: ${contact}`,
    `Gửi từ: ${page.slice(0, 500)}`,
  ].join('\n');
  return { ok: true, subject: subject.replace(/\s+/g, ' ').trim().slice(0, SUBJECT_MAX), text, removed };
}

export function mailtoHref(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A draft as the browser keeps it: never the contact, never a personal number, with the time it was saved. */
export interface FeedbackDraft {
  topic: string;
  message: string;
}

/** The text to store for a draft at `now` (ms since 1970): redacted, cut to the limits, stamped. */
export function draftToStore(f: Pick<Feedback, 'topic' | 'message'>, now: number): string {
  const topic = isFeedbackTopic(f.topic) ? f.topic : '';
  const message = redactPersonalNumbers(f.message).text.slice(0, FEEDBACK_MAX);
  return JSON.stringify({ savedAt: now, topic, message });
}

/**
 * The draft kept in the browser, if there is one still fit to show at `now`: at most DRAFT_MAX_AGE_MS old (a
 * draft stamped more than a day ahead of the clock counts as stale too), of the right shape, redacted again
 * and cut to the limits in case it was written by an older page or by hand. Anything else is null.
 */
export function draftFromStorage(raw: string | null, now: number): FeedbackDraft | null {
  if (!raw || raw.length > 4 * FEEDBACK_MAX + 200) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { savedAt, topic, message } = value as Record<string, unknown>;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return null;
  if (now - savedAt > DRAFT_MAX_AGE_MS || savedAt - now > 24 * 60 * 60 * 1000) return null;
  if (typeof message !== 'string' || message.trim() === '') return null;
  return {
    topic: typeof topic === 'string' && isFeedbackTopic(topic) ? topic : '',
    message: redactPersonalNumbers(message).text.slice(0, FEEDBACK_MAX),
  };
}
