import { defaultProfile } from './profile.ts';
import type { Profile } from './profile.ts';
import { LEVEL_IDS } from './types.ts';
import type { Level } from './types.ts';

export interface LevelInfo {
  id: Level;
  /** 0 = informeren … 5 = zelfbeheer. */
  rank: number;
  label: string;
  description: string;
}

/** The ladder with the labels and plain-language descriptions of a profile. */
export function levelsFor(profile: Profile): readonly LevelInfo[] {
  return LEVEL_IDS.map((id, rank) => ({ id, rank, label: profile.niveaus[id].label, description: profile.niveaus[id].beschrijving }));
}

export const LEVELS: readonly LevelInfo[] = levelsFor(defaultProfile);
