// Build-time only: every file under public/ (published as it is, the web editor's media folder public/tep/
// included) and under content/ (images beside the entries) against the allow-list of src/lib/published-types.ts,
// by what its bytes are, not by its name (file-type for binaries, the SVG allow-list, WebVTT), and its size.
// Links (symlinks) are refused wherever they are, never followed and never read: a link could publish a file
// of the build machine, and a message quoting it would print it. `npm run check` and the build run this first.
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromFile } from 'file-type';
import type { ContentProblem } from '../lib/content-errors.ts';
import {
  bytesProblem,
  captionsProblem,
  folderProblem,
  linkProblem,
  notTextProblem,
  notWordProblem,
  publishedTypeOf,
  shownName,
  sizeProblem,
  specialFileProblem,
  wordStreamName,
  type Place,
} from '../lib/published-types.ts';
import { svgProblem } from '../lib/svg-safety.ts';
import { rasterImage } from './content-lint.ts';

const field = '(tệp)';

/** The field a link's problem names: nothing may be read in a tree that holds one (isLinkProblem). */
const linkField = '(liên kết)';
export const isLinkProblem = (p: ContentProblem) => p.field === linkField;

/** Raster images under content/ have their size checked by the content lint already (heavyImageProblems). */
const sizeCheckedElsewhere = (place: Place, name: string) => place === 'content' && rasterImage.test(name);

/** UTF-8 text of a file, or undefined when its bytes are not UTF-8. */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The type file-type finds in a file's bytes; undefined for text, unknown or broken bytes (never a crash). */
async function detectedType(path: string): Promise<string | undefined> {
  try {
    return (await fileTypeFromFile(path))?.ext;
  } catch {
    return undefined;
  }
}

/** Whether a Word 97–2003 file's bytes hold Word's own stream (its name in UTF-16LE, in the directory). */
async function holdsWordStream(path: string): Promise<boolean> {
  const bytes = await readFile(path);
  return bytes.includes(Buffer.from(wordStreamName, 'utf16le'));
}

/** Why one regular file may not be published, or undefined. */
async function fileProblem(path: string, name: string, place: Place): Promise<string | undefined> {
  const type = publishedTypeOf(name, place);
  if (typeof type === 'string') return type;
  if (type.check === 'content') return undefined;
  const { size } = await lstat(path);
  const heavy = sizeCheckedElsewhere(place, name) ? undefined : sizeProblem(name, type, size);
  if (heavy) return heavy;
  if (type.check === 'bytes') {
    const detected = await detectedType(path);
    const wrong = bytesProblem(name, type, detected);
    if (wrong) return wrong;
    return detected === 'cfb' && !(await holdsWordStream(path)) ? notWordProblem(name) : undefined;
  }
  // SVG and captions are text, read whole: their size is capped above.
  const text = utf8(await readFile(path));
  if (text === undefined) return notTextProblem(name, type);
  if (type.check === 'captions') return captionsProblem(name, text);
  const problem = svgProblem(text);
  return problem && `ảnh SVG «${shownName(name)}» ${problem}`;
}

/** Entries of a folder, or none when it does not exist. */
async function entriesOf(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every problem under one folder; `shown`: how messages name it ('public', 'content/units'). */
async function folderProblems(dir: string, shown: string, place: Place): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const entries = (await entriesOf(dir)).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const file = `${shown}/${shownName(entry.name)}`;
    // Dirent comes from lstat: a link is seen as a link, whatever it points to.
    if (entry.isSymbolicLink()) problems.push({ file, field: linkField, message: linkProblem(entry.name) });
    else if (entry.isDirectory()) {
      const hidden = folderProblem(entry.name);
      if (hidden) problems.push({ file, field: '(thư mục)', message: hidden });
      else problems.push(...(await folderProblems(path, file, place)));
    } else if (!entry.isFile()) problems.push({ file, field, message: specialFileProblem(entry.name) });
    else {
      const message = await fileProblem(path, entry.name, place);
      if (message) problems.push({ file, field, message });
    }
  }
  return problems;
}

/** The problems of a whole folder, content/ or public/, which may itself be a link a commit put there. */
async function rootProblems(dir: string, place: Place): Promise<ContentProblem[]> {
  const linked = await lstat(dir).then(
    (stat) => stat.isSymbolicLink(),
    () => false,
  );
  if (linked) return [{ file: place, field: linkField, message: linkProblem(place) }];
  return folderProblems(dir, place, place);
}

/** Every file under content/ and public/ that may not be published, each with what to do. */
export async function publishedFileProblems(contentDir: string, publicDir: string): Promise<ContentProblem[]> {
  return [...(await rootProblems(publicDir, 'public')), ...(await rootProblems(contentDir, 'content'))];
}
