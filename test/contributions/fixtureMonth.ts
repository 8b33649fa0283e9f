/**
 * The hand-computed fixture month of the contribution tests: period 2026-02 (26/01/2026 – 25/02/2026, report on
 * the 25th) with Tết Bính Ngọ (14–22/02/2026) inside it, and the previous period 2026-01 (26/12/2025 – 25/01/2026).
 * Every item is written with its status history at explicit portal times, exactly as the workflow records it.
 * The expected figures are written out in the tests that use it (test/contributions/*.test.ts), computed by hand
 * from the comments below.
 *
 * City "Tây Ninh" (site), units in order:
 *   U1 Phòng Văn hóa và Thông tin (office, quota 2 with photo)
 *     a1  submit 27/01, approve 28/01, edit, publish 29/01; cover photo          → counted
 *     a2  submit 10/02, approve 11/02, edit, publish 16/02 (Tết); no photo       → published, not counted
 *     a3  submit 20/02, approve 21/02, edit, board returns 23/02; cover photo    → refused
 *     a4  submit + approve 24/01 (previous period), publish 26/01 00:30           → counted (boundary)
 *     p1  publish 10/01 (previous period); photo in the text
 *   U2 Phòng Tài chính - Kế hoạch (office, quota 2 with photo)
 *     b1  submit 02/02, approve 03/02, edit, publish 05/02; cover               → counted
 *     b2  submit 24/02, approve 25/02 10:00, edit, publish 26/02 08:00; cover   → published next period
 *     b3  leader sends 25/02 09:00, edit, publish 25/02 23:59; cover             → counted (boundary)
 *     b4  submit 09/02, approve 10/02, board returns to leader 12/02, approve 13/02, edit, publish 14/02 (Tết); cover → counted
 *     b5  submit 12/02, approve 13/02, edit, publish 15/02, unpublish 20/02; cover → withdrawn, not published
 *   U3 Hội Liên hiệp Phụ nữ thành phố (mass_org, quota 2 with photo)
 *     c1  submit 03/02, leader returns 04/02, submit 05/02, approve 06/02, edit, publish 09/02; no photo
 *     c2  submit 18/02, approve 19/02, board returns 20/02; cover                 → refused
 *     c0, c00  published 20/01 and 22/01 (previous period); cover
 *   U4 Đài Truyền thanh thành phố (radio, quota 15, no photo needed)
 *     r1…r14  sent to the board 1 h before publication, published 27/01 … 19/02 (r1 27/01, r12 17/02 in Tết); r1–r3 with a cover
 *     r15  sent 25/02 23:00, published 25/02 23:50                                 → counted (boundary)
 *     r16  sent 25/02 23:55, published 26/02 00:05                                 → sent this period, published next
 *     q1…q12  sent and published in the previous period (02/01 … 13/01)
 *   U5 Ban Tuyên giáo Thành ủy (party: no quota)
 *     e1  leader sends 09/02, edit, publish 10/02; cover
 *   Board's own item (no unit)
 *     n1  edit, publish 12/02; cover
 * Another site (a ward) has items in the same days: they never appear in the city's figures.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import { buildContent, buildSite, buildUnit } from '../support/factories.ts';

/** "2026-02-25 23:50" portal time → UTC ISO. */
export function vn(local: string): string {
  return new Date(Date.parse(`${local.replace(' ', 'T')}:00+07:00`)).toISOString();
}

const TO: Record<string, string> = {
  submit: 'submitted', sendToBoard: 'leader_approved', approve: 'leader_approved', startEditing: 'in_editing', returnToAuthor: 'returned',
  returnToLeader: 'submitted', publish: 'published', unpublish: 'unpublished',
};

export type Step = [event: keyof typeof TO, local: string];

/** A news item with its history: a 'create' row 1 h before the first step, then one row per step. */
export async function addItem(db: Kysely<DB>, input: { siteId: number; unitId: number | null; title: string; photo?: 'cover' | 'body' | null; genre?: string; author?: string; mediaId?: number | null; steps: Step[] }): Promise<number> {
  const first = vn(input.steps[0]![1]);
  const created = new Date(Date.parse(first) - 3_600_000).toISOString();
  let state = 'draft';
  const rows: { from_status: string | null; to_status: string; event: string; created_at: string }[] = [{ from_status: null, to_status: 'draft', event: 'create', created_at: created }];
  let publishedAt: string | null = null;
  for (const [event, local] of input.steps) {
    const to = TO[event]!;
    rows.push({ from_status: state, to_status: to, event, created_at: vn(local) });
    if (to === 'published' && publishedAt === null) publishedAt = vn(local);
    state = to;
  }
  const id = await buildContent(db, input.siteId, {
    title: input.title, unit_id: input.unitId, status: state, published_at: publishedAt, genre: input.genre ?? 'news', author_name: input.author ?? 'Nguyễn Văn An',
    cover_media_id: input.photo === 'cover' ? input.mediaId ?? null : null,
    body_html: input.photo === 'body' ? '<p>Nội dung.</p><figure><img src="https://example.org/anh.jpg" alt="Ảnh"></figure>' : '<p>Nội dung tin thử.</p>',
    created_at: created, updated_at: rows[rows.length - 1]!.created_at,
  });
  await db.insertInto('content_statuses').values(rows.map((r) => ({ ...r, content_id: id, reason: '', actor_id: null }))).execute();
  return id;
}

export interface Fixture {
  cityId: number;
  wardId: number;
  units: { vhtt: number; tckh: number; phuNu: number; radio: number; party: number; wardOffice: number };
  items: Record<string, number>;
  mediaId: number;
}

async function photo(db: Kysely<DB>, siteId: number): Promise<number> {
  return (await db.insertInto('media').values({
    site_id: siteId, kind: 'image', original_name: 'anh.jpg', mime: 'image/jpeg', width: 1600, height: 900, bytes: 1000, storage_key: `k${siteId}`,
    variants: '[]', created_by: null, created_at: '2026-01-01T00:00:00.000Z', sharpness: 120,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

export async function buildFixtureMonth(db: Kysely<DB>): Promise<Fixture> {
  const cityId = await buildSite(db, { slug: 'tay-ninh', name: 'Thành phố Tây Ninh', full_name: 'Ủy ban nhân dân thành phố Tây Ninh', level: 'city', host: 'localhost' });
  const wardId = await buildSite(db, { slug: 'phuong-tan-ninh', name: 'Phường Tân Ninh', full_name: 'Ủy ban nhân dân phường Tân Ninh', level: 'ward', parent_id: cityId });
  const u = {
    vhtt: await buildUnit(db, cityId, { name: 'Phòng Văn hóa và Thông tin', kind: 'office', sort_order: 1 }),
    tckh: await buildUnit(db, cityId, { name: 'Phòng Tài chính - Kế hoạch', kind: 'office', sort_order: 2 }),
    phuNu: await buildUnit(db, cityId, { name: 'Hội Liên hiệp Phụ nữ thành phố', kind: 'mass_org', sort_order: 3 }),
    radio: await buildUnit(db, cityId, { name: 'Đài Truyền thanh thành phố', kind: 'radio', sort_order: 4 }),
    party: await buildUnit(db, cityId, { name: 'Ban Tuyên giáo Thành ủy', kind: 'party', sort_order: 5 }),
    wardOffice: await buildUnit(db, wardId, { name: 'Văn phòng HĐND và UBND phường', kind: 'ward_office', sort_order: 1 }),
  };
  const mediaId = await photo(db, cityId);
  const wardMedia = await photo(db, wardId);
  const items: Record<string, number> = {};
  const add = async (key: string, unitId: number | null, ph: 'cover' | 'body' | null, steps: Step[], extra: { genre?: string; author?: string; siteId?: number } = {}) => {
    items[key] = await addItem(db, { siteId: extra.siteId ?? cityId, unitId, title: `Tin ${key}`, photo: ph, mediaId: extra.siteId === wardId ? wardMedia : mediaId, steps, ...extra });
  };
  // U1 Phòng Văn hóa và Thông tin
  await add('a1', u.vhtt, 'cover', [['submit', '2026-01-27 08:00'], ['approve', '2026-01-28 09:00'], ['startEditing', '2026-01-28 10:00'], ['publish', '2026-01-29 08:00']]);
  await add('a2', u.vhtt, null, [['submit', '2026-02-10 08:00'], ['approve', '2026-02-11 09:00'], ['startEditing', '2026-02-11 10:00'], ['publish', '2026-02-16 09:00']]);
  await add('a3', u.vhtt, 'cover', [['submit', '2026-02-20 08:00'], ['approve', '2026-02-21 09:00'], ['startEditing', '2026-02-22 10:00'], ['returnToAuthor', '2026-02-23 11:00']]);
  await add('a4', u.vhtt, 'cover', [['submit', '2026-01-24 08:00'], ['approve', '2026-01-24 15:00'], ['startEditing', '2026-01-25 16:00'], ['publish', '2026-01-26 00:30']]);
  await add('p1', u.vhtt, 'body', [['startEditing', '2026-01-10 07:00'], ['publish', '2026-01-10 08:00']]);
  // U2 Phòng Tài chính - Kế hoạch
  await add('b1', u.tckh, 'cover', [['submit', '2026-02-02 08:00'], ['approve', '2026-02-03 09:00'], ['startEditing', '2026-02-04 10:00'], ['publish', '2026-02-05 08:00']], { genre: 'article', author: 'Trần Thị Bình' });
  await add('b2', u.tckh, 'cover', [['submit', '2026-02-24 08:00'], ['approve', '2026-02-25 10:00'], ['startEditing', '2026-02-25 14:00'], ['publish', '2026-02-26 08:00']]);
  await add('b3', u.tckh, 'cover', [['sendToBoard', '2026-02-25 09:00'], ['startEditing', '2026-02-25 15:00'], ['publish', '2026-02-25 23:59']]);
  await add('b4', u.tckh, 'cover', [['submit', '2026-02-09 08:00'], ['approve', '2026-02-10 09:00'], ['returnToLeader', '2026-02-12 10:00'], ['approve', '2026-02-13 09:00'], ['startEditing', '2026-02-13 10:00'], ['publish', '2026-02-14 08:00']]);
  await add('b5', u.tckh, 'cover', [['submit', '2026-02-12 08:00'], ['approve', '2026-02-13 09:00'], ['startEditing', '2026-02-13 10:00'], ['publish', '2026-02-15 08:00'], ['unpublish', '2026-02-20 08:00']]);
  // U3 Hội Liên hiệp Phụ nữ thành phố
  await add('c1', u.phuNu, null, [['submit', '2026-02-03 08:00'], ['returnToAuthor', '2026-02-04 08:00'], ['submit', '2026-02-05 08:00'], ['approve', '2026-02-06 08:00'], ['startEditing', '2026-02-06 10:00'], ['publish', '2026-02-09 08:00']]);
  await add('c2', u.phuNu, 'cover', [['submit', '2026-02-18 08:00'], ['approve', '2026-02-19 08:00'], ['returnToAuthor', '2026-02-20 08:00']]);
  await add('c0', u.phuNu, 'cover', [['startEditing', '2026-01-20 07:00'], ['publish', '2026-01-20 08:00']]);
  await add('c00', u.phuNu, 'cover', [['startEditing', '2026-01-22 07:00'], ['publish', '2026-01-22 08:00']]);
  // U4 Đài Truyền thanh: r1…r14 on these days (r12 on 17/02, in Tết)
  const radioDays = ['01-27', '01-29', '02-02', '02-03', '02-04', '02-05', '02-06', '02-09', '02-10', '02-11', '02-12', '02-17', '02-18', '02-19'];
  for (const [i, d] of radioDays.entries()) {
    await add(`r${i + 1}`, u.radio, i < 3 ? 'cover' : null, [['sendToBoard', `2026-${d} 07:00`], ['startEditing', `2026-${d} 07:30`], ['publish', `2026-${d} 08:00`]], { author: 'Phạm Thị Dung' });
  }
  await add('r15', u.radio, null, [['sendToBoard', '2026-02-25 23:00'], ['startEditing', '2026-02-25 23:10'], ['publish', '2026-02-25 23:50']]);
  await add('r16', u.radio, null, [['sendToBoard', '2026-02-25 23:55'], ['startEditing', '2026-02-25 23:58'], ['publish', '2026-02-26 00:05']]);
  for (let i = 1; i <= 12; i++) {
    const d = String(i + 1).padStart(2, '0');
    await add(`q${i}`, u.radio, null, [['sendToBoard', `2026-01-${d} 07:00`], ['startEditing', `2026-01-${d} 07:30`], ['publish', `2026-01-${d} 08:00`]]);
  }
  // U5 party, and the board's own item
  await add('e1', u.party, 'cover', [['sendToBoard', '2026-02-09 08:00'], ['startEditing', '2026-02-09 10:00'], ['publish', '2026-02-10 08:00']]);
  await add('n1', null, 'cover', [['startEditing', '2026-02-12 07:00'], ['publish', '2026-02-12 08:00']]);
  // The ward: its own office publishes two items with photos in February, one in the city's days (isolation).
  await add('w1', u.wardOffice, 'cover', [['submit', '2026-02-05 08:00'], ['approve', '2026-02-05 09:00'], ['startEditing', '2026-02-05 10:00'], ['publish', '2026-02-06 08:00']], { siteId: wardId });
  await add('w2', u.wardOffice, 'cover', [['submit', '2026-02-11 08:00'], ['approve', '2026-02-11 09:00'], ['startEditing', '2026-02-11 10:00'], ['publish', '2026-02-12 08:00']], { siteId: wardId });
  return { cityId, wardId, units: u, items, mediaId };
}
