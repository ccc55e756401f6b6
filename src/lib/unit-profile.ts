// Facts about a unit's profile that several pages need.
import type { UnitProfile } from '../schemas/unit.ts';

/** Whether the profile says anything about the one-stop desk: its address, hours or phone. */
export function knowsDesk(unit: Pick<UnitProfile, 'deskAddress' | 'address' | 'deskHours' | 'hotline'>): boolean {
  return Boolean(unit.deskAddress ?? unit.address ?? unit.deskHours ?? unit.hotline);
}
