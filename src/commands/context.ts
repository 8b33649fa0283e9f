/** What every command receives: the database, the actor, the clock. Wiring stays at the edge. */
import type { Kysely } from 'kysely';
import type { Actor } from '../core/policies/policy.ts';
import type { Clock } from '../core/types.ts';
import type { DB } from '../db/schema.ts';

export interface CommandContext {
  db: Kysely<DB>;
  actor: Actor;
  clock: Clock;
}

export function nowIso(ctx: { clock: Clock }): string {
  return ctx.clock.now().toISOString();
}
