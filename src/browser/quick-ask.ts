// «Hỏi nhanh» on /hoi-dap/: the three best answers from the FAQ and the procedure guides, first from the
// compact index, then the full text (src/browser/search.ts). Loaded when the reader starts on a question.
import { cleanQuery } from '../lib/search-query.ts';
import { searchSite, showHits } from './search.ts';

export { loadQuickIndex } from './search.ts';

/** «Hỏi nhanh» on /hoi-dap/: the three best answers from the FAQ and the procedure guides. */
export async function quickAsk(doc: Document): Promise<void> {
  const input = doc.querySelector<HTMLInputElement>('#cau-hoi');
  const status = doc.querySelector<HTMLElement>('[data-quick-ask-status]');
  const list = doc.querySelector<HTMLElement>('[data-quick-ask-results]');
  if (!input || !status || !list) return;
  const query = cleanQuery(input.value);
  list.replaceChildren();
  if (!query) {
    status.textContent = 'Hãy gõ câu hỏi của bạn, ví dụ «làm giấy khai sinh ở đâu».';
    return;
  }
  status.textContent = 'Đang tìm câu trả lời…';
  let shown = 0;
  try {
    await searchSite(query, 3, { loai: ['Hỏi đáp', 'Thủ tục'] }, (hits, complete) => {
      if (cleanQuery(input.value) !== query) return;
      shown = hits.length;
      showHits(doc, list, hits, complete);
      status.textContent =
        hits.length > 0
          ? `Các câu trả lời gần nhất cho «${query}»:`
          : `Chưa có câu trả lời cho «${query}». Hãy gửi câu hỏi ở trang Thông tin phản hồi.`;
    });
  } catch {
    list.setAttribute('aria-busy', 'false');
    if (shown === 0) status.textContent = 'Chưa tìm được lúc này. Hãy xem các câu hỏi bên dưới.';
  }
}
