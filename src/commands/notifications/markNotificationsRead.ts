/** Marks one or all of the actor's own notifications read. The user id is the scope: nobody reads another's inbox. */
import { markRead } from '../../db/repositories/notificationRepository.ts';
import { type CommandContext, nowIso } from '../context.ts';

export async function markNotificationsRead(ctx: CommandContext, input: { id?: number | undefined }): Promise<number> {
  return markRead(ctx.db, ctx.actor.userId, nowIso(ctx), input.id);
}
