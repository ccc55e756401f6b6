// Turns a video placeholder link into the embedded player when tapped (components/media/VideoPlayer.astro).

export function enableVideoEmbeds(doc: Document): void {
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[data-video-embed]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const frame = doc.createElement('iframe');
      frame.src = link.dataset.videoEmbed ?? '';
      frame.title = `Video: ${link.dataset.videoTitle ?? ''}`;
      frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
      frame.allowFullscreen = true;
      frame.className = 'aspect-video w-full rounded';
      link.replaceWith(frame);
      frame.focus();
    });
  }
}
