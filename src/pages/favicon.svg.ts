// The site's icon: «57» on the site's red, drawn here rather than kept as a file, so every unit and every
// base path has it (and no browser asks for a /favicon.ico that is not there).
import type { APIRoute } from 'astro';

const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#9b1c1c"/><text x="32" y="44" font-family="Arial, sans-serif" font-size="32" font-weight="700" text-anchor="middle" fill="#fff">57</text></svg>`;

export const GET: APIRoute = () => new Response(icon, { headers: { 'Content-Type': 'image/svg+xml' } });
