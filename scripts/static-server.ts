// A plain static file server over a built site, on loopback: for measuring (gzip for text, as a host
// would) and for tests that stop and start it again on the same port (a real network loss and return,
// which the browser's service worker sees too).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

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

export class StaticServer {
  private readonly root: string;
  private readonly base: string;
  private readonly gzip: boolean;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;
  /** The path of every request answered, in order (a test counts what a visit fetched). */
  readonly requests: string[] = [];

  constructor(root: string, options: { base?: string; gzip?: boolean } = {}) {
    this.root = resolve(root);
    this.base = options.base ?? '/';
    this.gzip = options.gzip ?? false;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts on the port it had before (a restart), or on a free one the first time. */
  async start(): Promise<void> {
    const server = createServer((req, res) => {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      this.requests.push(path);
      if (path.startsWith(this.base)) path = `/${path.slice(this.base.length)}`;
      let file = join(this.root, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file.startsWith(this.root + sep) || !existsSync(file)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy');
        return;
      }
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-cache' };
      const body = readFileSync(file);
      if (this.gzip && textual.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        headers['Content-Encoding'] = 'gzip';
        res.writeHead(200, headers).end(gzipSync(body));
      } else res.writeHead(200, headers).end(body);
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

  /** Stops answering at once, dropping open connections. */
  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}
