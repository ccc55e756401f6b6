// The feedback form on /phan-hoi/. Keeps a draft in the browser (topic and message only, personal numbers
// removed, for at most a week), takes ID, insurance and phone numbers out of the message before it is kept or
// sent and says so, and sends to the unit's endpoint; without one, opens email, or copies the text for Zalo
// or the national portal. A draft is gone once the text is sent or handed over: the PC may be shared.
import {
  composeFeedback,
  draftFromStorage,
  draftToStore,
  mailtoHref,
  redactFeedback,
  redactionNotice,
  sensitiveKinds,
  type Feedback,
  type SensitiveKind,
} from '../lib/feedback.ts';

const DRAFT = 'nq57-phan-hoi';

const storage = {
  read: (): string | null => {
    try {
      return localStorage.getItem(DRAFT);
    } catch {
      return null;
    }
  },
  write: (text: string): void => {
    try {
      localStorage.setItem(DRAFT, text);
    } catch {
      // Storage may be refused (private browsing): the form still works.
    }
  },
  clear: (): void => {
    try {
      localStorage.removeItem(DRAFT);
    } catch {
      // Nothing was kept.
    }
  },
};

export function enableFeedbackForm(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-feedback]');
  const status = doc.querySelector<HTMLElement>('[data-feedback-status]');
  if (!form || !status) return;
  const { endpoint, email, zalo, subject = '' } = form.dataset;
  const field = (name: keyof Feedback) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;
  const read = (): Feedback => ({
    topic: field('topic').value,
    message: field('message').value,
    contact: field('contact').value,
  });
  const counter = doc.querySelector<HTMLElement>('[data-feedback-count]');

  const saved = draftFromStorage(storage.read(), Date.now());
  if (saved) {
    field('topic').value = saved.topic;
    field('message').value = saved.message;
    status.textContent = 'Đã khôi phục ý kiến bạn đang viết dở.';
  } else {
    // Stale, broken or from an older page (which kept the contact): never shown, and gone from the PC.
    storage.clear();
  }
  const count = () => {
    if (counter) counter.textContent = `${field('message').value.length}/${field('message').maxLength} ký tự`;
  };
  // The draft never holds the contact or a personal number, whatever is on screen while the resident types.
  const keep = () => {
    const { topic, message } = read();
    if (message.trim() === '') storage.clear();
    else storage.write(draftToStore({ topic, message }, Date.now()));
  };
  // What was taken out of this message so far, said again with the outcome of sending it.
  const removedKinds = new Set<SensitiveKind>();
  let removedNote = '';
  /** Takes personal numbers out of the fields on screen too, and tells the resident what went and why. */
  const redactOnScreen = () => {
    const { feedback, removed } = redactFeedback(read());
    if (removed.length === 0) return;
    field('message').value = feedback.message;
    field('contact').value = feedback.contact;
    for (const kind of removed) removedKinds.add(kind);
    removedNote = redactionNotice(sensitiveKinds.filter((k) => removedKinds.has(k)));
    status.textContent = removedNote;
    count();
  };
  form.addEventListener('input', () => {
    count();
    keep();
  });
  // When the resident leaves a field: the numbers go from the screen as well, said once, not on every key.
  form.addEventListener('change', () => {
    redactOnScreen();
    keep();
  });
  count();

  const showProblems = (problems: Partial<Record<keyof Feedback, string>>) => {
    for (const key of ['topic', 'message', 'contact'] as const) {
      const box = doc.getElementById(`loi-${key}`);
      const input = field(key);
      if (box) box.textContent = problems[key] ?? '';
      input.setAttribute('aria-invalid', String(Boolean(problems[key])));
    }
    const first = (['topic', 'message', 'contact'] as const).find((k) => problems[k]);
    if (first) field(first).focus();
  };

  /** The text has left this page (sent, or handed to email, Zalo or the clipboard): nothing of it stays. */
  const handedOver = (text: string) => {
    removedKinds.clear();
    removedNote = '';
    storage.clear();
    form.reset();
    count();
    status.textContent = text;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    redactOnScreen();
    const notice = removedNote ? `${removedNote} ` : '';
    const composed = composeFeedback(read(), doc.location.href, subject);
    if (!composed.ok) {
      showProblems(composed.problems);
      status.textContent = `${notice}Ý kiến chưa gửi được: xem các dòng báo lỗi ở trên.`;
      return;
    }
    showProblems({});
    const { text } = composed;
    if (endpoint) {
      status.textContent = `${notice}Đang gửi…`;
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ subject: composed.subject, text }),
        });
        if (!response.ok) throw new Error(String(response.status));
        handedOver(`${notice}Đã gửi ý kiến. Cảm ơn bạn!`);
      } catch {
        keep();
        status.textContent = `${notice}Chưa gửi được (mạng yếu hoặc máy chủ bận). Ý kiến vẫn được giữ ở đây; hãy bấm Gửi lại sau.`;
      }
      return;
    }
    if (email) {
      handedOver(
        `${notice}Đã mở ứng dụng thư với nội dung điền sẵn và xóa ý kiến khỏi trang này. Hãy bấm Gửi trong ứng dụng thư.`,
      );
      doc.location.href = mailtoHref(email, composed.subject, text);
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      handedOver(
        notice +
          (zalo
            ? 'Đã sao chép ý kiến và xóa khỏi trang này. Trang Zalo của đơn vị sẽ mở: hãy dán nội dung vào tin nhắn và gửi.'
            : 'Đã sao chép ý kiến và xóa khỏi trang này. Hãy dán vào mục Phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia (liên kết ở trên).'),
      );
      if (zalo) doc.location.href = zalo;
    } catch {
      status.textContent = `${notice}Hãy chép lại ý kiến của bạn và gửi qua một trong các kênh ở trên.`;
    }
  });
}
