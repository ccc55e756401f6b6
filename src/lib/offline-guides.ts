// Which procedure guides a phone saves for use without a network, and how the reader is told: never on a cold
// visit, only when the reader asks («Lưu các hướng dẫn…» on the guides list, src/browser/save-guides.ts) or
// the phone is on an unmetered fast line; the service worker does the saving
// (src/integrations/saved-guides-worker.ts). The common guides first, then the rest by title, up to a bound, so
// that the download stays about half a megabyte however many guides a unit publishes.

/** About 12 kB each over the wire: 60 guides are some 700 kB, once. */
export const maxOfflineGuides = 60;

export function offlineGuides<G extends { id: string; data: { title: string; common?: boolean | undefined } }>(
  guides: readonly G[],
  max = maxOfflineGuides,
): G[] {
  return [...guides]
    .sort(
      (a, b) =>
        Number(Boolean(b.data.common)) - Number(Boolean(a.data.common)) ||
        a.data.title.localeCompare(b.data.title, 'vi'),
    )
    .slice(0, max);
}

/**
 * Whether the phone's line is unmetered and fast, so the guides may be saved ahead unasked: it says it is on
 * Wi-Fi or a cable (not mobile data, which residents pay for by the megabyte) and that the line is fast
 * (effectiveType 4g), and does not ask to save data. A phone that says nothing of its line (every browser but
 * Chrome on Android) is never charged unasked. Printed whole into the service worker: it uses nothing else.
 */
export function unmeteredFast(
  line: { type?: string; effectiveType?: string; saveData?: boolean } | undefined,
): boolean {
  return Boolean(
    line && !line.saveData && (line.type === 'wifi' || line.type === 'ethernet') && line.effectiveType === '4g',
  );
}

/** The message a page and the service worker exchange about the saved guides. */
export const savedGuidesMessage = 'nq57-huong-dan';

/** What the service worker answers: the guides it can save, their size, how many it keeps, how many failed. */
export interface SavedGuidesStatus {
  total: number;
  /** Gzip bytes of the guides and the guides list, as they travel. */
  bytes: number;
  saved: number;
  failed: number;
  saving: boolean;
}

/** «khoảng 180 kB», «khoảng 1,2 MB»: a download's size to two figures, as a reader weighs it before saying yes. */
export function aboutSize(bytes: number): string {
  const kB = bytes / 1000;
  if (kB >= 1000) return `khoảng ${(kB / 1000).toFixed(1).replace('.', ',')} MB`;
  const step = kB >= 100 ? 10 : 1;
  return `khoảng ${Math.max(1, Math.round(kB / step) * step)} kB`;
}

/** What the control on the guides list shows: the button's words (none while saving or when all are kept), and the line under it. */
export function savedGuidesText(status: SavedGuidesStatus): { action: string | undefined; progress: string } {
  const { total, saved, failed, saving } = status;
  const action = `Lưu các hướng dẫn để xem khi mất mạng (${aboutSize(status.bytes)})`;
  if (saving) return { action: undefined, progress: `Đã lưu ${saved}/${total}` };
  if (saved >= total)
    return { action: undefined, progress: `Đã lưu cả ${total} hướng dẫn trên máy này: mở được cả khi mất mạng.` };
  if (failed > 0)
    return {
      action,
      progress: `Đã lưu ${saved}/${total}. Chưa lưu được ${failed} tệp vì mạng bị ngắt: hãy bấm lại khi có mạng.`,
    };
  return { action, progress: saved > 0 ? `Đã lưu ${saved}/${total}` : '' };
}
