// Where the loudspeaker bulletin lives: its page, its text file, each item's text file, and the article each
// item comes from. Site-relative paths (pages add the base with withBase()), kept together in this one place
// for the routes module to take in.
import type { ItemKind } from './spoken/bulletin.ts';

export const bulletinPagePath = '/truyen-thanh/';
export const bulletinTextPath = '/truyen-thanh/ban-tin.txt';

/** The section an item of each kind is published in: its article lives there, its text file under the bulletin's. */
export const itemSections: Record<ItemKind, string> = { news: 'tin-tuc', campaign: 'tuyen-truyen' };

export const articlePath = (kind: ItemKind, id: string): string => `/${itemSections[kind]}/${id}/`;
export const itemTextPath = (kind: ItemKind, id: string): string =>
  `${bulletinPagePath}${itemSections[kind]}/${id}.txt`;
