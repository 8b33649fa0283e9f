/**
 * The edit lock of an item: opening an item one may edit takes (or renews) its lock; a second editor
 * sees who holds it and may take it over, which is recorded; the holder may release it. Locks are
 * advisory for reading and binding for saving (updateContent refuses a save under another's lock).
 */
import { canEditInState } from '../../core/content/contentAccess.ts';
import { type LockFacts, lockActive, lockExpiry } from '../../core/content/editLock.ts';
import { ForbiddenError, NotFoundError } from '../../core/errors.ts';
import type { ContentKind } from '../../core/types.ts';
import type { ContentState } from '../../core/workflow/contentWorkflow.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findContentOfKind } from '../../db/repositories/contentRepository.ts';
import { findLock, forceLock, releaseLock, tryLock } from '../../db/repositories/workflowRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';
import { loadSiteFacts } from './contentSupport.ts';

export interface LockInput {
  siteId: number;
  kind: ContentKind;
  id: number;
}

/** The lock as the editor sees it: whether they hold it, and who does. */
export interface LockState {
  held: boolean;
  lock: LockFacts | null;
}

async function editable(ctx: CommandContext, input: LockInput) {
  const site = await loadSiteFacts(ctx.db, input.siteId);
  const row = await findContentOfKind(ctx.db, site.id, input.kind, input.id);
  if (!row) throw new NotFoundError();
  const facts = { unitId: row.unit_id, createdBy: row.created_by, state: row.status as ContentState, kind: input.kind };
  if (!canEditInState(ctx.actor, site, facts)) throw new ForbiddenError();
  return { site, row };
}

/** Takes or renews the lock when free, expired or already the actor's. Never takes it from another. */
export async function acquireEditLock(ctx: CommandContext, input: LockInput): Promise<LockState> {
  const { site, row } = await editable(ctx, input);
  const now = ctx.clock.now();
  const held = await tryLock(ctx.db, { siteId: site.id, contentId: row.id, userId: ctx.actor.userId, now: now.toISOString(), expiresAt: lockExpiry(now) });
  const lock = await findLock(ctx.db, site.id, row.id);
  return { held, lock: lockActive(lock, now) ? lock : null };
}

/** Takes the lock from whoever holds it; recorded with the previous holder. */
export async function takeOverEditLock(ctx: CommandContext, input: LockInput): Promise<void> {
  const { site, row } = await editable(ctx, input);
  const now = ctx.clock.now();
  const at = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findLock(trx, site.id, row.id);
    await forceLock(trx, { siteId: site.id, contentId: row.id, userId: ctx.actor.userId, now: at, expiresAt: lockExpiry(now) });
    await recordAudit(trx, {
      siteId: site.id, actorId: ctx.actor.userId, action: 'content.lockTakenOver', subjectType: 'lock', subjectId: row.id,
      data: { title: row.title, previousHolderId: before?.userId ?? null, previousHolder: before?.userName ?? null }, at,
    });
  });
}

/** Releases the actor's own lock (nothing happens when someone else holds it). */
export async function releaseEditLock(ctx: CommandContext, input: LockInput): Promise<void> {
  const site = await loadSiteFacts(ctx.db, input.siteId);
  const row = await findContentOfKind(ctx.db, site.id, input.kind, input.id);
  if (!row) throw new NotFoundError();
  await releaseLock(ctx.db, site.id, row.id, ctx.actor.userId);
}
