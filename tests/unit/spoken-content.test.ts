// The wording run over the real content: every news item and campaign article of every unit (what bulletins
// are made from), every FAQ answer, and every figure of the units' metrics as the site formats it. No digit may be left in what the broadcaster reads, and in the
// bulletin sources no parenthesis, link, Markdown mark or unexplained abbreviation either.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatFigure, type Amount } from '../../src/lib/figures.ts';
import { frontmatterOf, parseMarkdown } from '../../src/lib/markdown.ts';
import { readableParagraphs } from '../../src/lib/mdast.ts';
import { speakText, toSpokenScript, unexplainedAbbreviations } from '../../src/lib/spoken/index.ts';

const contentRoot = join(import.meta.dirname, '../../content');

function filesIn(folderNames: string[]): string[] {
  return readdirSync(contentRoot, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.mdx?$/.test(path) && folderNames.includes(basename(dirname(path))))
    .map((path) => join(contentRoot, path))
    .sort();
}

/** A file's readable text: its title and summary (frontmatter) and its body paragraphs. */
function textOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const { tree } = parseMarkdown(file, source);
  const frontmatter = frontmatterOf(tree)?.yaml ?? '';
  const data = parse(frontmatter) as { title?: string; summary?: string; question?: string };
  return [data.title, data.question, data.summary, ...readableParagraphs(tree)].filter(
    (text): text is string => typeof text === 'string',
  );
}

const bulletinSources = filesIn(['news', 'campaigns']);
const answers = filesIn(['faq']);

describe('the real content read aloud', () => {
  it('finds the content', () => {
    expect(bulletinSources.length).toBeGreaterThanOrEqual(18);
    expect(answers.length).toBeGreaterThanOrEqual(20);
  });

  // Every figure as it stands in the content (a word holding a digit, with its punctuation), said alone.
  const figures = [
    ...new Set([...bulletinSources, ...answers].flatMap(textOf).flatMap((t) => t.match(/\S*\d\S*/g) ?? [])),
  ];
  it(`says every one of the ${figures.length} figures written in it without a digit`, () => {
    expect(figures.length).toBeGreaterThan(120);
    const left = figures.map((figure) => [figure, speakText(figure)]).filter(([, spoken]) => /\d/.test(spoken ?? ''));
    expect(left).toEqual([]);
  });

  it.each(bulletinSources.map((file) => [file.slice(contentRoot.length + 1), file]))(
    '%s becomes a script with nothing a listener cannot follow',
    (_name, file) => {
      const script = toSpokenScript(textOf(file));
      expect(script.length).toBeGreaterThan(2);
      const text = script.join('\n');
      expect(text).not.toMatch(/\d/);
      expect(text).not.toMatch(/[()[\]*_`%/]|https?:|www\./);
      expect(unexplainedAbbreviations(text)).toEqual([]);
      for (const paragraph of script) expect(paragraph).toMatch(/^\P{Ll}.*[.!?:]$/u);
      // A script (or an editor's hand-written one) passed through again comes out unchanged.
      expect(toSpokenScript(script)).toEqual(script);
    },
  );

  it.each(answers.map((file) => [file.slice(contentRoot.length + 1), file]))('%s is said with no digit', (_n, file) => {
    expect(toSpokenScript(textOf(file)).join('\n')).not.toMatch(/\d/);
  });

  const metrics = readdirSync(contentRoot, { recursive: true, encoding: 'utf8' })
    .filter((path) => /(^|\/)metrics\/[^/]+\.json$/.test(path))
    .flatMap((path) => (JSON.parse(readFileSync(join(contentRoot, path), 'utf8')) as { figures: Amount[] }).figures);
  it(`says each of the ${metrics.length} metrics figures, as the site writes it, without a digit`, () => {
    expect(metrics.length).toBeGreaterThan(30);
    const spoken = metrics.map((amount) => speakText(formatFigure(amount)));
    expect(spoken.filter((text) => /\d/.test(text))).toEqual([]);
    expect(spoken).toContain('chín mươi tám phẩy ba mươi chín phần trăm');
    expect(spoken).toContain('hai trăm tám mươi sáu phẩy chín mươi tám ki-lô-mét vuông');
    expect(spoken).toContain('khoảng bảy mươi mốt nghìn người');
    expect(spoken).toContain('từ một trăm hai mươi lăm đến một trăm ba mươi người');
  });
});
