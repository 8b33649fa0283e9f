/**
 * The demo city's structured content and compliance history, so the oversight's league table tells a story:
 * an exemplary ward that recently completed its contacts (trend up), good wards with one or two gaps, middling
 * ones (a stale schedule, a decision posted late across Tết, budget reports missing), a ward and a commune that
 * have published almost nothing structured, and the city itself with one decision posted a day late across the
 * 30/4 – 1/5 holidays. It also adds the city's own rule from the Phan Thiết directive (two news items a month).
 *
 * Runs after the main seed (seedDemo.ts) in its own transaction: leaders are read back from the seeded
 * "Lãnh đạo" pages; document files are small generated PDFs under DATA_DIR/files. The score history is built
 * by auditing every site as of five dates a week apart (the audit only counts what existed by then).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import { auditSite } from '../commands/compliance/auditSite.ts';
import { addWorkingDays, buildWorkingCalendar, portalDateOf } from '../core/calendar/workingDays.ts';
import { buildCustomRule } from '../core/compliance/overrides.ts';
import { DEFAULT_PACK_ID } from '../core/compliance/packs/index.ts';
import { searchText } from '../commands/records/recordSupport.ts';
import { weekOfInstant } from '../core/records/schedule.ts';
import { foldDiacritics } from '../core/text/vietnamese.ts';
import type { DB, DisclosuresTable, DocumentsTable, SiteRow } from '../db/schema.ts';
import { minimalPdf } from './minimalPdf.ts';
import { Rng } from './random.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** What a site leaves out or gets wrong (the planted gaps of the story). */
type Slip =
  | 'recentSpokesperson' // spokesperson appointed and published only 10 days ago (earlier audits show the gap)
  | 'noSpokesperson' | 'noFocal' | 'staleSchedule' | 'noSchedule' | 'lateDocumentTet' | 'lateDocumentMay' | 'noFiles' | 'noDocuments'
  | 'noProcedures' | 'noBudgetRecent' | 'noPlans' | 'noInvestment' | 'staleStatistics' | 'noGrassroots' | 'noAccessInfo' | 'noSocial';

const PROFILES: Record<string, readonly Slip[]> = {
  'thanh-pho': ['lateDocumentMay'],
  'phuong-tan-ninh': ['recentSpokesperson'],
  'phuong-binh-minh': ['noSocial'],
  'phuong-ninh-thanh': ['staleStatistics', 'noGrassroots'],
  'phuong-ninh-son': ['staleSchedule', 'lateDocumentTet', 'noSpokesperson'],
  'phuong-hiep-ninh': ['noBudgetRecent', 'noProcedures', 'noFiles'],
  'phuong-long-hoa': ['noSchedule', 'noDocuments', 'noProcedures', 'noBudgetRecent', 'noPlans', 'noInvestment', 'staleStatistics', 'noGrassroots', 'noAccessInfo', 'noSocial', 'noFocal'],
  'phuong-hoa-thanh': ['noAccessInfo'],
  'phuong-thanh-dien': ['staleSchedule', 'noInvestment', 'noSocial', 'lateDocumentTet'],
  'phuong-gia-loc': ['noPlans'],
  'xa-thanh-tan': ['noSchedule', 'noDocuments', 'noProcedures', 'noBudgetRecent', 'noPlans', 'noInvestment', 'staleStatistics', 'noGrassroots', 'noAccessInfo', 'noSocial', 'noSpokesperson', 'noFocal'],
  'xa-tan-binh': [],
  'xa-suoi-da': ['noGrassroots', 'noBudgetRecent', 'staleSchedule'],
};

interface Leader {
  name: string;
  title: string;
  duties: string;
  phone: string;
  email: string;
}

/** Leaders as the main seed wrote them on the "Lãnh đạo" page of each site. */
function leadersFromPage(html: string): Leader[] {
  const out: Leader[] = [];
  const re = /<h2>(?:Ông|Bà) ([^<]+)<\/h2>\s*<p><strong>Chức vụ:<\/strong> ([^<]+)<\/p>[\s\S]*?<p><strong>Nhiệm vụ được phân công:<\/strong> ([^<]+)<\/p>\s*<p><strong>Liên hệ:<\/strong> ([^<]*)<\/p>/g;
  for (const m of html.matchAll(re)) {
    const contact = m[4] ?? '';
    out.push({
      name: m[1]!.trim(), title: m[2]!.trim(), duties: m[3]!.trim(),
      phone: /Điện thoại: ([^–]+)/.exec(contact)?.[1]?.trim() ?? '', email: /Thư điện tử: (\S+)/.exec(contact)?.[1]?.trim() ?? '',
    });
  }
  return out;
}

const PROCEDURES = [
  { title: 'Đăng ký khai sinh', code: '1.001193', field: 'Hộ tịch', level: 'toan-trinh' },
  { title: 'Đăng ký kết hôn', code: '1.000894', field: 'Hộ tịch', level: 'mot-phan' },
  { title: 'Đăng ký khai tử', code: '1.000656', field: 'Hộ tịch', level: 'toan-trinh' },
  { title: 'Cấp bản sao trích lục hộ tịch', code: '2.000635', field: 'Hộ tịch', level: 'toan-trinh' },
  { title: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', code: '2.000815', field: 'Chứng thực', level: 'mot-phan' },
  { title: 'Đăng ký thường trú', code: '1.004194', field: 'Đăng ký, quản lý cư trú', level: 'toan-trinh' },
] as const;

const dvcUrl = (code: string) => `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`;

export interface ComplianceDemoOptions {
  now: Date;
  /** DATA_DIR/files */
  filesDir: string;
  log?: (msg: string) => void;
}

/** Adds the structured content and the score history to the seeded demo city (all or nothing, files included). */
export async function seedComplianceDemo(db: Kysely<DB>, opts: ComplianceDemoOptions): Promise<void> {
  const written: string[] = [];
  try {
    await db.transaction().execute(async (trx) => {
      const sites = await trx.selectFrom('sites').selectAll().orderBy('sort_order').orderBy('id').execute();
      const rng = new Rng(5_050_505);
      for (const site of sites) await seedSite(trx, site, PROFILES[site.slug] ?? [], opts, rng.fork(site.id), written);
      await cityRule(trx, sites, opts.now);
      const runs = await history(trx, sites, opts.now);
      opts.log?.(`Dữ liệu mẫu tuân thủ: ${sites.length} cổng, ${written.length} tệp văn bản, ${runs} lần chấm điểm.`);
    });
  } catch (err) {
    await Promise.all(written.map((p) => rm(p, { force: true })));
    throw err;
  }
}

async function seedSite(trx: Kysely<DB>, site: SiteRow, slips: readonly Slip[], opts: ComplianceDemoOptions, rng: Rng, written: string[]): Promise<void> {
  const has = (s: Slip) => slips.includes(s);
  const now = opts.now.getTime();
  const iso = (t: number) => new Date(t).toISOString();
  const setup = iso(now - 150 * DAY);
  const isCity = site.level === 'city';
  const cal = buildWorkingCalendar();
  const sections = await trx.selectFrom('sections').select(['id', 'slug', 'kind']).where('site_id', '=', site.id).execute();
  const sectionId = (slug: string) => sections.find((s) => s.slug === slug)?.id ?? null;
  const units = await trx.selectFrom('units').selectAll().where('site_id', '=', site.id).orderBy('sort_order').execute();
  const page = await trx.selectFrom('contents').select('body_html').where('site_id', '=', site.id).where('kind', '=', 'page').where('slug', '=', 'lanh-dao').executeTakeFirst();
  const leaders = leadersFromPage(page?.body_html ?? '');
  const place = site.full_name.replace(/^Ủy ban nhân dân /, '');

  // Officials: leaders (the chair speaks for the agency), and the office's head as focal point.
  const officialIds: number[] = [];
  for (const [i, l] of leaders.entries()) {
    const spokesperson = i === 0 && !has('noSpokesperson');
    const appointed = spokesperson && has('recentSpokesperson') ? iso(now - 10 * DAY) : setup;
    officialIds.push((await trx.insertInto('officials').values({
      site_id: site.id, unit_id: null, full_name: l.name, position: l.title,
      position_en: i === 0 ? `Chairman of the People's Committee of ${foldDiacritics(place).replace(/\b\w/g, (c) => c.toUpperCase())}` : `Vice Chairman of the People's Committee`,
      phone: l.phone, email: l.email, duties: l.duties, is_leader: 1, is_spokesperson: spokesperson ? 1 : 0, is_focal_point: 0, focal_topic: '',
      appointed_on: spokesperson ? portalDateOf(appointed) : null, sort_order: (i + 1) * 10, created_by: null, updated_by: null,
      created_at: i === 0 ? appointed : setup, updated_at: i === 0 ? appointed : setup,
    }).returning('id').executeTakeFirstOrThrow()).id);
  }
  const office = units.find((u) => u.kind === 'office' || u.kind === 'ward_office');
  if (office && !has('noFocal')) {
    await trx.insertInto('officials').values({
      site_id: site.id, unit_id: office.id, full_name: office.leader_name, position: office.leader_title || 'Chánh Văn phòng',
      position_en: 'Chief of Office', phone: office.phone, email: office.email, duties: 'Đầu mối cung cấp thông tin theo Luật Tiếp cận thông tin.',
      is_leader: 0, is_spokesperson: 0, is_focal_point: 1, focal_topic: 'Tiếp cận thông tin; tiếp nhận phản ánh, kiến nghị', appointed_on: null,
      sort_order: 100, created_by: null, updated_by: null, created_at: setup, updated_at: setup,
    }).execute();
  }

  // Leaders' schedule: four weeks, each posted on the Friday before; a stale one stopped three weeks ago.
  if (!has('noSchedule') && officialIds.length > 0) {
    const thisWeek = weekOfInstant(opts.now);
    const weeks = has('staleSchedule') ? [-6, -5, -4, -3] : [-3, -2, -1, 0];
    const topics = ['Họp giao ban Thường trực UBND', 'Tiếp công dân định kỳ', 'Kiểm tra tiến độ các công trình trên địa bàn',
      'Làm việc với các khu phố, ấp về công tác an sinh xã hội', 'Họp Ban Chỉ đạo chuyển đổi số', 'Dự hội nghị trực tuyến của UBND thành phố'];
    for (const w of weeks) {
      const monday = Date.parse(thisWeek.startIso) + w * 7 * DAY;
      const postedAt = iso(monday - 3 * DAY + 9 * HOUR);
      for (let d = 0; d < 5; d++) {
        if (!rng.chance(0.7)) continue;
        const start = monday + d * DAY + (rng.chance(0.5) ? 7.5 : 14) * HOUR;
        await trx.insertInto('schedule_entries').values({
          site_id: site.id, official_id: rng.pick(officialIds), starts_at: iso(start), ends_at: iso(start + 2 * HOUR),
          location: rng.pick(['Hội trường UBND', 'Phòng họp số 1', 'Trụ sở khu phố', 'Tại cơ sở']), content: rng.pick(topics),
          chair: leaders[0]?.title ?? '', participants: 'Lãnh đạo UBND; công chức chuyên môn liên quan', changed_at: null,
          created_by: null, updated_by: null, created_at: postedAt, updated_at: postedAt,
        }).execute();
      }
    }
  }

  // Documents with a PDF each, posted within the deadline; planted late postings across holidays.
  if (!has('noDocuments')) {
    const docs: { issued: string; posted: string; type: string; abbr: string; abstract: string; field: string; own: boolean }[] = [];
    const subjects = [
      ['quyet-dinh', 'QĐ', 'Về việc ban hành Quy chế làm việc của Ủy ban nhân dân', 'noi-vu'],
      ['ke-hoach', 'KH', 'Kế hoạch cải cách hành chính năm 2026', 'hanh-chinh'],
      ['ke-hoach', 'KH', 'Kế hoạch chuyển đổi số năm 2026', 'hanh-chinh'],
      ['thong-bao', 'TB', 'Thông báo lịch tiếp công dân định kỳ của lãnh đạo', 'hanh-chinh'],
      ['quyet-dinh', 'QĐ', 'Về việc công bố công khai dự toán ngân sách năm 2026', 'tai-chinh'],
      ['chi-thi', 'CT', 'Về tăng cường công tác phòng cháy, chữa cháy mùa khô', 'quoc-phong'],
    ] as const;
    subjects.forEach(([type, abbr, abstract, field], i) => {
      const issuedT = now - (300 - i * 45) * DAY;
      const issued = portalDateOf(new Date(issuedT));
      const posted = addWorkingDays(cal, issued, rng.int(0, 1));
      docs.push({ issued, posted, type, abbr, abstract, field, own: true });
    });
    if (has('lateDocumentTet')) docs.push({ issued: '2026-02-13', posted: '2026-02-26', type: 'quyet-dinh', abbr: 'QĐ', abstract: 'Về việc thành lập Ban Chỉ đạo tổng điều tra kinh tế năm 2026', field: 'kinh-te', own: true });
    if (has('lateDocumentMay')) docs.push({ issued: '2026-04-29', posted: '2026-05-06', type: 'quyet-dinh', abbr: 'QĐ', abstract: 'Về việc phê duyệt danh mục dự án đầu tư công năm 2026', field: 'kinh-te', own: true });
    const root = sectionId('van-ban');
    let n = 10;
    for (const d of docs.sort((a, b) => a.issued.localeCompare(b.issued))) {
      n += rng.int(3, 12);
      const numberSymbol = `${String(n).padStart(2, '0')}/${d.abbr}-UBND`;
      const postedAt = `${d.posted}T0${rng.int(1, 8)}:${String(rng.int(10, 59))}:00.000Z`;
      const row: Insertable<DocumentsTable> = {
        site_id: site.id, section_id: d.type === 'quyet-dinh' || d.type === 'chi-thi' ? sectionId('van-ban-hanh-chinh') ?? root : root,
        number_symbol: numberSymbol, doc_type: d.type, issuing_body: site.full_name, signer: leaders[0] ? `${leaders[0].title} ${leaders[0].name}` : '',
        issued_on: d.issued, effective_on: d.issued, abstract: d.abstract, field: d.field, validity: 'in_force', is_normative: 0, is_own: d.own ? 1 : 0,
        replaces_id: null, amends_id: null, show_on_parent: !isCity && d.field === 'tai-chinh' ? 1 : 0,
        search_text: searchText(numberSymbol, d.abstract, site.full_name), status: 'published', published_at: postedAt,
        created_by: null, updated_by: null, created_at: postedAt, updated_at: postedAt,
      };
      const id = (await trx.insertInto('documents').values(row).returning('id').executeTakeFirstOrThrow()).id;
      if (has('noFiles')) continue;
      const data = minimalPdf([site.full_name, `So: ${numberSymbol}`, d.abstract, `Ngay ${d.issued}`]);
      const key = `demo/${site.slug}/${randomBytes(6).toString('hex')}.pdf`;
      const path = join(opts.filesDir, key);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
      written.push(path);
      await trx.insertInto('document_files').values({
        document_id: id, site_id: site.id, kind: 'pdf', mime: 'application/pdf', original_name: `${numberSymbol.replace(/\//g, '-')}.pdf`,
        bytes: data.length, sha256: createHash('sha256').update(data).digest('hex'), storage_key: key,
        created_by: null, created_at: postedAt,
      }).execute();
    }
  }

  // Disclosures.
  const disclosure = async (category: string, row: Partial<Insertable<DisclosuresTable>> & { title: string; published: number }) => {
    const at = iso(row.published);
    const { published: _p, ...rest } = row;
    await trx.insertInto('disclosures').values({
      site_id: site.id, category, document_id: null, period_year: null, period_number: null, decided_on: null, status: 'published', published_at: at,
      search_text: searchText(row.title, row.summary ?? ''), created_by: null, updated_by: null, created_at: at, updated_at: at, ...rest,
    }).execute();
  };
  const year = Number(portalDateOf(opts.now).slice(0, 4));
  if (!has('noProcedures')) {
    for (const p of PROCEDURES) {
      await disclosure('procedures', { title: p.title, url: dvcUrl(p.code), details: JSON.stringify({ code: p.code, field: p.field, level: p.level }), published: now - 140 * DAY });
    }
  }
  // Budget: the year's estimate in January, then each quarter's execution ten days after the quarter ends.
  await disclosure('budget', { title: `Công khai dự toán ngân sách năm ${year}`, subtype: 'du-toan-giao', period_kind: 'year', period_year: year, published: Date.parse(`${year}-01-12T02:00:00Z`) });
  for (const q of [1, 2, 3]) {
    if (has('noBudgetRecent') && q >= 2) continue;
    const published = Date.UTC(year, q * 3, 10, 2);
    if (published > now) continue;
    await disclosure('budget', { title: `Công khai tình hình thực hiện dự toán ngân sách quý ${['I', 'II', 'III'][q - 1]} năm ${year}`, subtype: 'thuc-hien', period_kind: 'quarter', period_year: year, period_number: q, published });
  }
  if (!has('noPlans')) {
    await disclosure('plans', { title: `Kế hoạch phát triển kinh tế – xã hội năm ${year}`, subtype: 'ke-hoach', period_kind: 'year', period_year: year, published: Date.parse(`${year}-01-08T02:00:00Z`) });
    await disclosure('plans', { title: `Kế hoạch cải cách hành chính năm ${year}`, subtype: 'ke-hoach', period_kind: 'year', period_year: year, published: Date.parse(`${year}-01-20T02:00:00Z`) });
  }
  if (!has('noInvestment')) {
    await disclosure('investment', {
      title: `Nâng cấp, mở rộng đường nội bộ ${isCity ? 'khu trung tâm hành chính' : place}`, subtype: 'du-an', period_kind: 'none',
      details: JSON.stringify({ investor: site.full_name, totalInvestment: `${rng.int(3, 40)} tỷ đồng`, fundingSource: 'Ngân sách địa phương', duration: `${year}–${year + 1}`, status: 'trien-khai' }),
      published: now - 200 * DAY,
    });
  }
  // Statistics: monthly socio-economic reports on the 5th of the next month (stale ones stopped in spring).
  const months = has('staleStatistics') ? [1, 2, 3] : [5, 6, 7, 8, 9, 10];
  for (const m of months) {
    const published = Date.UTC(year, m, 5, 2);
    if (published > now) continue;
    await disclosure('statistics', { title: `Báo cáo tình hình kinh tế – xã hội tháng ${m}/${year}`, subtype: 'bao-cao', period_kind: 'month', period_year: year, period_number: m, published });
  }
  if (!isCity && !has('noGrassroots')) {
    for (const q of [1, 2, 3]) {
      const published = Date.UTC(year, q * 3, 3, 2);
      if (published > now) continue;
      await disclosure('grassroots', { title: `Danh mục nội dung công khai quý ${['I', 'II', 'III'][q - 1]} năm ${year}`, subtype: '4', period_kind: 'quarter', period_year: year, period_number: q, published });
    }
    await disclosure('grassroots', { title: `Danh sách công dân gọi nhập ngũ năm ${year}`, subtype: '9', period_kind: 'year', period_year: year, published: Date.parse(`${year}-01-25T02:00:00Z`) });
  }
  if (!has('noAccessInfo')) {
    for (const [title, form, timing, duration] of [
      ['Quy chế làm việc của Ủy ban nhân dân', 'Đăng trên cổng thông tin điện tử; niêm yết tại trụ sở', 'Trong 05 ngày làm việc kể từ ngày ký', 'Thường xuyên'],
      ['Dự toán, quyết toán ngân sách', 'Đăng trên cổng thông tin điện tử; niêm yết tại trụ sở', 'Theo Luật Ngân sách nhà nước', 'Ít nhất 90 ngày'],
      ['Thủ tục hành chính thuộc thẩm quyền giải quyết', 'Liên kết Cổng Dịch vụ công quốc gia; niêm yết tại bộ phận một cửa', 'Ngay khi được công bố', 'Thường xuyên'],
    ] as const) {
      await disclosure('access_info', { title, details: JSON.stringify({ form, timing, duration }), published: now - 130 * DAY });
    }
  }
  if (!has('noSocial')) {
    const key = site.slug.replace(/-/g, '');
    await disclosure('social', { title: `Zalo OA ${site.name}`, url: `https://zalo.me/${key}`, published: now - 160 * DAY });
    await disclosure('social', { title: `Trang Facebook ${site.name}`, url: `https://www.facebook.com/${key}`, published: now - 160 * DAY });
  }
  if (isCity) {
    for (const back of [2, 1, 0]) {
      const d = new Date(now);
      const published = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 3, 2);
      await disclosure('press', { title: `Thông tin định kỳ cho báo chí tháng ${new Date(published).getUTCMonth() + 1}/${new Date(published).getUTCFullYear()}`, subtype: 'dinh-ky', period_kind: 'none', published });
    }
  }
}

/** The city adds CITY-WF-03 from the Phan Thiết directive as its own rule for wards and communes. */
async function cityRule(trx: Kysely<DB>, sites: readonly SiteRow[], now: Date): Promise<void> {
  const city = sites.find((s) => s.parent_id === null);
  if (!city) return;
  const rule = buildCustomRule({
    id: 'TP-TIN-HANG-THANG', title: 'Mỗi tháng đăng ít nhất 02 tin, bài (chỉ tiêu của thành phố)', legalBasis: 'Công văn 2485/UBND-VX ngày 04/4/2019 của UBND thành phố, mục 2',
    levels: ['ward', 'commune'], kind: 'minItemsPerPeriod', sectionSlug: 'tin-tuc-su-kien', sectionKind: 'news', sectionName: 'Tin tức – Sự kiện',
    amount: '2', period: 'month', periods: '1', weight: '1',
  });
  const at = new Date(now.getTime() - 60 * DAY).toISOString();
  await trx.insertInto('compliance_overrides').values({
    site_id: city.id, pack_id: DEFAULT_PACK_ID, data: JSON.stringify({ weights: {}, extraRules: [rule], calendar: { offDays: [], workDays: [] } }),
    updated_by: null, created_at: at, updated_at: at,
  }).execute();
}

/** Audits every site as of five dates a week apart, oldest first: the league table's trend. */
async function history(trx: Kysely<DB>, sites: readonly SiteRow[], now: Date): Promise<number> {
  const clock = { now: () => now };
  let runs = 0;
  for (const weeksAgo of [4, 3, 2, 1, 0]) {
    const asOf = new Date(now.getTime() - weeksAgo * 7 * DAY).toISOString();
    for (const s of sites) {
      await auditSite(trx, clock, { siteId: s.id, trigger: 'demo', actorId: null, asOf });
      runs++;
    }
  }
  return runs;
}
