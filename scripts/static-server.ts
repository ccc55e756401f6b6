// A plain static file server over a built site, on loopback: for measuring (gzip for text, as a host
// would; optionally over a slow link, counting the bytes of every response) and for tests that stop and
// start it again on the same port (a real network loss and return, which the browser's service worker sees too).
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PACKET_BYTES, type SlowLink } from './lib/slow-link.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.yml': 'text/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const textual = /^(text\/|application\/(json|xml)|image\/svg)/;

/** One response the server gave, while `count` is on. */
export interface Served {
  /** The path asked for, without the query. */
  readonly path: string;
  readonly status: number;
  /** When the request came (Date.now()). */
  readonly at: number;
  /** Bytes written to the connection for it so far: status line, headers and (compressed) body. */
  readonly bytes: number;
}

export interface StaticServerOptions {
  /** The base path the site was built under. */
  base?: string;
  /** Compress text as a host would. */
  gzip?: boolean;
  /** Answer an unknown address with the site's own 404.html (status 404), as the hosts do. */
  sitePage404?: boolean;
  /** Send every response over this link (scripts/lib/slow-link.ts). */
  link?: SlowLink;
  /** Keep a list of what was served (`served`). */
  count?: boolean;
}

export class StaticServer {
  private readonly root: string;
  private readonly base: string;
  private readonly gzip: boolean;
  private readonly sitePage404: boolean;
  private readonly link: SlowLink | undefined;
  private readonly count: boolean;
  /** What was served, in the order the requests came (while `count` is on). */
  readonly served: Served[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(root: string, options: StaticServerOptions = {}) {
    this.root = resolve(root);
    this.base = options.base ?? '/';
    this.gzip = options.gzip ?? false;
    this.sitePage404 = options.sitePage404 ?? false;
    this.link = options.link;
    this.count = options.count ?? false;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts on the port it had before (a restart), or on a free one the first time. */
  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const asked = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const path = asked.startsWith(this.base) ? `/${asked.slice(this.base.length)}` : asked;
      let file = join(this.root, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      let status = 200;
      if (!file.startsWith(this.root + sep) || !existsSync(file)) {
        status = 404;
        file = join(this.root, '404.html');
        if (!this.sitePage404 || !existsSync(file)) {
          void this.send(
            req,
            res,
            asked,
            404,
            { 'Content-Type': 'text/plain; charset=utf-8' },
            Buffer.from('Không tìm thấy'),
          );
          return;
        }
      }
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
      const body = readFileSync(file);
      if (this.gzip && textual.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        headers['Content-Encoding'] = 'gzip';
        void this.send(req, res, asked, status, headers, gzipSync(body));
      } else void this.send(req, res, asked, status, headers, body);
    });
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    const address = server.address();
    if (address && typeof address === 'object') this.port = address.port;
    this.server = server;
  }

  /** Writes one response: at once, or packet by packet over the slow link; counted when `count` is on. */
  private async send(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    status: number,
    headers: OutgoingHttpHeaders,
    body: Buffer,
  ): Promise<void> {
    if (this.count) this.served.push(countBytes(req, res, path, status));
    if (!this.link) {
      res.writeHead(status, headers).end(body);
      return;
    }
    await this.link.roundTrip();
    if (res.destroyed) return;
    res.writeHead(status, headers);
    for (let i = 0; i < body.length; i += PACKET_BYTES) {
      const packet = body.subarray(i, i + PACKET_BYTES);
      await this.link.send(packet.length);
      // The browser gave up on it (a page closed, a request cancelled): the link is free for the others.
      if (res.destroyed) return;
      res.write(packet);
    }
    res.end();
  }

  /** Stops answering at once, dropping open connections. */
  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}

/**
 * A response's bytes on the wire, read from its connection: what the connection had written when the request
 * came, subtracted from what it has written since (a browser sends one request at a time on a connection),
 * frozen once the response is complete or dropped, before the connection carries the next one.
 */
function countBytes(req: IncomingMessage, res: ServerResponse, path: string, status: number): Served {
  const socket = req.socket;
  const before = socket.bytesWritten;
  let final: number | undefined;
  const freeze = () => (final ??= socket.bytesWritten - before);
  res.on('finish', freeze);
  res.on('close', freeze);
  return {
    path,
    status,
    at: Date.now(),
    get bytes() {
      return final ?? socket.bytesWritten - before;
    },
  };
}
