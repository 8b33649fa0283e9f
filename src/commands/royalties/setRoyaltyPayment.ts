/**
 * Records that payout lines were paid (or reverses it): per line, with the date, who recorded it and a note
 * (e.g. the voucher number), one audit event per line changed, in one transaction.
 */
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { authorize } from '../../core/policies/policy.ts';
import { recordAudit } from '../../db/repositories/auditRepository.ts';
import { findLines, setLinesStatus } from '../../db/repositories/royaltyRepository.ts';
import { findSite } from '../../db/repositories/siteRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';

/** @returns how many lines changed. @throws ValidationError (field `dong`) when no line of the site is chosen. */
export async function setRoyaltyPayment(ctx: CommandContext, input: { siteId: number; lineIds: number[]; paid: boolean; note: string }): Promise<number> {
  const site = await findSite(ctx.db, input.siteId);
  if (!site) throw new NotFoundError();
  authorize(ctx.actor, 'royalty.manage', { id: site.id, parentId: site.parent_id });
  const ids = [...new Set(input.lineIds.filter((n) => Number.isSafeInteger(n) && n > 0))];
  const at = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const lines = (await findLines(trx, site.id, ids)).filter((l) => l.status !== (input.paid ? 'paid' : 'unpaid'));
    if (ids.length === 0 || (await findLines(trx, site.id, ids)).length === 0) throw new ValidationError({ dong: 'Vui lòng chọn ít nhất một dòng chi trả.' });
    const note = input.note.trim().slice(0, 300);
    const changed = await setLinesStatus(trx, site.id, lines.map((l) => l.id), {
      status: input.paid ? 'paid' : 'unpaid', paidAt: input.paid ? at : null, paidBy: input.paid ? ctx.actor.userId : null, note, at,
    });
    for (const l of lines) {
      await recordAudit(trx, {
        siteId: site.id, actorId: ctx.actor.userId, action: input.paid ? 'royalty.paid' : 'royalty.unpaid', subjectType: 'royalty', subjectId: l.assessment_id,
        data: { lineId: l.id, amount: l.amount, author: l.author_name, note }, at,
      });
    }
    return changed;
  });
}
