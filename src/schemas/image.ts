// The image() helper Astro passes to schemas, typed loosely so the standalone content check can
// pass its own (a path string) and Astro its real one (an optimised image).
import type { z } from 'astro/zod';

export type ImageFn<I extends z.ZodType = z.ZodType> = () => I;
