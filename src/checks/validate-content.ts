// Build-time only: checks every content file of the given units (read by src/reader/) against its
// schema and the rules beyond it, and returns the problems in the editor's language. Used by
// `npm run check` and before every build.
// A draft (`draft: true`) is checked by the same rules, but what it lacks is a reminder, not a problem:
// it is not published, so it never stops the check or the build; nothing else may point to it.
import { existsSync, globSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  fieldLabel,
  formatProblems,
  issuesToProblems,
  problemLine,
  type ContentProblem,
} from '../lib/content-errors.ts';
import { referenceProblems, type LoadedEntry } from '../lib/content-references.ts';
import { visibleText } from '../lib/mdast.ts';
import { sitePaths } from '../lib/site-paths.ts';
import { ContentSyntaxError, imagePath, kindFiles, readFile, readFileText, type ContentFile } from '../reader/index.ts';
import { isDraft } from '../schemas/common.ts';
import { collectionSpecs, entryId, kindReferences } from '../schemas/index.ts';
import type { UnitProfile } from '../schemas/unit.ts';
import { allowedHostsFile, heavyImageProblems, lintEntry, parseAllowedHosts, type LintEntry } from './content-lint.ts';
import { fieldLine } from './field-lines.ts';
import {
  procedureFactProblems,
  publicSourceProblems,
  type FieldProblem,
  type ProcedureFacts,
} from './procedure-facts.ts';
import type { ReviewDate } from './review-dates.ts';
import { isLinkProblem, publishedFileProblems } from './published-files.ts';
import { qrHistoryProblems } from './qr-history.ts';
import { contentDir } from '../units.ts';

/** Why an MDX body cannot be read (the build could not render it either), in the editor's words. */
function mdxProblem(read: ContentFile): ContentProblem | undefined {
  if (!read.mdxError) return undefined;
  return {
    file: read.file,
    field: '(nội dung bài)',
    line: read.mdxError.line,
    message: `viết sai cú pháp MDX: mỗi thẻ <…> phải được đóng (ví dụ <BieuDo bo="…" bieuDo="…" />), ngoặc { } phải đi thành cặp; chữ «<» hay «{» trong câu thì viết \\< hoặc \\{ (${read.mdxError.message}).`,
  };
}

/** Bytes in a file named 'content/…' or 'public/…'; undefined when there is no such file. */
function fileSizeIn(dir: string, publicDir: string): (path: string) => number | undefined {
  return (path) => {
    const [root, ...rest] = path.split('/');
    const base = root === 'content' ? dir : root === 'public' ? publicDir : undefined;
    if (!base) return undefined;
    try {
      const stat = statSync(join(base, ...rest));
      return stat.isFile() ? stat.size : undefined;
    } catch {
      return undefined;
    }
  };
}

/** The allow-list of hosts is a short list: a few kB at most. */
const allowedHostsMaxBytes = 20 * 1024;

/** The external hosts content may link to (beyond …gov.vn), and what is wrong with the list. */
function readAllowedHosts(dir: string): { hosts: Set<string>; problems: ContentProblem[] } {
  const path = join(dir, allowedHostsFile);
  const file = `content/${allowedHostsFile}`;
  if (!existsSync(path)) return { hosts: new Set(), problems: [] };
  let text: string;
  try {
    text = readFileText(path, allowedHostsMaxBytes);
  } catch (error) {
    if (!(error instanceof ContentSyntaxError)) throw error;
    return { hosts: new Set(), problems: [{ file, field: '(toàn bộ tệp)', message: error.message }] };
  }
  const { hosts, problems } = parseAllowedHosts(text);
  return { hosts, problems: problems.map((message) => ({ file, field: '(toàn bộ tệp)', message })) };
}

/** A draft and what it still lacks before it can be published (empty: ready, only `draft` to remove). */
export interface DraftNote {
  file: string;
  missing: ContentProblem[];
}

export interface ContentCheck {
  /** What stops the check and the build. */
  problems: ContentProblem[];
  /** Drafts, each with what it still lacks: a reminder that stops nothing. */
  drafts: DraftNote[];
  /** When each published guide was last checked against its sources (`checkedOn`), for the review reminder. */
  reviews: ReviewDate[];
}

/** The rules between fields (src/checks/procedure-facts.ts) of the kinds they apply to. */
const fieldRules: Partial<Record<string, (data: unknown) => FieldProblem[]>> = {
  procedures: (data) => [...procedureFactProblems(data as ProcedureFacts), ...publicSourceProblems(data)],
  procedureOverrides: (data) => [...procedureFactProblems(data as ProcedureFacts), ...publicSourceProblems(data)],
  faq: publicSourceProblems,
  samples: publicSourceProblems,
};

/** An entry's problems between fields, each with the line of its field (the file is parsed again only then). */
function fieldProblems(kind: string, file: string, raw: string, data: unknown): ContentProblem[] {
  return (fieldRules[kind]?.(data) ?? []).map(({ path, message }) => ({
    file,
    field: fieldLabel(path),
    line: fieldLine(raw, path),
    message,
  }));
}

/** The problems that stop the check and the build (drafts aside). */
export function validateContent(
  units: readonly string[],
  dir = contentDir,
  publicDir = join(dir, '..', 'public'),
): ContentProblem[] {
  return checkContent(units, dir, publicDir).problems;
}

/** How many files may fail unexpectedly before the check stops looking at the rest. */
const MAX_UNEXPECTED = 20;

/** What the check says of a file it failed on in a way nobody foresaw: the file, never the error's text. */
function unexpectedProblem(file: string | undefined, error: unknown): ContentProblem {
  const kind = error instanceof Error ? error.name : typeof error;
  return {
    file: file ?? 'content/',
    field: '(toàn bộ tệp)',
    message: `không kiểm tra được tệp này (lỗi ${kind} khi kiểm tra): so với tệp mẫu cùng loại và viết lại phần khác thường; nếu vẫn lỗi, báo cán bộ kỹ thuật kèm tên tệp.`,
  };
}

/**
 * Every problem and draft of the given units. Whatever goes wrong while checking a file becomes one problem
 * naming that file, and the rest is checked without it: the check never stops with a stack trace.
 */
export function checkContent(
  units: readonly string[],
  dir = contentDir,
  publicDir = join(dir, '..', 'public'),
): ContentCheck {
  const failed = new Map<string, ContentProblem>();
  for (;;) {
    const at: { file?: string | undefined } = {};
    try {
      const check = checkUnits(units, dir, publicDir, new Set(failed.keys()), at);
      return { ...check, problems: [...failed.values(), ...check.problems] };
    } catch (error) {
      const problem = unexpectedProblem(at.file, error);
      if (at.file === undefined || failed.has(at.file) || failed.size >= MAX_UNEXPECTED)
        return { problems: [...failed.values(), problem], drafts: [], reviews: [] };
      failed.set(at.file, problem);
    }
  }
}

/** The check itself; `skipped`: files already reported as failed; `at.file`: the file being checked. */
function checkUnits(
  units: readonly string[],
  dir: string,
  publicDir: string,
  skipped: ReadonlySet<string>,
  at: { file?: string | undefined },
): ContentCheck {
  const fileSize = fileSizeIn(dir, publicDir);
  const context = {
    publicFileExists: (path: string) => fileSize(`public${path}`) !== undefined,
    references: kindReferences,
  };
  const allowed = readAllowedHosts(dir);
  const problems: ContentProblem[] = [...allowed.problems];
  const drafts = new Map<string, ContentProblem[]>();
  const reviews: ReviewDate[] = [];
  const checked = new Set<string>();
  const reported = new Set<string>();
  /** Shared files are checked against every unit's content: each finding is reported once. */
  const firstReport = (p: ContentProblem) => {
    const key = `${p.file}|${p.field}|${p.line}|${p.message}`;
    const first = !reported.has(key);
    reported.add(key);
    return first;
  };
  for (const unit of units) {
    const loaded: Record<string, LoadedEntry[]> = {};
    const lintable: LintEntry[] = [];
    const draftLintable: LintEntry[] = [];
    for (const [name, spec] of Object.entries(collectionSpecs)) {
      const valid: LoadedEntry[] = (loaded[name] = []);
      const seen = new Map<string, string>();
      for (const rel of kindFiles(spec, unit, dir)) {
        const file = `content/${rel}`;
        if (skipped.has(file)) continue;
        at.file = file;
        const id = entryId(rel, spec.idFrom);
        const earlier = seen.get(id);
        if (earlier) {
          problems.push({
            file,
            field: '(tên tệp)',
            message: `trùng tên «${id}» với ${earlier} trong mục ${spec.label}: đổi tên một trong hai tệp.`,
          });
        }
        seen.set(id, file);
        const firstTime = !checked.has(file);
        checked.add(file);
        if (firstTime && name !== 'units' && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
          problems.push({
            file,
            field: '(tên tệp)',
            message: `tên tệp «${id}» phải là chữ thường không dấu, số và dấu gạch ngang, vì nó thành địa chỉ trang.`,
          });
        }
        let read: ContentFile;
        try {
          read = readFile(rel, dir, spec);
        } catch (error) {
          if (!(error instanceof ContentSyntaxError)) throw error;
          if (firstTime) problems.push({ file, field: '(toàn bộ tệp)', message: error.message });
          continue;
        }
        const { data, tree } = read;
        const draft = spec.drafts && isDraft(data);
        // A draft's findings go to its reminder; it is not an entry others may name or link to.
        const found: ContentProblem[] = draft ? (drafts.get(file) ?? []) : problems;
        if (draft) drafts.set(file, found);
        // The unit's profile comes first in collectionSpecs: later kinds read «today» in its time zone.
        const schema = spec.schema(imagePath, (loaded['units']?.[0]?.data as UnitProfile | undefined)?.timeZone);
        const result = schema.safeParse(data);
        const text = tree ? visibleText(tree).trim() : '';
        const bodyProblem = result.success ? spec.body?.(result.data as never, text) : undefined;
        if (bodyProblem && firstTime) found.push({ file, field: '(nội dung bài)', message: bodyProblem });
        const unreadable = mdxProblem(read);
        if (unreadable && firstTime) found.push(unreadable);
        if (result.success && firstTime) {
          found.push(...(spec.rules?.(result.data as never) ?? []).map((p) => ({ file, ...p })));
          found.push(...fieldProblems(name, file, read.raw, result.data));
        }
        const lint: LintEntry = { file, raw: read.raw, data: result.data, tree: read.mdxError ? undefined : tree };
        if (result.success && draft) draftLintable.push(lint);
        else if (result.success) {
          valid.push({ id, file, data: result.data, tree });
          lintable.push(lint);
          if (name === 'procedures' && firstTime)
            reviews.push({ file, checkedOn: (result.data as { checkedOn: Date }).checkedOn });
        } else if (firstTime) found.push(...issuesToProblems(file, result.error.issues, schema, data));
      }
    }
    at.file = undefined;
    const lintContext = { pages: sitePaths(loaded), fileSize, allowedHosts: allowed.hosts, unit };
    const lintOne = (entry: LintEntry) => {
      at.file = entry.file;
      return lintEntry(entry, lintContext);
    };
    const images = ['shared', `units/${unit}`].flatMap((folder) => globSync(`${folder}/**/*`, { cwd: dir }));
    for (const p of draftLintable.flatMap(lintOne)) {
      if (firstReport(p)) drafts.get(p.file)?.push(p);
    }
    for (const p of [
      ...referenceProblems(loaded, context),
      ...lintable.flatMap(lintOne),
      ...heavyImageProblems(
        images.map((rel) => `content/${rel}`),
        lintContext,
      ),
    ]) {
      if (firstReport(p)) problems.push(p);
    }
  }
  problems.push(...qrHistoryProblems(dir));
  return { problems, drafts: [...drafts].map(([file, missing]) => ({ file, missing })), reviews };
}

/**
 * What `npm run check` and the build run: first every file under content/ and public/ (types by their bytes,
 * sizes, links), then the content check. A link stops everything before any content file is read, so a
 * message can never quote a file outside the repository.
 */
export async function checkContentAndFiles(
  units: readonly string[],
  dir = contentDir,
  publicDir = join(dir, '..', 'public'),
): Promise<ContentCheck> {
  const files = await publishedFileProblems(dir, publicDir);
  if (files.some(isLinkProblem)) return { problems: files, drafts: [], reviews: [] };
  const check = checkContent(units, dir, publicDir);
  return { ...check, problems: [...files, ...check.problems] };
}

/** The reminder `npm run check` prints for drafts: each one and what it still lacks, in Vietnamese. */
export function formatDrafts(drafts: readonly DraftNote[]): string {
  const blocks = drafts.map(({ file, missing }) =>
    missing.length
      ? `◦ Bản nháp ${file} — còn thiếu hoặc chưa đúng:\n${missing.map(problemLine).join('\n')}`
      : `◦ Bản nháp ${file} — đã đủ: bỏ dòng draft: true (hoặc đặt draft: false) để đăng.`,
  );
  return [
    `Nhắc việc: ${drafts.length} bản nháp chưa đăng (không hiện trên trang; không làm dừng kiểm tra hay dựng trang).`,
    'Khi bỏ draft: true, mọi trường dưới đây phải đúng, nếu không trang sẽ không dựng được.',
    '',
    blocks.join('\n\n'),
  ].join('\n');
}

export { formatProblems };
