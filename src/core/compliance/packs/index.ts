/** The shipped rule packs. A site chooses one in its compliance settings (default: the first). */
import type { RulePack } from '../types.ts';
import { ND224_PACK } from './nd224-2026.ts';
import { ND42_PACK } from './nd42-2022.ts';

export const RULE_PACKS: readonly RulePack[] = [ND42_PACK, ND224_PACK];
export const DEFAULT_PACK_ID = ND42_PACK.id;

export function findPack(id: string): RulePack | undefined {
  return RULE_PACKS.find((p) => p.id === id);
}
