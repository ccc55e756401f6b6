// npm run check: validates every unit's content against the schemas (same check the build runs),
// then runs `astro check` for types. Exits non-zero on any problem. Drafts (`draft: true`) are listed
// with what they still lack, as a reminder that never fails the check; so are guides not checked against their
// sources for 12 months (`--today=YYYY-MM-DD` sets «today», which is otherwise the date in Việt Nam).
// `--content-only` skips astro check.
import { spawnSync } from 'node:child_process';
import { listUnits, projectRoot } from '../src/units.ts';
import { checkContentAndFiles, formatDrafts, formatProblems } from '../src/checks/validate-content.ts';
import { dueForReview, formatReviewDue } from '../src/checks/review-dates.ts';
import { DEFAULT_TIME_ZONE, dateIn } from '../src/lib/dates.ts';

const todayArg = process.argv.find((a) => a.startsWith('--today='))?.slice('--today='.length);
if (todayArg !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(todayArg)) {
  console.error(`\n--today phải là ngày dạng NNNN-TT-NN, ví dụ --today=2027-01-15 (đang là «${todayArg}»).\n`);
  process.exit(2);
}
const today = todayArg ?? dateIn(new Date(), DEFAULT_TIME_ZONE);

const units = listUnits();
const { problems, drafts, reviews } = await checkContentAndFiles(units);
if (drafts.length > 0) console.log(`\n${formatDrafts(drafts)}\n`);
const due = dueForReview(reviews, today);
if (due.length > 0) console.warn(`\n${formatReviewDue(due)}\n`);
if (problems.length > 0) {
  console.error(`\n${formatProblems(problems)}\n`);
  process.exit(1);
}
const unpublished = drafts.length ? `; ${drafts.length} bản nháp chưa đăng, xem nhắc việc ở trên` : '';
console.log(`✓ Nội dung hợp lệ (${units.length} đơn vị: ${units.join(', ')}${unpublished}).`);

if (!process.argv.includes('--content-only')) {
  const result = spawnSync('astro', ['check', '--minimumSeverity', 'hint'], { cwd: projectRoot, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
