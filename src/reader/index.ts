// The one content reader (see ARCHITECTURE.md): content files → entries {id, file, data, body}, and
// Markdown/MDX → syntax trees, parsed by the parser the site renders with.
export { imagePath, kindFiles, readEntries, readFile, type Entry } from './entries.ts';
export { isMarkdownFile, parseHtml, parseMarkdown, type HtmlNode, type MarkdownRoot } from '../lib/markdown.ts';
export { readFileText } from './file-text.ts';
export { ContentSyntaxError, readContentFile, type ContentFile } from './read-file.ts';
export { contentLoader } from './loader.ts';
export { unitFiguresLoader } from './unit-figures-loader.ts';
