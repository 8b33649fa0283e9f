/**
 * A correction of a ward item that the parent portal has taken is offered to the parent board
 * (inside the correction's transaction): the syndication remembers the corrected revision and the
 * parent board is told. The parent board then applies it to its own copy or dismisses it.
 */
import type { Kysely } from 'kysely';
import { acceptedOfSource, updateSyndicationIf } from '../../db/repositories/syndicationRepository.ts';
import { usersWithRole } from '../../db/repositories/workflowRepository.ts';
import type { ContentRow, DB } from '../../db/schema.ts';
import { notify } from '../notifications/notify.ts';
import { BOARD_ROLES } from '../contents/workflowNotifications.ts';

export async function offerCorrectionToParent(db: Kysely<DB>, input: { row: ContentRow; actorId: number; at: string }): Promise<number> {
  const { row, at } = input;
  let offered = 0;
  for (const s of await acceptedOfSource(db, row.site_id, row.id)) {
    if (!(await updateSyndicationIf(db, s.id, 'accepted', { offered_revision: row.revision, offered_at: at }))) continue;
    offered++;
    await notify(db, {
      siteId: s.target_site_id, contentId: s.target_content_id, kind: 'syndication', at, exceptUserId: input.actorId,
      recipients: await usersWithRole(db, s.target_site_id, BOARD_ROLES),
      link: `/quan-tri/cong/${s.target_site_id}/tin-phuong-xa`,
      message: `Tin «${row.title}» mà cổng đã nhận từ cấp phường, xã vừa được đính chính (phiên bản ${row.revision}); vui lòng xem và áp dụng cho bản của cổng.`,
      subject: `Đính chính tin từ cấp phường, xã: ${row.title}`,
    });
  }
  return offered;
}
