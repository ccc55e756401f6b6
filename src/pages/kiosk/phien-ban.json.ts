// The small file screens poll to learn that a new build is on the server.
import type { APIRoute } from 'astro';
import { BUILD_ID } from '../../data/build-id.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ version: BUILD_ID }), { headers: { 'Content-Type': 'application/json' } });
