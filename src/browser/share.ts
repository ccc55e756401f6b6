// Share and copy-link buttons (components/common/ShareLinks.astro).

export function enableShare(doc: Document): void {
  const native = doc.querySelector<HTMLButtonElement>('[data-share-native]');
  const copy = doc.querySelector<HTMLButtonElement>('[data-share-copy]');
  const status = doc.querySelector<HTMLElement>('[data-share-status]');
  if (!native || !copy || !status) return;
  const url = doc.location.href.split('#')[0] ?? doc.location.href;
  if (typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ title: doc.title, url }).catch(() => undefined);
    });
  }
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Đã sao chép liên kết.';
    } catch {
      status.textContent = `Chưa sao chép được. Liên kết: ${url}`;
    }
  });
  copy.hidden = false;
}
