// Debian's Chromium, as every browser run here starts it (tests, measurements): no sandbox (containers run
// as root), and none of the background traffic a closed network refuses.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
