// What a kind of content declares, once, in the registry (src/schemas/index.ts): where its files live, its
// schema (field names and help texts included), how `npm run new` names and fills a new file, what its body
// must hold, what it links to and whether it can be a draft. The check, the build, the web editor and
// `npm run new` all read these declarations; none keeps its own list.
import type { z } from 'astro/zod';
import type { Reference } from '../lib/content-references.ts';
import type { ImageFn } from './image.ts';
import { withDraft } from './common.ts';

/** One kilobyte, for the size limits. */
export const kB = 1024;
/** The largest size limit of any kind: what a file read without its kind may weigh. */
export const MAX_CONTENT_BYTES = 300 * kB;

export interface CollectionSpec<S extends z.ZodType = z.ZodType> {
  /** What editors call it, in Vietnamese. */
  label: string;
  /**
   * The largest file of this kind, in bytes, checked before the file is read (at most MAX_CONTENT_BYTES).
   * Real files are a few kB; the limit leaves room for long ones and stops a paste gone wrong.
   */
  maxBytes: number;
  /** Glob patterns under content/, for the given unit. */
  patterns: (unit: string) => string[];
  /** The entry id: the file name without extension, or (unit profiles) the unit's folder. */
  idFrom: 'file' | 'folder';
  /** How a new file of this kind is written (the web editor and `npm run new` both write this). */
  extension: 'md' | 'mdx' | 'yaml' | 'json';
  /** The field that names an entry (in lists, and the title of a new one); none: the file name does. */
  titleField?: string;
  /**
   * The kind's schema; every kind but the unit profile also takes `draft` (see `withDraft` in common.ts).
   * `timeZone`: the unit's (its profile's), for rules about «today»; kinds that need none ignore it.
   * Each field's short Vietnamese name is its `.meta({ title })`, its help text its `.describe()`.
   */
  schema: (image: ImageFn, timeZone?: string) => S;
  /**
   * A file of this kind can be a draft (`draft: true`): never published, checked only as a reminder. Only the
   * unit profile cannot: every page is built from it, so it is always checked in full.
   */
  drafts: boolean;
  /** What editors type for it in `npm run new`, Vietnamese without diacritics; the first is shown in lists. */
  aliases: string[];
  /** Kinds made of variants: the variants `npm run new` also takes by their own name («phat-thanh»). */
  variantAliases?: string[];
  /** Kinds made of variants: the one a new file is when the editor names none (else the schema's first). */
  newVariant?: string;
  /** The file is named after an existing procedure guide (content/shared/procedures/<id>.yaml). */
  namesProcedure?: boolean;
  /** Checks across an entry's own fields that a schema cannot express. */
  rules?: (data: z.infer<S>) => { field: string; message: string }[];
  /**
   * For Markdown kinds: what the body must hold, given the entry's data and the body's text as readers get it
   * (read off its syntax tree: no frontmatter, markup, comments; trimmed); a message when it does not.
   */
  body?: (data: z.infer<S>, text: string) => string | undefined;
  /** For Markdown kinds: the help under the web editor's body box. */
  bodyHint?: string;
  /** For Markdown kinds: what `npm run new` writes in a new file's body (of the variant made), to be replaced. */
  bodyTemplate?: (variant: string) => string;
  /** Fields that name another entry: the check reports a name no entry has, the web editor offers a list. */
  links?: Omit<Reference, 'from'>[];
}

/** A registry entry: a kind that can be a draft unless it says `drafts: false`, its schema then taking `draft`. */
export function spec<S extends z.ZodType>(
  s: Omit<CollectionSpec<S>, 'drafts'> & { drafts?: false },
): CollectionSpec<S> {
  const drafts = s.drafts ?? true;
  return { ...s, drafts, schema: drafts ? (image, timeZone) => withDraft(s.schema(image, timeZone)) : s.schema };
}
