// The content reader: a kind's files for a unit (from the registry's patterns), each read and parsed once.
// `npm run check`, the build's loaders, the site's configuration and the benchmark all read content here.
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { isDraft } from '../schemas/common.ts';
import { entryId, type CollectionSpec } from '../schemas/index.ts';
import { MAX_CONTENT_BYTES } from '../schemas/kind.ts';
import { contentDir } from '../units.ts';
import { readFileText } from './file-text.ts';
import { ContentSyntaxError, readContentFile, type ContentFile } from './read-file.ts';

/** Outside Astro an image field is checked as a path next to the content file. */
export const imagePath = () =>
  z
    .string()
    .regex(/^\.{1,2}\/[^\s]+\.(jpe?g|png|webp|avif|gif|svg)$/i, 'đường dẫn ảnh đặt cạnh tệp, ví dụ ./anh-bia.jpg')
    .describe('Tệp ảnh đặt cạnh tệp nội dung');

/** A kind's files for one unit: paths relative to content/, sorted. */
export function kindFiles(spec: Pick<CollectionSpec, 'patterns'>, unit: string, dir = contentDir): string[] {
  return spec
    .patterns(unit)
    .flatMap((pattern) => globSync(pattern, { cwd: dir }))
    .sort();
}

/**
 * One file under content/ (path relative to it) of a kind, read within the kind's size limit and parsed;
 * throws ContentSyntaxError, and nothing else, when it cannot be.
 */
export function readFile(
  rel: string,
  dir = contentDir,
  kind: Pick<CollectionSpec, 'maxBytes' | 'label'> = { maxBytes: MAX_CONTENT_BYTES, label: '' },
): ContentFile {
  const file = `content/${rel}`;
  const text = readFileText(join(dir, rel), kind.maxBytes, kind.label || undefined);
  try {
    return readContentFile(file, text);
  } catch (error) {
    if (error instanceof ContentSyntaxError) throw error;
    // A parser failing in a way nobody foresaw: still one message about this file, never a stack trace.
    throw new ContentSyntaxError('không đọc được tệp này: so với tệp mẫu cùng loại và viết lại phần khác thường.');
  }
}

export interface Entry<T = unknown> {
  id: string;
  /** 'content/…' */
  file: string;
  data: T;
  /** The Markdown body ('' for data files). */
  body: string;
}

/**
 * The valid entries of one kind for one unit, read and parsed exactly as the check reads them; drafts and
 * files that do not pass are left out (the check reports them).
 */
export function readEntries<S extends z.ZodType>(
  spec: CollectionSpec<S>,
  unit: string,
  dir = contentDir,
): Entry<z.infer<S>>[] {
  return kindFiles(spec, unit, dir).flatMap((rel) => {
    // Whatever goes wrong with a file (it cannot be read, or its schema throws), the check reports it.
    try {
      const read = readFile(rel, dir, spec);
      if (spec.drafts && isDraft(read.data)) return [];
      const parsed = spec.schema(imagePath).safeParse(read.data);
      return parsed.success
        ? [{ id: entryId(rel, spec.idFrom), file: read.file, data: parsed.data, body: read.body }]
        : [];
    } catch {
      return [];
    }
  });
}
