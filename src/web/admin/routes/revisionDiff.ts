/** Builds the revision-diff page model: two stored revisions of one item, compared field by field. */
import type { Kysely } from 'kysely';
import { htmlToText } from '../../../core/content/sanitize.ts';
import { type RevisionSnapshot, compareRevisions } from '../../../core/content/revisionDiff.ts';
import { GENRE_LABELS, type ContentKind, type Genre } from '../../../core/types.ts';
import { listContentRevisions } from '../../../db/repositories/contentRepository.ts';
import { mediaByIds } from '../../../db/repositories/mediaRepository.ts';
import { listSections } from '../../../db/repositories/sectionRepository.ts';
import { listUnits } from '../../../db/repositories/unitRepository.ts';
import { findRevision } from '../../../db/repositories/workflowRepository.ts';
import type { ContentRow, DB } from '../../../db/schema.ts';
import { formatAdminDateTime } from '../views/ContentShared.tsx';
import type { RevisionDiffModel } from '../views/RevisionDiffView.tsx';

/** Body text with paragraph breaks kept, so the diff reads like the article. */
function bodyText(html: string): string {
  return html.split(/<\/(?:p|h[1-6]|li|blockquote|figcaption)>|<br\s*\/?>/i).map((part) => htmlToText(part)).filter(Boolean).join('\n');
}

export async function revisionDiffModel(db: Kysely<DB>, input: { siteId: number; kind: ContentKind; row: ContentRow; from?: string | undefined; to?: string | undefined }): Promise<RevisionDiffModel> {
  const { row, siteId } = input;
  const list = await listContentRevisions(db, siteId, row.id);
  const numbers = list.map((r) => r.revision);
  const pick = (raw: string | undefined, fallback: number) => {
    const n = Number(raw);
    return Number.isInteger(n) && numbers.includes(n) ? n : fallback;
  };
  const latest = numbers[0] ?? row.revision;
  const to = pick(input.to, latest);
  const from = pick(input.from, numbers.find((n) => n < to) ?? to);
  const [a, b, sections, units] = await Promise.all([
    findRevision(db, siteId, row.id, from), findRevision(db, siteId, row.id, to), listSections(db, siteId), listUnits(db, siteId),
  ]);
  const datas = [a, b].map((r) => {
    try {
      return JSON.parse(r?.data ?? '{}') as Record<string, unknown>;
    } catch {
      return {};
    }
  });
  const mediaIds = datas.map((d) => d.cover_media_id).filter((x): x is number => typeof x === 'number');
  const media = await mediaByIds(db, mediaIds);
  const snapshot = (r: typeof a, d: Record<string, unknown>): RevisionSnapshot => {
    const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
    const cover = typeof d.cover_media_id === 'number' ? media.get(d.cover_media_id) : undefined;
    return {
      revision: r?.revision ?? 0, title: r?.title ?? '', summary: r?.summary ?? '', bodyText: bodyText(r?.body_html ?? ''),
      fields: {
        slug: str(d.slug), section: sections.find((s) => s.id === d.section_id)?.name ?? '', unit: units.find((u) => u.id === d.unit_id)?.name ?? '',
        genre: GENRE_LABELS[d.genre as Genre] ?? str(d.genre), author_name: str(d.author_name), source_name: str(d.source_name),
        source_url: str(d.source_url), cover: cover ? `${cover.original_name} (${cover.width}×${cover.height})` : '',
        cover_caption: str(d.cover_caption), cover_alt: str(d.cover_alt), is_featured: d.is_featured === 1 ? 'Có' : 'Không',
        published_at: typeof d.published_at === 'string' ? formatAdminDateTime(d.published_at) : '',
      },
    };
  };
  return {
    kind: input.kind, siteId, id: row.id, title: row.title, from, to, revisions: numbers,
    fromMeta: a ? { author: a.author_name ?? 'Hệ thống', at: a.created_at } : null,
    toMeta: b ? { author: b.author_name ?? 'Hệ thống', at: b.created_at } : null,
    changes: compareRevisions(snapshot(a, datas[0]!), snapshot(b, datas[1]!)),
  };
}
