// The feedback form on /phan-hoi/. Keeps the draft in the browser until it is sent, removes citizen
// IDs, and sends to the unit's endpoint; without one, opens email, or copies the text for Zalo or
// the national portal.
import { composeFeedback, feedbackProblems, mailtoHref, type Feedback } from '../lib/feedback.ts';

const DRAFT = 'nq57-phan-hoi';

export function enableFeedbackForm(doc: Document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-feedback]');
  const status = doc.querySelector<HTMLElement>('[data-feedback-status]');
  if (!form || !status) return;
  const { endpoint, email, zalo, subject } = form.dataset;
  const field = (name: keyof Feedback) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;
  const read = (): Feedback => ({
    topic: field('topic').value,
    message: field('message').value,
    contact: field('contact').value,
  });
  const counter = doc.querySelector<HTMLElement>('[data-feedback-count]');

  const saved = (() => {
    try {
      return JSON.parse(localStorage.getItem(DRAFT) ?? 'null') as Feedback | null;
    } catch {
      return null;
    }
  })();
  if (saved) {
    for (const key of ['topic', 'message', 'contact'] as const) field(key).value = saved[key] ?? '';
    status.textContent = 'Đã khôi phục ý kiến bạn đang viết dở.';
  }
  const update = () => {
    if (counter) counter.textContent = `${field('message').value.length}/${field('message').maxLength} ký tự`;
    try {
      localStorage.setItem(DRAFT, JSON.stringify(read()));
    } catch {
      // Storage may be refused (private browsing): the form still works.
    }
  };
  form.addEventListener('input', update);
  update();

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

  const done = (text: string) => {
    localStorage.removeItem(DRAFT);
    form.reset();
    update();
    status.textContent = text;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const feedback = read();
    const problems = feedbackProblems(feedback);
    showProblems(problems);
    if (Object.keys(problems).length > 0) {
      status.textContent = 'Ý kiến chưa gửi được: xem các dòng báo lỗi ở trên.';
      return;
    }
    const text = composeFeedback(feedback, doc.location.href);
    if (endpoint) {
      status.textContent = 'Đang gửi…';
      try {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ subject, text }),
        });
        if (!response.ok) throw new Error(String(response.status));
        done('Đã gửi ý kiến. Cảm ơn bạn!');
      } catch {
        status.textContent =
          'Chưa gửi được (mạng yếu hoặc máy chủ bận). Ý kiến vẫn được giữ ở đây; hãy bấm Gửi lại sau.';
      }
      return;
    }
    if (email) {
      doc.location.href = mailtoHref(email, subject ?? 'Ý kiến', text);
      status.textContent = 'Đã mở ứng dụng thư với nội dung điền sẵn. Hãy bấm Gửi trong ứng dụng thư.';
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = zalo
        ? 'Đã sao chép ý kiến. Trang Zalo của đơn vị sẽ mở: hãy dán nội dung vào tin nhắn và gửi.'
        : 'Đã sao chép ý kiến. Hãy dán vào mục Phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia (liên kết ở trên).';
      if (zalo) doc.location.href = zalo;
    } catch {
      status.textContent = 'Hãy chép lại ý kiến của bạn và gửi qua một trong các kênh ở trên.';
    }
  });
}
