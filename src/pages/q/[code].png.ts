// The QR image of an issued code, as PNG (for documents and messages), made at build.
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { qrCodePaths } from '../../data/site.ts';
import { qrAddress, qrPng } from '../../lib/qr.ts';

export function getStaticPaths() {
  return qrCodePaths();
}

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: CollectionEntry<'qr'> };
  const png = await qrPng(qrAddress(site?.origin ?? '', import.meta.env.BASE_URL, entry.id));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
