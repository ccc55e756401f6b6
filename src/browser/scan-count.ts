// Sends the scan event a QR landing page was built with, once, unless the reader's browser asks not to
// be tracked.
import { optedOut, type ScanRequest } from '../lib/scan-count.ts';

export function countScan(doc: Document): void {
  const config = doc.getElementById('quet-ma');
  if (!config?.textContent || optedOut(navigator as Navigator & { globalPrivacyControl?: boolean })) return;
  const request = JSON.parse(config.textContent) as ScanRequest;
  // keepalive lets a retired code's forward happen without losing the count; a failure costs the reader nothing.
  fetch(request.url, {
    method: 'POST',
    body: request.body,
    headers: { 'Content-Type': request.contentType },
    keepalive: true,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  }).catch(() => undefined);
}
