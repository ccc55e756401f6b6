// Facts about a unit's profile that several pages need.
import type { UnitProfile } from '../schemas/unit.ts';
import type { filingPlaces } from './vocabulary.ts';

/** Whether the profile says anything about the one-stop desk: its address, hours or phone. */
export function knowsDesk(unit: Pick<UnitProfile, 'deskAddress' | 'address' | 'deskHours' | 'hotline'>): boolean {
  return Boolean(unit.deskAddress ?? unit.address ?? unit.deskHours ?? unit.hotline);
}

const kindInName = { phuong: 'phường', xa: 'xã', 'dac-khu': 'đặc khu' } as const;

/** The office that receives a filing, named from the profile: «Công an phường Hồng Bàng» or the committee. */
export function filingOffice(
  unit: Pick<UnitProfile, 'kind' | 'shortName' | 'committee'>,
  where: keyof typeof filingPlaces,
): string {
  return where === 'cong-an' ? `Công an ${kindInName[unit.kind]} ${unit.shortName}` : unit.committee;
}

/**
 * The desk a resident files at and asks, named from the profile: «Bộ phận một cửa của phường Hồng Bàng», «… của
 * đặc khu Cát Hải», or «Công an phường Hồng Bàng» for residence. Never «… của đơn vị».
 */
export function deskName(unit: Pick<UnitProfile, 'kind' | 'shortName'>, where: keyof typeof filingPlaces): string {
  const place = `${kindInName[unit.kind]} ${unit.shortName}`;
  return where === 'cong-an' ? `Công an ${place}` : `Bộ phận một cửa của ${place}`;
}
