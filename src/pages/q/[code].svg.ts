// The QR image of an issued code, as SVG (for print shops), made at build with the qrcode package.
import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { qrCodePaths } from '../../data/site.ts';
import { qrAddress, qrSvg } from '../../lib/qr.ts';

export function getStaticPaths() {
  return qrCodePaths();
}

export const GET: APIRoute = async ({ props, site }) => {
  const { entry } = props as { entry: CollectionEntry<'qr'> };
  const svg = await qrSvg(qrAddress(site?.origin ?? '', import.meta.env.BASE_URL, entry.id));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
