// A weak mobile link made at the server (scripts/static-server.ts): every response waits one round trip before
// its first byte, then shares one downlink of a fixed speed with every other response under way, in small
// packets served in turn. Chromium's own network emulation covers a page's requests but not its service
// worker's, so `npm run first-screen` slows the server instead, and both meet the same link.

export interface LinkProfile {
  /** Round trip, ms: the wait before a response's first byte. */
  readonly latencyMs: number;
  /** Downlink speed, bytes per second, shared by every response. */
  readonly bytesPerSecond: number;
}

/** The weak 3G link the project measures on (as scripts/search-measure.ts): 400 ms, 400 kbit/s down. */
export const weak3g: LinkProfile = { latencyMs: 400, bytesPerSecond: 50_000 };

/** The size of one packet on the link: a TCP segment's payload. */
export const PACKET_BYTES = 1460;

/** «400 ms, 400 kbit/s xuống»: a profile in words. */
export const describeLink = (link: LinkProfile): string =>
  `${link.latencyMs} ms mỗi lượt đi về, ${(link.bytesPerSecond * 8) / 1000} kbit/s chiều xuống`;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export class SlowLink {
  readonly profile: LinkProfile;
  /** When the downlink has sent everything handed to it so far (Date.now() time). */
  private freeAt = 0;

  constructor(profile: LinkProfile) {
    this.profile = profile;
  }

  /** Resolves after one round trip: when a request's answer may start. */
  roundTrip(): Promise<void> {
    return wait(this.profile.latencyMs);
  }

  /**
   * Resolves when the link has carried `bytes` more, after whatever it already carries: concurrent responses
   * that send packet by packet take turns, and share the speed between them.
   */
  send(bytes: number): Promise<void> {
    const now = Date.now();
    this.freeAt = Math.max(now, this.freeAt) + (bytes * 1000) / this.profile.bytesPerSecond;
    return wait(this.freeAt - now);
  }
}
