import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeLink, SlowLink, weak3g } from '../../scripts/lib/slow-link.ts';
import { StaticServer } from '../../scripts/static-server.ts';

describe('SlowLink', () => {
  afterEach(() => vi.useRealTimers());

  it('makes each answer wait one round trip', async () => {
    vi.useFakeTimers();
    let done = false;
    void new SlowLink({ latencyMs: 400, bytesPerSecond: 1000 }).roundTrip().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(399);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('shares one downlink: what is sent together arrives one after the other', async () => {
    vi.useFakeTimers();
    const link = new SlowLink({ latencyMs: 0, bytesPerSecond: 50_000 });
    const arrived: string[] = [];
    void link.send(50_000).then(() => arrived.push('a'));
    void link.send(25_000).then(() => arrived.push('b'));
    await vi.advanceTimersByTimeAsync(999);
    expect(arrived).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(arrived).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(499);
    expect(arrived).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(arrived).toEqual(['a', 'b']);
    // An idle link does not save up speed for later.
    await vi.advanceTimersByTimeAsync(10_000);
    void link.send(5_000).then(() => arrived.push('c'));
    await vi.advanceTimersByTimeAsync(99);
    expect(arrived).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(arrived).toEqual(['a', 'b', 'c']);
  });

  it('names its profile in words', () => {
    expect(describeLink(weak3g)).toBe('400 ms mỗi lượt đi về, 400 kbit/s chiều xuống');
  });
});

describe('StaticServer counting what it sends', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Trang chủ</title>${'<p>Xin chào</p>'.repeat(500)}`);
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>Không tìm thấy trang</title>');
  // Bytes gzip cannot shrink, sent as they are.
  writeFileSync(join(dir, 'anh.png'), randomBytes(20_000));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** GETs paths one after another on one kept-alive connection; the bytes the client received, and statuses. */
  async function fetchAll(server: StaticServer, paths: string[]) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let received = 0;
    const counted = new WeakSet<object>();
    const statuses: number[] = [];
    for (const path of paths) {
      await new Promise<void>((resolve, reject) => {
        const req = get(`${server.origin}${path}`, { agent, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          statuses.push(res.statusCode ?? 0);
          res.resume();
          res.on('end', resolve);
        });
        req.on('socket', (socket) => {
          if (counted.has(socket)) return;
          counted.add(socket);
          socket.on('data', (chunk: Buffer) => (received += chunk.length));
        });
        req.on('error', reject);
      });
    }
    agent.destroy();
    return { received, statuses };
  }

  const server = new StaticServer(dir, { gzip: true, count: true, sitePage404: true });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('counts every response’s bytes on the wire, headers included, each on its own', async () => {
    const { received, statuses } = await fetchAll(server, ['/', '/anh.png', '/khong-co/']);
    expect(statuses).toEqual([200, 200, 404]);
    expect(server.served.map((s) => [s.path, s.status])).toEqual([
      ['/', 200],
      ['/anh.png', 200],
      ['/khong-co/', 404],
    ]);
    const [page, image] = server.served.map((s) => s.bytes);
    // The page went compressed; the image whole, with its headers.
    expect(page).toBeLessThan(1_000);
    expect(image).toBeGreaterThan(20_000);
    expect(image).toBeLessThan(20_400);
    // Together, exactly what reached the client over the one connection.
    expect(server.served.reduce((sum, s) => sum + s.bytes, 0)).toBe(received);
  });

  it('answers an unknown address with the site’s own 404 page only when asked to', async () => {
    const plain = new StaticServer(dir, { count: true });
    await plain.start();
    try {
      await fetchAll(plain, ['/khong-co/']);
      await fetchAll(server, ['/khong-co/']);
    } finally {
      await plain.stop();
    }
    // «Không tìm thấy» in plain text is far smaller than the page with its headers.
    expect(plain.served[0]?.bytes).toBeLessThan(server.served.at(-1)?.bytes ?? 0);
  });

  it('sends over a slow link no faster than the link allows', async () => {
    const slow = new StaticServer(dir, { count: true, link: new SlowLink({ latencyMs: 200, bytesPerSecond: 40_000 }) });
    await slow.start();
    try {
      const start = Date.now();
      const { received } = await fetchAll(slow, ['/anh.png']);
      // 200 ms round trip, then 20,000 bytes at 40,000 bytes a second: at least 700 ms, however fast the machine.
      expect(Date.now() - start).toBeGreaterThanOrEqual(700);
      expect(slow.served[0]?.bytes).toBe(received);
    } finally {
      await slow.stop();
    }
  });
});
