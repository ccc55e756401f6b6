// Residents' feedback (Thông tin phản hồi): what may be sent, and how it reads when it arrives.

export const FEEDBACK_MAX = 1000;
export const CONTACT_MAX = 120;

export const feedbackTopics = {
  'thu-tuc': 'Thủ tục hành chính',
  'dich-vu-cong': 'Dịch vụ công trực tuyến, VNeID',
  'doi-song': 'Đời sống, hạ tầng, môi trường',
  'chuyen-trang': 'Góp ý về chuyên trang này',
  khac: 'Ý kiến khác',
} as const;

export type FeedbackTopic = keyof typeof feedbackTopics;

export interface Feedback {
  topic: string;
  message: string;
  contact: string;
}

export const REDACTED_ID = '[đã xóa số định danh]';

/** Removes anything that looks like a 12-digit citizen ID, even typed with spaces, dots or dashes. */
export function redactCitizenIds(text: string): string {
  return text.replace(/(?<!\d)\d(?:[ .-]?\d){11}(?![ .-]?\d)/g, REDACTED_ID);
}

/** Problems with what the resident typed, by field, in Vietnamese; empty when it can be sent. */
export function feedbackProblems(f: Feedback): Partial<Record<keyof Feedback, string>> {
  const problems: Partial<Record<keyof Feedback, string>> = {};
  if (!(f.topic in feedbackTopics)) problems.topic = 'Hãy chọn nội dung ý kiến.';
  const length = f.message.trim().length;
  if (length < 10) problems.message = 'Hãy viết ý kiến của bạn (ít nhất 10 ký tự).';
  else if (length > FEEDBACK_MAX)
    problems.message = `Ý kiến dài ${length} ký tự, quá giới hạn ${FEEDBACK_MAX} ký tự. Hãy rút gọn.`;
  if (f.contact.trim().length > CONTACT_MAX) problems.contact = `Thông tin liên hệ quá ${CONTACT_MAX} ký tự.`;
  return problems;
}

/** The text that reaches the unit: topic, message and contact, with citizen IDs removed. */
export function composeFeedback(f: Feedback, page: string): string {
  const topic = feedbackTopics[f.topic as FeedbackTopic] ?? f.topic;
  const contact = f.contact.trim() ? redactCitizenIds(f.contact.trim()) : 'không để lại';
  return [
    `Nội dung: ${topic}`,
    '',
    redactCitizenIds(f.message.trim()),
    '',
    `Liên hệ: ${contact}`,
    `Gửi từ: ${page}`,
  ].join('\n');
}

export function mailtoHref(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
