// The rules between a guide's facts that a schema cannot say (issue 24): every value a source gives cites it,
// «Miễn phí» cites the text that exempts it, a time in working days says when the count starts, an unknown says
// what the sources do not say, a fee for online filing needs an online channel and the online level agrees with
// the channels. And every public source (guides, a unit's own facts, FAQ answers, samples) is an official text
// or page (src/lib/official-sources.ts), never a repository copy. Pure functions over an entry's data.
import { repositoryTitleProblem, unofficialUrlProblem } from '../lib/official-sources.ts';
import { onlineLevels } from '../lib/vocabulary.ts';

export type FieldPath = (string | number)[];

export interface FieldProblem {
  path: FieldPath;
  message: string;
}

interface Cited {
  cite?: unknown;
}
interface Fee extends Cited {
  kind: string;
  note?: string | undefined;
}
interface Time extends Cited {
  kind: string;
  unit?: string;
  from?: string | undefined;
  note?: string | undefined;
}
interface Level extends Cited {
  level: string;
  note?: string | undefined;
}

/** The facts of a guide or of a unit's own version of it; the channels only in a guide. */
export interface ProcedureFacts {
  channels?: { online: boolean };
  onlineLevel?: Level | undefined;
  processingTime?: Time | undefined;
  fee?: { online?: Fee | undefined; inPerson: Fee } | undefined;
}

const citeHow =
  'thêm cite gồm document (tên, số hiệu, cơ quan ban hành, ngày, điều khoản của văn bản, hoặc trang thủ tục trên Cổng Dịch vụ công quốc gia) và quote (câu của văn bản chép nguyên văn)';
const unknownHow =
  'thêm note: một câu ngắn nói nguồn chưa cho biết điều gì, ví dụ «Cổng Dịch vụ công quốc gia ghi 3 nhưng không ghi đơn vị» (trang tự thêm chỗ hỏi)';
const orUnknown = 'Nếu chưa có văn bản nêu nó, đặt chua-xac-dinh kèm note.';

function feeProblems(fee: Fee | undefined, path: FieldPath): FieldProblem[] {
  if (!fee) return [];
  if (fee.kind === 'chua-xac-dinh')
    return fee.note ? [] : [{ path: [...path, 'note'], message: `«Chưa xác định» phải kèm ghi chú: ${unknownHow}.` }];
  if (fee.cite) return [];
  const what =
    fee.kind === 'mien-phi'
      ? '«Miễn phí» phải dẫn văn bản miễn phí, lệ phí cho thủ tục này'
      : 'mức phí phải dẫn văn bản quy định mức đó';
  return [{ path: [...path, 'cite'], message: `${what}: ${citeHow}. ${orUnknown}` }];
}

function timeProblems(time: Time | undefined): FieldProblem[] {
  if (!time) return [];
  const path = ['processingTime'];
  if (time.kind === 'chua-xac-dinh')
    return time.note ? [] : [{ path: [...path, 'note'], message: `«Chưa xác định» phải kèm ghi chú: ${unknownHow}.` }];
  const problems: FieldProblem[] = [];
  if (!time.cite)
    problems.push({ path: [...path, 'cite'], message: `thời hạn phải dẫn văn bản nêu nó: ${citeHow}. ${orUnknown}` });
  if (time.kind === 'da-biet' && time.unit === 'ngay-lam-viec' && !time.from)
    problems.push({
      path: [...path, 'from'],
      message:
        'thời hạn tính bằng ngày làm việc phải nói tính từ khi nào: thêm from theo câu của văn bản, ví dụ «kể từ ngày nhận đủ hồ sơ hợp lệ».',
    });
  return problems;
}

function levelProblems(level: Level | undefined, online: boolean | undefined): FieldProblem[] {
  if (!level) return [];
  const path = ['onlineLevel'];
  const problems: FieldProblem[] = [];
  // Without an online channel the level is «Chỉ nộp trực tiếp»; «chưa xác định» stays possible while no source
  // read yet confirms the channels themselves (it then says so in its note).
  if (online === false && level.level !== 'chi-truc-tiep' && level.level !== 'chua-xac-dinh')
    problems.push({
      path: [...path, 'level'],
      message: `thủ tục không nộp được trực tuyến (channels.online: false) nên không thể có mức «${onlineLevels[level.level as keyof typeof onlineLevels] ?? level.level}»: đặt chi-truc-tiep («Chỉ nộp trực tiếp») kèm cite dẫn trang thủ tục trên Cổng Dịch vụ công quốc gia chỉ ghi cách nộp trực tiếp. Nếu Cổng có cách nộp trực tuyến, sửa channels.online thành true.`,
    });
  if (online === true && level.level === 'chi-truc-tiep')
    problems.push({
      path: [...path, 'level'],
      message:
        'mức chi-truc-tiep («Chỉ nộp trực tiếp») mâu thuẫn với channels.online: true. Chọn toan-trinh hoặc mot-phan theo nguồn, hoặc sửa channels.online thành false nếu Cổng chỉ ghi cách nộp trực tiếp.',
    });
  if (level.level === 'chua-xac-dinh') {
    if (!level.note)
      problems.push({ path: [...path, 'note'], message: `«Chưa xác định» phải kèm ghi chú: ${unknownHow}.` });
  } else if (!level.cite)
    problems.push({
      path: [...path, 'cite'],
      message: `mức dịch vụ công trực tuyến phải dẫn nguồn, thường là trang thủ tục trên Cổng Dịch vụ công quốc gia: ${citeHow}. ${orUnknown}`,
    });
  return problems;
}

/** What is wrong between a guide's facts (or a unit's own facts for a guide). */
export function procedureFactProblems(data: ProcedureFacts): FieldProblem[] {
  const online = data.channels?.online;
  const problems = [...levelProblems(data.onlineLevel, online), ...timeProblems(data.processingTime)];
  if (data.fee) {
    if (online === false && data.fee.online)
      problems.push({
        path: ['fee', 'online'],
        message:
          'có phí khi nộp trực tuyến nhưng thủ tục không nộp được trực tuyến (channels.online: false): xóa fee.online. Nếu Cổng Dịch vụ công quốc gia có cách nộp trực tuyến, sửa channels.online thành true và dẫn nguồn.',
      });
    else if (online === true && !data.fee.online)
      problems.push({
        path: ['fee', 'online'],
        message:
          'thủ tục nộp được trực tuyến (channels.online: true) nhưng thiếu phí khi nộp trực tuyến: thêm fee.online (mien-phi, co-phi hoặc chua-xac-dinh kèm note).',
      });
    problems.push(
      ...feeProblems(data.fee.online, ['fee', 'online']),
      ...feeProblems(data.fee.inPerson, ['fee', 'inPerson']),
    );
  }
  return problems;
}

/** Visits every object in the data with the path to it. */
function eachObject(
  value: unknown,
  visit: (o: Record<string, unknown>, path: FieldPath) => void,
  path: FieldPath = [],
) {
  if (Array.isArray(value)) value.forEach((v, i) => eachObject(v, visit, [...path, i]));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    visit(value as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(value)) eachObject(v, visit, [...path, k]);
  }
}

/** Fields shown as a source's name. */
const titleKeys = ['title', 'document'] as const;

/**
 * Public sources that are not official: an entry of `sources` or a `cite` whose address is on another host, or
 * whose name is a repository's; and a shown note (`sourceNote`) naming a repository. `provenance` and
 * `readFrom` are where repository copies belong, and are not shown.
 */
export function publicSourceProblems(data: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  eachObject(data, (o, path) => {
    const isSource = path.at(-2) === 'sources' || path.at(-1) === 'cite';
    if (!isSource) return;
    if (typeof o['url'] === 'string') {
      const message = unofficialUrlProblem(o['url']);
      if (message) problems.push({ path: [...path, 'url'], message });
    }
    for (const key of titleKeys) {
      const message = typeof o[key] === 'string' ? repositoryTitleProblem(o[key]) : undefined;
      if (message) problems.push({ path: [...path, key], message });
    }
  });
  const note = (data as { sourceNote?: unknown } | undefined)?.sourceNote;
  const message = typeof note === 'string' ? repositoryTitleProblem(note) : undefined;
  if (message) problems.push({ path: ['sourceNote'], message: message.replace(/^tên nguồn/, 'ghi chú về nguồn') });
  return problems;
}
