import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

export interface AuditEntry {
  siteId: number | null;
  actorId: number | null;
  action: string;
  subjectType: string;
  subjectId: number | null;
  data?: Record<string, unknown>;
  at: string;
}

/** Appends an audit event. Call inside the same transaction as the change it records. */
export async function recordAudit(db: Kysely<DB>, e: AuditEntry): Promise<void> {
  await db.insertInto('audit_events').values({
    site_id: e.siteId, actor_id: e.actorId, action: e.action, subject_type: e.subjectType,
    subject_id: e.subjectId, data: JSON.stringify(e.data ?? {}), created_at: e.at,
  }).execute();
}

export function listAudit(db: Kysely<DB>, siteId: number, limit: number) {
  return db.selectFrom('audit_events').leftJoin('users', 'users.id', 'audit_events.actor_id')
    .select(['audit_events.id', 'audit_events.action', 'audit_events.subject_type', 'audit_events.subject_id',
      'audit_events.data', 'audit_events.created_at', 'users.full_name as actor_name'])
    .where('audit_events.site_id', '=', siteId).orderBy('audit_events.id', 'desc').limit(limit).execute();
}
