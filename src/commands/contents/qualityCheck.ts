/**
 * Runs the quality gate on a stored item: loads the site's gate configuration and the cover photo's
 * facts (width, sharpness), then asks the pure checks. Used by the workflow command before a move
 * that needs the gate, and by the edit page to show the same checks to writers and the board.
 */
import type { Kysely } from 'kysely';
import { type QualityGateConfig, type QualityIssue, checkQuality, qualityGateFromSettings } from '../../core/content/qualityGate.ts';
import { ValidationError } from '../../core/errors.ts';
import type { ContentKind } from '../../core/types.ts';
import { findMedia } from '../../db/repositories/mediaRepository.ts';
import type { ContentRow, DB, SiteRow } from '../../db/schema.ts';

export interface QualityReport {
  config: QualityGateConfig;
  issues: QualityIssue[];
}

export async function qualityReport(db: Kysely<DB>, site: Pick<SiteRow, 'id' | 'settings'>, row: ContentRow): Promise<QualityReport> {
  const config = qualityGateFromSettings(site.settings);
  const cover = row.cover_media_id !== null ? await findMedia(db, site.id, row.cover_media_id) : undefined;
  const issues = checkQuality({
    kind: row.kind as ContentKind, genre: row.genre, bodyHtml: row.body_html, authorName: row.author_name,
    sourceName: row.source_name, sourceUrl: row.source_url, coverCaption: row.cover_caption, coverAlt: row.cover_alt,
    cover: cover ? { width: cover.width, sharpness: cover.sharpness } : null,
  }, config);
  return { config, issues };
}

/** The gate refused: field-keyed messages, plus the issues for the summary. */
export class QualityGateError extends ValidationError {
  constructor(readonly issues: QualityIssue[]) {
    const fields: Record<string, string> = {};
    for (const i of issues) fields[i.field] = fields[i.field] ? `${fields[i.field]} ${i.message}` : i.message;
    super(fields);
    this.message = 'Tin, bài chưa đạt yêu cầu chất lượng để gửi đi. Vui lòng sửa các mục được đánh dấu rồi gửi lại.';
  }
}
