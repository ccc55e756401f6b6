// Turns schema errors into messages a ward editor can act on: the file, the field (with what the
// field is for), what is wrong and what was expected, in Vietnamese. Installed as Zod's global error
// map (see schemas/common.ts), so Astro's own content errors read the same way.
import type { z } from 'astro/zod';
import { jsonSchemaOf, schemaAt } from './json-schema.ts';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;

const typeNames: Record<string, string> = {
  string: 'chữ (chuỗi văn bản)',
  number: 'một con số',
  int: 'một số nguyên',
  boolean: 'true (có) hoặc false (không)',
  array: 'một danh sách (mỗi mục một dòng bắt đầu bằng «- »)',
  object: 'một nhóm trường',
  date: 'một ngày dạng NNNN-TT-NN',
  null: 'null',
};

function quote(value: unknown): string {
  return `«${String(value)}»`;
}

/** What the editor actually wrote, in words. */
export function describeValue(input: unknown): string {
  if (input === undefined) return 'để trống';
  if (input === null) return 'null';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'một ngày không có thật' : 'một ngày';
  if (Array.isArray(input)) return 'một danh sách';
  if (typeof input === 'string') return `chữ ${quote(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (typeof input === 'number') return `số ${input}`;
  if (typeof input === 'boolean') return input ? 'true' : 'false';
  return 'một nhóm trường';
}

function limit(origin: string | undefined, n: number | bigint, min: boolean): string {
  const at = min ? 'ít nhất' : 'nhiều nhất';
  if (origin === 'string') return `cần ${at} ${n} ký tự`;
  if (origin === 'array' || origin === 'set') return `cần ${at} ${n} mục`;
  return min ? `phải từ ${n} trở lên` : `không được quá ${n}`;
}

function chooseFrom(input: unknown, options: readonly unknown[]): string {
  const list = options.map(String).join(', ');
  if (input === undefined) return `thiếu: trường này bắt buộc; chọn một trong: ${list}`;
  return `giá trị ${describeValue(input)} không được chấp nhận; chọn một trong: ${list}`;
}

/** Zod error map: a Vietnamese message for each kind of issue. */
export function vietnameseIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `thiếu: trường này bắt buộc (cần ${expected})`;
      if (issue.expected === 'date') return `ngày không hợp lệ: cần ${expected}, ví dụ 2025-12-15`;
      return `sai kiểu: cần ${expected}, nhưng đang là ${describeValue(issue.input)}`;
    }
    case 'unrecognized_keys':
      return `có trường không nằm trong mẫu: ${issue.keys.map(quote).join(', ')} (viết sai tên trường?)`;
    case 'invalid_value':
      return chooseFrom(issue.input, issue.values);
    case 'invalid_union': {
      if (issue.discriminator && Array.isArray(issue.options)) {
        const input = issue.input as Record<string, unknown> | undefined;
        return chooseFrom(input?.[issue.discriminator], issue.options);
      }
      return 'không khớp với dạng nào được phép';
    }
    case 'too_small':
      return limit(issue.origin, issue.minimum, true);
    case 'too_big':
      return limit(issue.origin, issue.maximum, false);
    case 'invalid_format':
      if (issue.format === 'url') return 'cần địa chỉ web đầy đủ, bắt đầu bằng https://';
      if (issue.format === 'email') return 'cần địa chỉ thư điện tử hợp lệ';
      return 'sai định dạng';
    case 'not_multiple_of':
      return `phải là bội số của ${issue.divisor}`;
    default:
      return undefined;
  }
}

/** Edit distance, for "did you mean" on misspelt keys. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function nearestKey(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** "documents.2.name" → "documents[3].name": list items counted from 1, as people count. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part + 1}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(toàn bộ tệp)';
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** The line of the file (from 1, frontmatter included) the problem is on, when it is known. */
  line?: number | undefined;
}

/** One problem per issue, each naming the field, what it is for and what is expected. */
export function issuesToProblems(
  file: string,
  issues: readonly Issue[],
  checkedBy: z.ZodType,
  data: unknown,
): ContentProblem[] {
  const schema = jsonSchemaOf(checkedBy);
  const problems: ContentProblem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = Object.keys(schemaAt(schema, issue.path, data).node?.properties ?? {});
      for (const key of issue.keys) {
        const near = nearestKey(key, allowed);
        problems.push({
          file,
          field: fieldLabel([...issue.path, key]),
          message: near
            ? `không có trường này trong mẫu. Có phải bạn định viết «${near}»?`
            : `không có trường này trong mẫu. Các trường được phép: ${allowed.join(', ')}.`,
        });
      }
      continue;
    }
    const { description } = schemaAt(schema, issue.path, data);
    const message =
      issue.message + (description && !issue.message.startsWith(description) ? ` — trường này là: ${description}` : '');
    problems.push({ file, field: fieldLabel(issue.path), message });
  }
  return problems;
}

/** «  • Trường «summary», dòng 3: …»: one problem, under the line naming its file. */
export function problemLine(p: ContentProblem): string {
  return `  • Trường «${p.field}»${p.line ? `, dòng ${p.line}` : ''}: ${p.message}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const blocks = [...byFile].map(([file, list]) => `✗ ${file}\n${list.map(problemLine).join('\n')}`);
  const count = problems.length;
  return `${blocks.join('\n\n')}\n\nCó ${count} lỗi nội dung trong ${byFile.size} tệp. Sửa các trường nêu trên rồi chạy lại.`;
}
