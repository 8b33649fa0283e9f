/**
 * Which cache tags a change touches. Every change in the system writes an audit event in the same
 * transaction as the change itself (house style §3.1.6), so the audit log is the change feed; this
 * pure function maps one event, plus the current facts about its subject, to tags.
 * Unknown subjects invalidate their whole site: over-invalidation is safe, staleness is not.
 */
import type { SectionRow, SiteRow } from '../../db/schema.ts';
import { tag } from './tags.ts';

export interface ChangeEvent {
  site_id: number | null;
  subject_type: string;
  subject_id: number | null;
  action: string;
}

export interface ChangeFacts {
  site: Pick<SiteRow, 'id' | 'parent_id'> | undefined;
  /** The content as it is now (after the change), when the subject is a content. */
  content?: { section_id: number | null; is_featured: number; kind: string } | undefined;
  sections: readonly Pick<SectionRow, 'id' | 'parent_id'>[];
}

/** Subjects that never appear on public pages. */
const INVISIBLE = new Set(['user', 'session', 'media', 'job', 'notification', 'lock', 'report', 'quota', 'royalty', 'competition', 'compliance_run', 'compliance_override']);

export function tagsForChange(e: ChangeEvent, facts: ChangeFacts): string[] {
  if (e.site_id === null || INVISIBLE.has(e.subject_type)) return [];
  const siteId = e.site_id;
  const parentId = facts.site?.parent_id ?? null;
  switch (e.subject_type) {
    case 'content': {
      const tags = [tag.feed(siteId)];
      if (e.subject_id !== null) tags.push(tag.content(e.subject_id));
      if (parentId !== null) tags.push(tag.wardNews(parentId));
      const c = facts.content;
      if (c?.is_featured) tags.push(tag.featured(siteId));
      // A new or moved item enters the listings of its section and every ancestor section.
      for (let id = c?.section_id ?? null; id !== null;) {
        tags.push(tag.section(id));
        id = facts.sections.find((s) => s.id === id)?.parent_id ?? null;
      }
      // A page without a section is listed on the sitemap page, which carries the feed tag.
      return tags;
    }
    case 'banner':
      return [tag.banners(siteId)];
    case 'site':
      // Names and hosts also appear on the parent's ward block and in every site list.
      return [tag.site(siteId), tag.directory(), ...(parentId !== null ? [tag.wardNews(parentId)] : [])];
    default:
      return [tag.site(siteId)];
  }
}
