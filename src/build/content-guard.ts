// Astro integration: validates the active unit's content (and the shared content) before Astro
// starts, so a mistake stops the build with the same Vietnamese message `npm run check` gives.
import type { AstroIntegration } from 'astro';
import { formatProblems, validateContent } from './validate-content.ts';

export function contentGuard(unit: string): AstroIntegration {
  return {
    name: 'nq57-content-guard',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'preview') return;
        const problems = validateContent([unit]);
        if (problems.length === 0) return;
        console.error(`\nNội dung có lỗi, trang chưa được dựng:\n\n${formatProblems(problems)}\n`);
        process.exit(1);
      },
    },
  };
}
