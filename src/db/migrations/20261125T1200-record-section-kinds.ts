/**
 * Data only: sections scaffolded before structured content existed get the kind that lists their records
 * (e.g. "van-ban" news → documents), when they still have the old default kind. Frozen in time: the list is
 * copied here, not imported, so later changes to the defaults do not rewrite history.
 */
import type { Kysely } from 'kysely';

const CHANGES: readonly [slug: string, from: string, to: string][] = [
  ['lich-cong-tac', 'news', 'schedule'],
  ['van-ban', 'news', 'documents'],
  ['van-ban-quy-pham-phap-luat', 'news', 'documents'],
  ['van-ban-hanh-chinh', 'news', 'documents'],
  ['quy-hoach-ke-hoach', 'news', 'plans'],
  ['du-an-dau-tu-dau-thau-mua-sam-cong', 'news', 'investment'],
  ['cong-khai-ngan-sach', 'news', 'budget'],
  ['thong-ke', 'news', 'statistics'],
  ['thong-tin-bao-chi', 'news', 'press'],
  ['tiep-can-thong-tin', 'page', 'access_info'],
  ['cong-khai-dan-chu-co-so', 'news', 'grassroots'],
  ['danh-ba-lien-he', 'page', 'directory'],
  ['english', 'page', 'english'],
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const [slug, from, to] of CHANGES) {
    await db.updateTable('sections').set({ kind: to }).where('slug', '=', slug).where('kind', '=', from).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [slug, from, to] of CHANGES) {
    await db.updateTable('sections').set({ kind: from }).where('slug', '=', slug).where('kind', '=', to).execute();
  }
}
