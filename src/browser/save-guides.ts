// «Lưu các hướng dẫn để xem khi mất mạng» on /thu-tuc/: shows the download's size before anything is fetched,
// then the progress («Đã lưu 12/40») and the result. The service worker does the saving
// (src/integrations/saved-guides-worker.ts); with no worker (no JavaScript, a browser without one, or a phone
// that asks to save data) the control stays hidden, since nothing could open the guides offline.
import { savedGuidesMessage, savedGuidesText, type SavedGuidesStatus } from '../lib/offline-guides.ts';

export async function enableSaveGuides(doc: Document): Promise<void> {
  const box = doc.querySelector<HTMLElement>('[data-save-guides]');
  const button = box?.querySelector('button');
  const line = box?.querySelector<HTMLElement>('[data-save-guides-status]');
  if (!box || !button || !line || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  container.addEventListener('message', (event: MessageEvent<(SavedGuidesStatus & { type?: string }) | null>) => {
    if (event.data?.type !== savedGuidesMessage) return;
    const { action, progress } = savedGuidesText(event.data);
    // The button goes while saving and once all is kept: the focus moves to the line that says why.
    if (!action && doc.activeElement === button) line.focus();
    button.hidden = !action;
    button.textContent = action ?? '';
    line.textContent = progress;
    box.hidden = false;
  });
  container.startMessages();
  const worker = (await container.ready).active;
  button.addEventListener('click', () => worker?.postMessage({ type: savedGuidesMessage, save: true }));
  worker?.postMessage({ type: savedGuidesMessage });
}
