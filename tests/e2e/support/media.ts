// Small media files made at test time, in the browser itself: a WebM video recorded from a canvas,
// a WebM (Opus) sound recorded from an oscillator. Nothing is downloaded, nothing is committed.
import type { Page } from '@playwright/test';

export async function recordClip(page: Page, kind: 'video' | 'audio'): Promise<Buffer> {
  await page.goto('');
  const bytes = await page.evaluate(async (kind) => {
    let stream: MediaStream;
    let draw: () => void = () => undefined;
    if (kind === 'video') {
      const canvas = document.createElement('canvas');
      canvas.width = 160;
      canvas.height = 90;
      const ctx = canvas.getContext('2d');
      let i = 0;
      draw = () => {
        if (!ctx) return;
        ctx.fillStyle = i++ % 2 ? '#9b1c1c' : '#0b4f9c';
        ctx.fillRect(0, 0, 160, 90);
      };
      stream = canvas.captureStream(10);
    } else {
      const audio = new AudioContext();
      const tone = audio.createOscillator();
      const out = audio.createMediaStreamDestination();
      tone.connect(out);
      tone.start();
      stream = out.stream;
    }
    const recorder = new MediaRecorder(stream, { mimeType: kind === 'video' ? 'video/webm' : 'audio/webm' });
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    recorder.start(100);
    for (let i = 0; i < 15; i++) {
      draw();
      await new Promise((r) => setTimeout(r, 100));
    }
    const stopped = new Promise((r) => (recorder.onstop = r));
    recorder.stop();
    await stopped;
    return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
  }, kind);
  return Buffer.from(bytes);
}

/** Serves `body` for requests matching `pattern`, and records when they happen. */
export async function serveMedia(
  page: Page,
  pattern: string,
  body: Buffer | string,
  contentType: string,
): Promise<string[]> {
  const requests: string[] = [];
  await page.route(pattern, (route) => {
    requests.push(route.request().url());
    return route.fulfill({ body, contentType });
  });
  return requests;
}
