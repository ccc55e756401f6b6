// A shared guide as one unit publishes it: the unit's own facts (fee, time, online level, a local
// note) replace the shared ones, and their sources join the guide's.
import type { z } from 'astro/zod';
import type { procedureOverrideSchema } from '../schemas/procedure-override.ts';
import type { Procedure } from '../schemas/procedure.ts';

export type ProcedureOverride = z.infer<typeof procedureOverrideSchema>;

export interface LocalProcedure extends Procedure {
  localNote?: string | undefined;
  localSources: ProcedureOverride['sources'];
}

export function applyOverride(guide: Procedure, override?: ProcedureOverride): LocalProcedure {
  if (!override) return { ...guide, localSources: [] };
  return {
    ...guide,
    fee: override.fee ?? guide.fee,
    processingTime: override.processingTime ?? guide.processingTime,
    onlineLevel: override.onlineLevel ?? guide.onlineLevel,
    localNote: override.localNote,
    localSources: override.sources,
  };
}

/** Words of a guide a resident might type, folded for matching: title, short title, code, field. */
export function searchTextOf(guide: Pick<Procedure, 'title' | 'shortTitle' | 'code'>, fieldLabel: string): string {
  return [guide.title, guide.shortTitle, guide.code, fieldLabel].filter(Boolean).join(' ');
}
