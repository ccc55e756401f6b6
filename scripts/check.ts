// npm run check: validates every unit's content against the schemas (same check the build runs),
// then runs `astro check` for types. Exits non-zero on any problem. `--content-only` skips astro check.
import { spawnSync } from 'node:child_process';
import { listUnits, projectRoot } from '../src/build/units.ts';
import { formatProblems, validateContent } from '../src/build/validate-content.ts';

const units = listUnits();
const problems = validateContent(units);
if (problems.length > 0) {
  console.error(`\n${formatProblems(problems)}\n`);
  process.exit(1);
}
console.log(`✓ Nội dung hợp lệ (${units.length} đơn vị: ${units.join(', ')}).`);

if (!process.argv.includes('--content-only')) {
  const result = spawnSync('astro', ['check', '--minimumSeverity', 'hint'], { cwd: projectRoot, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
