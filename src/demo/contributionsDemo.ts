/**
 * The demo city's contribution history, so the quota progress, the monthly reports, the royalty payouts and the
 * competition table show real numbers (issue 6). Runs after the main seed (src/demo/seedDemo.ts), on the news
 * items it wrote over six months:
 * - each unit item gets the workflow history before its publication (written, sent to the unit leader, approved,
 *   taken up by the board; the radio station sends straight to the board), as the workflow records it;
 * - some units get items the board returned in some months (thin text, blurred photo, missing source);
 * - the city's report heading names its signer; every city item of the last six periods is assessed for
 *   royalties (suggested coefficients of its genre, its cover photo), most older lines paid, a few left unpaid
 *   past the 60-day deadline;
 * - the monthly reports of the closed periods the news cover (five, with the open sixth month) of the city, and
 *   the last two of the first ward, are generated with their DOCX and XLSX files under DATA_DIR/reports.
 * Deterministic for a given `now`, like the main seed.
 */
import type { Kysely } from 'kysely';
import { produceMonthlyReport } from '../commands/contributions/generateMonthlyReport.ts';
import { QUOTA_SCOPE } from '../commands/contributions/contributionSettings.ts';
import { type Period, isClosed, periodAt, shiftPeriod } from '../core/contributions/periods.ts';
import { defaultContributionSettings } from '../core/contributions/settings.ts';
import { photosOf } from '../core/royalties/assessmentForm.ts';
import { DEFAULT_ROYALTY_SETTINGS, type PartInput, computeLines, rangeFor, unitValue } from '../core/royalties/royalty.ts';
import { foldDiacritics, slugify } from '../core/text/vietnamese.ts';
import type { DB } from '../db/schema.ts';
import { Rng } from './random.ts';

export interface ContributionsDemoOptions {
  now: Date;
  /** DATA_DIR: the reports are written under DATA_DIR/reports. */
  dataDir: string;
  log?: (msg: string) => void;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const REPORT_DAY = 25;
const MONTHS = 6;

const RETURNS: readonly { title: (unit: string, p: Period) => string; reason: string }[] = [
  { title: (u, p) => `${u} sơ kết công tác tháng ${p.month}`, reason: 'Ảnh mờ, chưa có chú thích; đề nghị bổ sung ảnh rõ nét và chú thích đầy đủ.' },
  { title: (u) => `${u} triển khai nhiệm vụ trọng tâm`, reason: 'Nội dung còn sơ sài, chưa nêu kết quả cụ thể; đề nghị bổ sung số liệu.' },
  { title: (u) => `Tập huấn nghiệp vụ cho cán bộ, công chức ${u.replace(/^Phòng /, 'phòng ')}`, reason: 'Có trích dẫn báo nhưng chưa ghi nguồn và đường dẫn; đề nghị bổ sung.' },
];

const iso = (t: number) => new Date(t).toISOString();

export async function seedContributionsDemo(db: Kysely<DB>, opts: ContributionsDemoOptions): Promise<void> {
  const rng = new Rng(606_060);
  const now = opts.now;
  const open = periodAt(now, REPORT_DAY);
  // The closed periods among the last six that the news cover (the main seed spreads them over 180 days).
  const earliest = await db.selectFrom('contents').select((eb) => eb.fn.min('published_at').as('at')).where('kind', '=', 'news').executeTakeFirst();
  const coveredFrom = earliest?.at ? Date.parse(String(earliest.at)) + 20 * DAY : now.getTime();
  const periods = Array.from({ length: MONTHS }, (_, i) => shiftPeriod(open, -(MONTHS - i), REPORT_DAY))
    .filter((p) => isClosed(p, now) && Date.parse(p.endIso) > coveredFrom);
  const sites = await db.selectFrom('sites').selectAll().orderBy('sort_order').orderBy('id').execute();
  const city = sites.find((s) => s.parent_id === null);
  if (!city) return;
  const firstWard = sites.find((s) => s.parent_id === city.id);
  const account = async (username: string) => (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst())?.id ?? null;
  const [editorId, oversightId] = [await account('bientap'), await account('noivu')];

  let history = 0;
  let returned = 0;
  let assessed = 0;
  await db.transaction().execute(async (trx) => {
    const units = await trx.selectFrom('units').selectAll().execute();
    const unitOf = new Map(units.map((u) => [u.id, u]));

    // 1. The workflow history before each unit item's publication.
    const items = await trx.selectFrom('contents').select(['id', 'unit_id', 'published_at', 'created_by']).where('kind', '=', 'news')
      .where('status', '=', 'published').where('unit_id', 'is not', null).where('published_at', 'is not', null).orderBy('id').execute();
    const rows: { content_id: number; from_status: string | null; to_status: string; event: string; reason: string; actor_id: number | null; created_at: string }[] = [];
    for (const it of items) {
      const published = Date.parse(it.published_at!);
      const r = rng.fork(it.id);
      const radio = unitOf.get(it.unit_id!)?.kind === 'radio';
      const edit = published - r.int(2, 20) * HOUR;
      const approve = edit - r.int(1, 30) * HOUR;
      const submit = approve - r.int(1, 24) * HOUR;
      const row = (from: string | null, to: string, event: string, at: number) => ({ content_id: it.id, from_status: from, to_status: to, event, reason: '', actor_id: null, created_at: iso(at) });
      rows.push(row(null, 'draft', 'create', submit - r.int(1, 48) * HOUR));
      if (radio) rows.push(row('draft', 'leader_approved', 'sendToBoard', approve));
      else rows.push(row('draft', 'submitted', 'submit', submit), row('submitted', 'leader_approved', 'approve', approve));
      rows.push(row('leader_approved', 'in_editing', 'startEditing', edit));
    }
    for (let i = 0; i < rows.length; i += 200) await trx.insertInto('content_statuses').values(rows.slice(i, i + 200)).execute();
    history = rows.length;

    // 2. Items the board returned: in each closed period, some units of each site had one sent back.
    for (const site of sites) {
      const siteUnits = units.filter((u) => u.site_id === site.id && u.kind !== 'radio' && u.kind !== 'party');
      for (const p of periods) {
        for (const u of siteUnits) {
          if (!rng.chance(site.id === city.id ? 0.3 : 0.15)) continue;
          const kind = RETURNS[rng.int(0, RETURNS.length - 1)]!;
          const day = Date.parse(p.startIso) + rng.int(3, 25) * DAY + rng.int(1, 9) * HOUR;
          const title = kind.title(u.name, p);
          const at = (h: number) => iso(day + h * HOUR);
          const id = (await trx.insertInto('contents').values({
            site_id: site.id, kind: 'news', section_id: null, unit_id: u.id, slug: `${slugify(title, 60)}-${p.key}-${u.id}`, title,
            summary: 'Tin, bài được Ban Biên tập trả lại để bổ sung.', body_html: `<p>${title}.</p>`, search_text: foldDiacritics(title),
            genre: 'news', author_name: u.leader_name || 'Cộng tác viên', status: 'returned', published_at: null, created_by: null, updated_by: null,
            cover_media_id: null, origin_content_id: null, status_changed_at: at(30), created_at: at(0), updated_at: at(30),
          }).returning('id').executeTakeFirstOrThrow()).id;
          await trx.insertInto('content_revisions').values({
            content_id: id, revision: 1, title, summary: 'Tin, bài được Ban Biên tập trả lại để bổ sung.', body_html: `<p>${title}.</p>`,
            data: JSON.stringify({ unit_id: u.id, genre: 'news', author_name: u.leader_name || 'Cộng tác viên' }), created_by: null, created_at: at(0),
          }).execute();
          await trx.insertInto('content_statuses').values([
            { content_id: id, from_status: null, to_status: 'draft', event: 'create', reason: '', actor_id: null, created_at: at(0) },
            { content_id: id, from_status: 'draft', to_status: 'submitted', event: 'submit', reason: '', actor_id: null, created_at: at(2) },
            { content_id: id, from_status: 'submitted', to_status: 'leader_approved', event: 'approve', reason: '', actor_id: null, created_at: at(20) },
            { content_id: id, from_status: 'leader_approved', to_status: 'in_editing', event: 'startEditing', reason: '', actor_id: editorId, created_at: at(26) },
            { content_id: id, from_status: 'in_editing', to_status: 'returned', event: 'returnToAuthor', reason: kind.reason, actor_id: editorId, created_at: at(30) },
          ]).execute();
          returned++;
        }
      }
    }

    // 3. The city's report is signed by the deputy head of the culture and information office.
    const vhtt = units.find((u) => u.site_id === city.id && u.name === 'Phòng Văn hóa và Thông tin');
    const settings = defaultContributionSettings({ level: city.level, fullName: city.full_name, parentFullName: null });
    await trx.insertInto('contribution_settings').values({
      site_id: city.id, scope: QUOTA_SCOPE, updated_by: oversightId, created_at: iso(now.getTime() - 200 * DAY), updated_at: iso(now.getTime() - 200 * DAY),
      data: JSON.stringify({ ...settings, document: { ...settings.document, signerLines: ['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG'], signerName: vhtt?.leader_name || 'Nguyễn Thị Hoa' } }),
    }).execute();

    // 4. Royalties of the city's items first published in the last six periods (and the open one).
    const s = DEFAULT_ROYALTY_SETTINGS;
    const value = unitValue(s);
    const since = periods[0]?.startIso ?? open.startIso;
    const cityItems = await trx.selectFrom('contents').select(['id', 'unit_id', 'genre', 'author_name', 'cover_media_id', 'body_html', 'published_at'])
      .where('site_id', '=', city.id).where('kind', '=', 'news').where('status', '=', 'published').where('published_at', '>=', since).orderBy('published_at').execute();
    for (const it of cityItems) {
      const r = rng.fork(10_000 + it.id);
      const publishedAt = it.published_at!;
      const radio = it.unit_id !== null && unitOf.get(it.unit_id)?.kind === 'radio';
      const table = radio ? 'radio' : 'online';
      const range = rangeFor(s, table, it.genre);
      const coefficient = Math.max(range.min, Math.min(range.max, range.suggested + 10 * r.int(-2, 2)));
      const author = it.author_name.trim() || 'Ban Biên tập';
      const parts: PartInput[] = [{ kind: 'text', label: 'Phần chữ', mediaId: null, coefficient, shares: [{ authorName: author, shareBp: 10_000 }] }];
      for (const p of photosOf({ coverMediaId: it.cover_media_id, bodyHtml: it.body_html }).slice(0, 1)) {
        parts.push({ kind: 'photo', label: p.label, mediaId: p.mediaId, coefficient: s.photo.suggested + 5 * r.int(-1, 2), shares: [{ authorName: author, shareBp: 10_000 }] });
      }
      const lines = computeLines(parts, { unitValue: value, bonusBp: 0, roundingUnit: s.roundingUnit });
      const assessedAt = iso(Date.parse(publishedAt) + r.int(1, 5) * DAY);
      if (assessedAt > now.toISOString()) continue;
      const id = (await trx.insertInto('royalty_assessments').values({
        site_id: city.id, content_id: it.id, rate_table: table, genre: it.genre, bonuses: '[]', bonus_bp: 0, unit_value: value,
        amount: lines.reduce((a, l) => a + l.amount, 0), period_key: periodAt(publishedAt, REPORT_DAY).key, published_at: publishedAt, note: '',
        assessed_by: editorId, created_at: assessedAt, updated_at: assessedAt,
      }).returning('id').executeTakeFirstOrThrow()).id;
      // Paid about five weeks after publication, except a few forgotten ones (flagged once past 60 days).
      const paidAt = Date.parse(publishedAt) + r.int(30, 45) * DAY;
      const paid = paidAt < now.getTime() && !r.chance(0.12);
      await trx.insertInto('royalty_lines').values(lines.map((l) => ({
        site_id: city.id, assessment_id: id, part_index: l.partIndex, part_kind: l.kind, part_label: l.label, media_id: l.mediaId, coefficient: l.coefficient,
        part_amount: l.partAmount, author_name: l.authorName, share_bp: l.shareBp, amount: l.amount, status: paid ? 'paid' : 'unpaid',
        paid_at: paid ? iso(paidAt) : null, paid_by: paid ? oversightId : null, payment_note: paid ? `Phiếu chi số ${String(id).padStart(3, '0')}/PC-VHTT` : '',
        created_at: assessedAt, updated_at: paid ? iso(paidAt) : assessedAt,
      }))).execute();
      assessed++;
    }
  });

  // 5. The monthly reports of the closed periods, oldest first (numbers follow in the year), with their files.
  let reports = 0;
  for (const site of [city, ...(firstWard ? [firstWard] : [])]) {
    for (const p of site === city ? periods : periods.slice(-2)) {
      await produceMonthlyReport(db, { now: () => new Date(Date.parse(p.endIso) + 5 * 60_000) }, { siteId: site.id, periodKey: p.key, trigger: 'demo', actorId: null, dataDir: opts.dataDir });
      reports++;
    }
  }
  opts.log?.(`Dữ liệu mẫu chỉ tiêu, nhuận bút: ${history} bước duyệt, ${returned} tin bị trả lại, ${assessed} tin, bài đã chấm nhuận bút, ${reports} báo cáo tháng.`);
}
