// npm run check: validates every unit's content against the schemas (same check the build runs),
// then runs `astro check` for types. Exits non-zero on any problem. Drafts (`draft: true`) are listed
// with what they still lack, as a reminder that never fails the check. `--content-only` skips astro check.
import { spawnSync } from 'node:child_process';
import { listUnits, projectRoot } from '../src/units.ts';
import { checkContentAndFiles, formatDrafts, formatProblems } from '../src/checks/validate-content.ts';

const units = listUnits();
const { problems, drafts } = await checkContentAndFiles(units);
if (drafts.length > 0) console.log(`\n${formatDrafts(drafts)}\n`);
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
