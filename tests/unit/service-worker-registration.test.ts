// The registration written into every page (src/lib/inline-scripts.ts), run over a fake browser: the worker
// under the base path once the page has loaded, and none at all when the phone asks to save data (so nothing is
// ever fetched ahead then); and the line on which the worker saves the guides ahead unasked.
import { describe, expect, it } from 'vitest';
import { serviceWorkerRegistration } from '../../src/lib/inline-scripts.ts';
import { unmeteredFast } from '../../src/lib/offline-guides.ts';

/** Runs the script as a page would, up to its load event, and returns the addresses it registered. */
function registered(connection: object | undefined): string[] {
  const urls: string[] = [];
  let onLoad: (() => void) | undefined;
  const navigator = {
    connection,
    serviceWorker: {
      register: (url: string) => {
        urls.push(url);
        return Promise.resolve();
      },
    },
  };
  const addEventListener = (type: string, listener: () => void) => {
    if (type === 'load') onLoad = listener;
  };
  new Function('navigator', 'addEventListener', serviceWorkerRegistration('/nq57/'))(navigator, addEventListener);
  expect(urls).toEqual([]);
  onLoad?.();
  return urls;
}

describe('serviceWorkerRegistration', () => {
  it('registers the worker under the base path once the page has loaded', () => {
    expect(registered(undefined)).toEqual(['/nq57/sw.js']);
    expect(registered({ type: 'cellular', effectiveType: '3g', saveData: false })).toEqual(['/nq57/sw.js']);
  });

  it('registers nothing when the phone asks to save data', () => {
    expect(registered({ type: 'wifi', effectiveType: '4g', saveData: true })).toEqual([]);
  });
});

describe('unmeteredFast', () => {
  it.each([
    [{ type: 'wifi', effectiveType: '4g', saveData: false }, true],
    [{ type: 'ethernet', effectiveType: '4g' }, true],
    [{ type: 'wifi', effectiveType: '4g', saveData: true }, false],
    [{ type: 'cellular', effectiveType: '4g', saveData: false }, false],
    [{ type: 'wifi', effectiveType: '3g', saveData: false }, false],
    [{ effectiveType: '4g', saveData: false }, false],
    [undefined, false],
  ])('line %j: guides saved ahead %s', (line, ahead) => {
    expect(unmeteredFast(line)).toBe(ahead);
  });

  it('is written out whole, as the service worker prints it', () => {
    const printed = new Function(`return (${unmeteredFast.toString()})`)() as typeof unmeteredFast;
    expect(printed({ type: 'wifi', effectiveType: '4g' })).toBe(true);
    expect(printed({ type: 'cellular', effectiveType: '4g' })).toBe(false);
  });
});
