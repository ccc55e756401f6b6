// The "Tìm nhanh thủ tục" box on /thu-tuc/: narrows the list by field as the reader types.
// Diacritics are optional and d matches đ: both sides are folded the same way.
import { matchScore, normalise } from '../lib/text-match.ts';

export function enableProcedureFilter(doc: Document): void {
  const box = doc.querySelector<HTMLElement>('[data-filter]');
  const input = doc.querySelector<HTMLInputElement>('#loc-thu-tuc');
  const status = doc.querySelector<HTMLElement>('[data-filter-status]');
  const byEvent = doc.querySelector<HTMLElement>('[data-by-event]');
  if (!box || !input || !status || !byEvent) return;
  const groups = [...doc.querySelectorAll<HTMLElement>('[data-by-field] section')];
  const apply = () => {
    const query = input.value;
    const active = normalise(query) !== '';
    byEvent.hidden = active;
    const items = groups.flatMap((g) => [...g.querySelectorAll<HTMLElement>('li[data-filter-text]')]);
    const scores = new Map(items.map((item) => [item, matchScore(item.dataset.filterText ?? '', query)]));
    // Phrase matches, when there are any, hide the looser word matches.
    const needed = [...scores.values()].includes(2) ? 2 : 1;
    let count = 0;
    for (const group of groups) {
      let visible = 0;
      for (const item of group.querySelectorAll<HTMLElement>('li[data-filter-text]')) {
        const show = !active || (scores.get(item) ?? 0) >= needed;
        item.hidden = !show;
        if (show) visible++;
      }
      group.hidden = visible === 0;
      count += visible;
    }
    status.textContent = !active
      ? ''
      : count > 0
        ? `${count} thủ tục khớp với «${query.trim()}».`
        : `Không có thủ tục nào khớp với «${query.trim()}». Thử từ khác, hoặc xem hỏi đáp.`;
  };
  input.addEventListener('input', apply);
  box.hidden = false;
  apply();
}
