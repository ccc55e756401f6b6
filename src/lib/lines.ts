// Line numbers of offsets in a text, for messages that point at a line. The text's line starts are found
// once and each offset's line by a binary search, so that a file with many findings is not scanned again
// from its start for each one (the text last asked about is remembered).

let lastText: string | undefined;
let lastStarts: number[] = [];

/** Where each line of a text starts. */
function lineStarts(text: string): number[] {
  if (text !== lastText) {
    lastStarts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lastStarts.push(at + 1);
    lastText = text;
  }
  return lastStarts;
}

/** 1-based line of an offset in a text. */
export function lineAt(text: string, index: number): number {
  const starts = lineStarts(text);
  let [low, high] = [0, starts.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((starts[middle] ?? 0) <= index) low = middle + 1;
    else high = middle;
  }
  return Math.max(low, 1);
}
