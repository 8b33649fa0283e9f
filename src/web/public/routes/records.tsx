/**
 * Public pages of the structured content (issue 5): the section of a record kind lists its records with search
 * filters, and `/<section>/<id>-<slug>` shows one record. sections.tsx hands these kinds over here; everything
 * else (news, pages, links) stays there. Also the download route of document files.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { filesDirOf } from '../../../commands/documents/documentFiles.ts';
import { portalDateOf } from '../../../core/calendar/workingDays.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { ATTACHMENT_LABELS, type AttachmentKind, attachmentFileName } from '../../../core/files/attachmentKind.ts';
import { formatBytes } from '../../../core/media/imagePolicy.ts';
import {
  DISCLOSURE_SPECS, type DisclosureCategory, GRASSROOTS_ITEMS, isDisclosureCategory, periodLabel,
} from '../../../core/records/disclosures.ts';
import {
  DOCUMENT_FIELDS, DOCUMENT_TYPES, VALIDITY_LABELS, VALIDITY_STATES, documentFieldLabel, documentTypeLabel, validityText,
} from '../../../core/records/documents.ts';
import { buildICalendar, parseWeekKey, shiftWeek, weekOfDate } from '../../../core/records/schedule.ts';
import { formatDateTime, formatShortDate } from '../../../core/text/dates.ts';
import { compareVietnamese, foldDiacritics, slugify } from '../../../core/text/vietnamese.ts';
import type { SectionKind } from '../../../core/types.ts';
import { listPublishedCards, listPublishedPages } from '../../../db/repositories/contentRepository.ts';
import {
  disclosureYears, findPublishedDisclosure, listPublishedDisclosures,
} from '../../../db/repositories/disclosureRepository.ts';
import {
  documentFacets, documentsByIds, documentsPointingTo, findDocumentFile, findPublishedDocument, listDocumentFiles, listPublishedDocuments,
} from '../../../db/repositories/documentRepository.ts';
import { listOfficials, listSpokespersons } from '../../../db/repositories/officialRepository.ts';
import { listScheduleEntries } from '../../../db/repositories/scheduleRepository.ts';
import { listUnits } from '../../../db/repositories/unitRepository.ts';
import type { DisclosureRow, DocumentFileRow, DocumentRow, OfficialRow, SectionRow } from '../../../db/schema.ts';
import type { AppContext } from '../../appContext.ts';
import { tag } from '../../cache/tags.ts';
import { CardList, Pager } from '../../components/ContentCards.tsx';
import { type Crumb, PublicLayout } from '../../components/PublicLayout.tsx';
import { SanitizedHtml } from '../../components/SanitizedHtml.tsx';
import { contentPath } from '../../presenters/content.ts';
import { type ScheduleDay, presentWeek, weekTitle } from '../../presenters/schedule.ts';
import { renderDocument } from '../../render.ts';
import { SITE_PREFIX } from '../../siteDirectory.ts';
import { type PublicPageContext, resolveSite } from '../loadChrome.ts';
import { sectionAndDescendants, toCards } from '../queries.ts';
import { sendPublicHtml } from '../send.ts';

export const RECORD_SECTION_KINDS: readonly SectionKind[] = [
  'documents', 'schedule', 'directory', 'english', 'procedures', 'budget', 'plans', 'investment', 'statistics', 'grassroots', 'access_info', 'press',
];

export function isRecordSectionKind(kind: string): boolean {
  return (RECORD_SECTION_KINDS as readonly string[]).includes(kind);
}

const PAGE_SIZE = 20;
const UPDATING = 'Chuyên mục đang được cập nhật.';

function crumbsOf(page: PublicPageContext, section: SectionRow, last?: string): Crumb[] {
  const chain: SectionRow[] = [];
  for (let s: SectionRow | undefined = section; s; s = page.sections.find((x) => x.id === s!.parent_id)) chain.unshift(s);
  const crumbs: Crumb[] = [{ label: 'Trang chủ', href: page.path('/') }, ...chain.map((s) => ({ label: s.name, href: page.path(`/${s.slug}`) }))];
  return last ? [...crumbs, { label: last }] : crumbs;
}

function str(q: unknown): string {
  return typeof q === 'string' ? q.slice(0, 200).trim() : '';
}

function pageNumber(q: unknown): number {
  const n = Number(str(q));
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : 1;
}

function itemSlug(id: number, text: string): string {
  return `${id}-${slugify(text, 60)}`.replace(/-$/, '');
}

function idOfSlug(slug: string): number | undefined {
  const m = /^(\d{1,10})(?:-|$)/.exec(slug);
  return m ? Number(m[1]) : undefined;
}

interface Shell {
  ctx: AppContext;
  reply: FastifyReply;
  page: PublicPageContext;
  section: SectionRow;
}

/** The common frame of a record section page: heading, description, child sections, static pages, legacy news. */
async function sectionFrame(s: Shell, body: ComponentChildren, opts: { empty: boolean; tags: string[]; title?: string; noindex?: boolean }) {
  const { ctx, page, section } = s;
  const children = page.sections.filter((c) => c.parent_id === section.id);
  const pages = await listPublishedPages(ctx.db, page.site.id, section.id);
  const news = await toCards(ctx.db, page, await listPublishedCards(ctx.db, page.site.id, { sectionIds: [section.id], limit: 6 }));
  const meta = {
    title: opts.title ?? section.name, description: section.description || `${section.name} – ${page.site.full_name}`,
    url: page.absolute(`/${section.slug}`), type: 'website' as const, publisher: page.site.full_name, noindex: opts.noindex ?? false,
  };
  const nothing = opts.empty && pages.length === 0 && news.length === 0;
  return sendPublicHtml(s.reply, renderDocument(
    <PublicLayout chrome={page.chrome} meta={meta} crumbs={crumbsOf(page, section)} today={ctx.clock.now()}>
      <h1>{section.name}</h1>
      {section.description && <p class="lede">{section.description}</p>}
      {children.length > 0 && (
        <nav class="subsections" aria-label="Chuyên mục con">
          <ul>{children.map((c) => <li key={c.id}><a href={page.path(`/${c.slug}`)}>{c.name}</a></li>)}</ul>
        </nav>
      )}
      {nothing ? <p class="empty">{UPDATING}</p> : body}
      {pages.length > 0 && (
        <section aria-labelledby="trang-lien-quan">
          <h2 id="trang-lien-quan">Thông tin thêm</h2>
          <ul class="page-list">{pages.map((p) => <li key={p.id}><a href={page.path(contentPath(p, section))}>{p.title}</a>{p.summary && <p>{p.summary}</p>}</li>)}</ul>
        </section>
      )}
      {news.length > 0 && (
        <section aria-labelledby="tin-trong-chuyen-muc">
          <h2 id="tin-trong-chuyen-muc">Tin, bài</h2>
          <CardList cards={news} />
        </section>
      )}
    </PublicLayout>,
  ), 200, { tags: [tag.site(page.site.id), tag.section(section.id), ...pages.map((p) => tag.content(p.id)), ...opts.tags], visit: { siteId: page.site.id } });
}

/* ------------------------------------------------------------------ documents */

function isRootDocuments(page: PublicPageContext, section: SectionRow): boolean {
  for (let p = page.sections.find((s) => s.id === section.parent_id); p; p = page.sections.find((s) => s.id === p!.parent_id)) {
    if (p.kind === 'documents') return false;
  }
  return true;
}

/** The slug of the section a document lives in: its own, else the site's top documents section. */
function homeSlugOf(sections: readonly Pick<SectionRow, 'id' | 'slug' | 'kind' | 'parent_id'>[], doc: Pick<DocumentRow, 'section_id'>): string {
  const own = doc.section_id !== null ? sections.find((x) => x.id === doc.section_id && x.kind === 'documents') : undefined;
  const root = sections.find((x) => x.kind === 'documents' && !sections.some((p) => p.id === x.parent_id && p.kind === 'documents'));
  return (own ?? root)?.slug ?? 'van-ban';
}

function fileHref(page: PublicPageContext, f: DocumentFileRow, doc: DocumentRow): string {
  return page.path(`/tep-dinh-kem/${f.id}/${attachmentFileName(slugify(doc.number_symbol || doc.abstract, 60), f.kind as AttachmentKind)}`);
}

async function documentsSection(s: Shell, query: Record<string, unknown>) {
  const { ctx, page, section } = s;
  const filter = {
    q: str(query.q), loai: str(query.loai), coQuan: str(query['co-quan']), nam: str(query.nam), linhVuc: str(query['linh-vuc']), hieuLuc: str(query['hieu-luc']),
  };
  const current = pageNumber(query.trang);
  const root = isRootDocuments(page, section);
  const wards = root ? ctx.directory.children(page.site.id) : [];
  const year = /^\d{4}$/.test(filter.nam) ? Number(filter.nam) : undefined;
  const rows = await listPublishedDocuments(ctx.db, page.site.id, {
    sectionIds: sectionAndDescendants(page.sections, section.id), includeUnsectioned: root, sharedFrom: wards.map((w) => w.id),
    docType: DOCUMENT_TYPES.some((t) => t.code === filter.loai) ? filter.loai : undefined,
    field: DOCUMENT_FIELDS.some((f) => f.code === filter.linhVuc) ? filter.linhVuc : undefined,
    validity: (VALIDITY_STATES as readonly string[]).includes(filter.hieuLuc) ? filter.hieuLuc : undefined,
    year, issuer: filter.coQuan ? foldDiacritics(filter.coQuan) : undefined,
    words: foldDiacritics(filter.q).split(/\s+/).filter(Boolean).slice(0, 8),
    limit: PAGE_SIZE + 1, offset: (current - 1) * PAGE_SIZE,
  });
  const shown = rows.slice(0, PAGE_SIZE);
  const facets = await documentFacets(ctx.db, page.site.id);
  const filtered = Object.values(filter).some(Boolean);
  // Ward documents shared with the parent link to the ward's own portal.
  const foreign = new Map<number, string>();
  const wardSections = wards.length
    ? await ctx.db.selectFrom('sections').select(['id', 'site_id', 'slug', 'kind', 'parent_id']).where('site_id', 'in', wards.map((w) => w.id)).where('kind', '=', 'documents').execute()
    : [];
  for (const w of wards) foreign.set(w.id, w.host ? ctx.directory.siteUrl(w).replace(/\/+$/, '') : `${SITE_PREFIX}/${w.slug}`);
  const href = (d: DocumentRow) => (d.site_id === page.site.id
    ? page.path(`/${homeSlugOf(page.sections, d)}/${itemSlug(d.id, d.number_symbol)}`)
    : `${foreign.get(d.site_id)}/${homeSlugOf(wardSections.filter((x) => x.site_id === d.site_id), d)}/${itemSlug(d.id, d.number_symbol)}`);
  const base = page.path(`/${section.slug}`);
  const qs = (n: number) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: filter.q, loai: filter.loai, 'co-quan': filter.coQuan, nam: filter.nam, 'linh-vuc': filter.linhVuc, 'hieu-luc': filter.hieuLuc })) if (v) p.set(k, v);
    if (n > 1) p.set('trang', String(n));
    const t = p.toString();
    return t ? `${base}?${t}` : base;
  };
  const today = portalDateOf(ctx.clock.now());
  const body = (
    <>
      <form class="record-filters" method="get" action={base} role="search" aria-label="Tìm kiếm văn bản">
        <div><label for="q">Số ký hiệu, trích yếu</label><input id="q" name="q" type="search" value={filter.q} /></div>
        <div><label for="loai">Hình thức</label>
          <select id="loai" name="loai"><option value="">Tất cả</option>{DOCUMENT_TYPES.map((t) => <option key={t.code} value={t.code} selected={t.code === filter.loai}>{t.label}</option>)}</select></div>
        <div><label for="co-quan">Cơ quan ban hành</label>
          <select id="co-quan" name="co-quan"><option value="">Tất cả</option>{facets.issuers.sort(compareVietnamese).map((i) => <option key={i} value={i} selected={i === filter.coQuan}>{i}</option>)}</select></div>
        <div><label for="nam">Năm ban hành</label>
          <select id="nam" name="nam"><option value="">Tất cả</option>{facets.years.map((y) => <option key={y} value={String(y)} selected={String(y) === filter.nam}>{y}</option>)}</select></div>
        <div><label for="linh-vuc">Lĩnh vực</label>
          <select id="linh-vuc" name="linh-vuc"><option value="">Tất cả</option>{DOCUMENT_FIELDS.map((f) => <option key={f.code} value={f.code} selected={f.code === filter.linhVuc}>{f.label}</option>)}</select></div>
        <div><label for="hieu-luc">Hiệu lực</label>
          <select id="hieu-luc" name="hieu-luc"><option value="">Tất cả</option>{VALIDITY_STATES.map((v) => <option key={v} value={v} selected={v === filter.hieuLuc}>{VALIDITY_LABELS[v]}</option>)}</select></div>
        <div><button type="submit">Tìm văn bản</button></div>
      </form>
      {shown.length === 0 ? <p class="empty">{filtered ? 'Không tìm thấy văn bản phù hợp.' : UPDATING}</p> : (
        <table class="records">
          <caption class="visually-hidden">Danh sách văn bản</caption>
          <thead><tr><th scope="col">Số ký hiệu</th><th scope="col">Ngày ban hành</th><th scope="col">Trích yếu</th><th scope="col">Hiệu lực</th></tr></thead>
          <tbody>
            {shown.map((d) => (
              <tr key={d.id}>
                <th scope="row"><a href={href(d)}>{d.number_symbol}</a><br /><span class="muted">{documentTypeLabel(d.doc_type)}</span>
                  {d.site_id !== page.site.id && <><br /><span class="site-tag">{ctx.directory.byId(d.site_id)?.name}</span></>}</th>
                <td>{d.issued_on ? formatShortDate(d.issued_on) : ''}</td>
                <td>{d.abstract}</td>
                <td>{validityText(d.validity, d.effective_on, today)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager prevHref={current > 1 ? qs(current - 1) : null} nextHref={rows.length > PAGE_SIZE ? qs(current + 1) : null} />
    </>
  );
  return sectionFrame(s, body, {
    empty: shown.length === 0 && !filtered, noindex: filtered || current > 1,
    tags: [tag.collection(page.site.id, 'documents'), ...wards.flatMap((w) => [tag.site(w.id), tag.collection(w.id, 'documents')])],
  });
}

async function documentItem(s: Shell, slug: string) {
  const { ctx, page, section } = s;
  const id = idOfSlug(slug);
  const doc = id !== undefined ? await findPublishedDocument(ctx.db, page.site.id, id) : undefined;
  if (!doc) return null;
  const [files, linked, pointing] = await Promise.all([
    listDocumentFiles(ctx.db, page.site.id, [doc.id]),
    documentsByIds(ctx.db, page.site.id, [doc.replaces_id, doc.amends_id].filter((x): x is number => x !== null)),
    documentsPointingTo(ctx.db, page.site.id, doc.id),
  ]);
  const home = page.sections.find((x) => x.slug === homeSlugOf(page.sections, doc)) ?? section;
  const link = (d: DocumentRow) => <a href={page.path(`/${homeSlugOf(page.sections, d)}/${itemSlug(d.id, d.number_symbol)}`)}>{d.number_symbol}</a>;
  const published = linked.filter((d) => d.status === 'published');
  const replaces = published.find((d) => d.id === doc.replaces_id);
  const amends = published.find((d) => d.id === doc.amends_id);
  const title = `${documentTypeLabel(doc.doc_type)} ${doc.number_symbol}`;
  const url = page.absolute(`/${home.slug}/${itemSlug(doc.id, doc.number_symbol)}`);
  return sendPublicHtml(s.reply, renderDocument(
    <PublicLayout chrome={page.chrome} today={ctx.clock.now()} crumbs={crumbsOf(page, home, doc.number_symbol)}
      meta={{ title, description: doc.abstract, url, type: 'article', publisher: page.site.full_name, creator: doc.issuing_body, published: doc.issued_on ? `${doc.issued_on}T00:00:00.000Z` : doc.published_at, modified: doc.updated_at, subject: documentFieldLabel(doc.field) }}>
      <article class="article record">
        <h1>{title}</h1>
        <p class="lede">{doc.abstract}</p>
        <dl class="record-meta">
          <dt>Số ký hiệu</dt><dd>{doc.number_symbol}</dd>
          <dt>Hình thức</dt><dd>{documentTypeLabel(doc.doc_type)}{doc.is_normative ? ' (văn bản quy phạm pháp luật)' : ''}</dd>
          <dt>Cơ quan ban hành</dt><dd>{doc.issuing_body}</dd>
          {doc.signer && <><dt>Người ký</dt><dd>{doc.signer}</dd></>}
          <dt>Ngày ban hành</dt><dd>{doc.issued_on ? formatShortDate(doc.issued_on) : '—'}</dd>
          <dt>Ngày có hiệu lực</dt><dd>{doc.effective_on ? formatShortDate(doc.effective_on) : '—'}</dd>
          <dt>Tình trạng hiệu lực</dt><dd>{validityText(doc.validity, doc.effective_on, portalDateOf(ctx.clock.now()))}</dd>
          {doc.field && <><dt>Lĩnh vực</dt><dd>{documentFieldLabel(doc.field)}</dd></>}
          {replaces && <><dt>Thay thế văn bản</dt><dd>{link(replaces)}</dd></>}
          {amends && <><dt>Sửa đổi, bổ sung văn bản</dt><dd>{link(amends)}</dd></>}
          {pointing.filter((d) => d.replaces_id === doc.id).map((d) => <><dt key={`r${d.id}`}>Bị thay thế bởi</dt><dd>{link(d)}</dd></>)}
          {pointing.filter((d) => d.amends_id === doc.id).map((d) => <><dt key={`a${d.id}`}>Được sửa đổi, bổ sung bởi</dt><dd>{link(d)}</dd></>)}
          {doc.published_at && <><dt>Đăng trên cổng</dt><dd>{formatDateTime(doc.published_at)}</dd></>}
        </dl>
        <h2>Tệp văn bản</h2>
        {files.length === 0 ? <p class="empty">Tệp văn bản đang được cập nhật.</p> : (
          <ul class="file-list">
            {files.map((f) => <li key={f.id}><a href={fileHref(page, f, doc)} download>Tải về: {f.original_name}</a> <span class="muted">({ATTACHMENT_LABELS[f.kind as AttachmentKind] ?? f.kind}, {formatBytes(f.bytes)})</span></li>)}
          </ul>
        )}
      </article>
    </PublicLayout>,
  ), 200, { tags: [tag.site(page.site.id), tag.collection(page.site.id, 'documents')], visit: { siteId: page.site.id } });
}

/* ------------------------------------------------------------------ schedule */

function weekFromQuery(ctx: AppContext, query: Record<string, unknown>) {
  return parseWeekKey(str(query.tuan)) ?? weekOfDate(portalDateOf(ctx.clock.now()));
}

async function weekData(s: Shell, query: Record<string, unknown>) {
  const { ctx, page } = s;
  const week = weekFromQuery(ctx, query);
  const [entries, officials] = await Promise.all([listScheduleEntries(ctx.db, page.site.id, week.startIso, week.endIso), listOfficials(ctx.db, page.site.id)]);
  const leaderId = Number(str(query['lanh-dao']));
  const filtered = Number.isInteger(leaderId) && leaderId > 0 ? entries.filter((e) => e.official_id === leaderId) : entries;
  const leaders = officials.filter((o) => o.is_leader === 1 && entries.some((e) => e.official_id === o.id));
  return { week, days: presentWeek(week, filtered, new Map(officials.map((o) => [o.id, o]))), leaders, leaderId: filtered === entries ? null : leaderId, entries: filtered };
}

function ScheduleTable({ days }: { days: readonly ScheduleDay[] }) {
  return (
    <table class="records schedule">
      <caption class="visually-hidden">Lịch công tác theo ngày</caption>
      <thead><tr><th scope="col">Thời gian</th><th scope="col">Nội dung</th><th scope="col">Địa điểm</th><th scope="col">Chủ trì</th><th scope="col">Thành phần</th><th scope="col">Lãnh đạo</th></tr></thead>
      {days.filter((d) => d.items.length > 0).map((d) => (
        <tbody key={d.date}>
          <tr class="day"><th scope="rowgroup" colSpan={6}>{d.label}</th></tr>
          {d.items.map((e) => (
            <tr key={e.id} class={e.cancelled ? 'cancelled' : e.changed ? 'changed' : undefined}>
              <th scope="row">{e.timeText}</th>
              <td>{e.cancelled ? <del>{e.content}</del> : e.content}
                {e.cancelled && <p class="change-note"><strong>Hoãn, hủy:</strong> {e.changeNote}</p>}
                {!e.cancelled && e.changed && <p class="change-note"><strong>Điều chỉnh{e.changedAt ? ` lúc ${formatDateTime(e.changedAt)}` : ''}:</strong> {e.changeNote}</p>}</td>
              <td>{e.location}</td>
              <td>{e.chair}</td>
              <td>{e.participants}</td>
              <td>{e.leader}</td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

async function scheduleSection(s: Shell, query: Record<string, unknown>) {
  const { page, section } = s;
  const { week, days, leaders, leaderId } = await weekData(s, query);
  const base = page.path(`/${section.slug}`);
  const empty = days.every((d) => d.items.length === 0);
  const body = (
    <>
      <nav class="week-nav" aria-label="Chọn tuần">
        <a href={`${base}?tuan=${shiftWeek(week, -1).key}`} rel="nofollow">« Tuần trước</a>
        <h2 class="week-title">Lịch công tác {weekTitle(week).toLowerCase()}</h2>
        <a href={`${base}?tuan=${shiftWeek(week, 1).key}`} rel="nofollow">Tuần sau »</a>
      </nav>
      {leaders.length > 1 && (
        <form class="record-filters" method="get" action={base}>
          <input type="hidden" name="tuan" value={week.key} />
          <div><label for="lanh-dao">Lịch của</label>
            <select id="lanh-dao" name="lanh-dao"><option value="">Tất cả lãnh đạo</option>
              {leaders.map((o) => <option key={o.id} value={String(o.id)} selected={o.id === leaderId}>{o.full_name} – {o.position}</option>)}</select></div>
          <div><button type="submit">Xem</button></div>
        </form>
      )}
      {empty ? <p class="empty">Lịch công tác tuần này đang được cập nhật.</p> : <ScheduleTable days={days} />}
      <p class="article-tools">
        <a class="print" href={`${base}/ban-in?tuan=${week.key}`}>Bản in lịch tuần</a>
        <a href={`${base}/lich.ics?tuan=${week.key}`}>Tải lịch về lịch cá nhân (iCalendar)</a>
      </p>
    </>
  );
  return sectionFrame(s, body, { empty: false, tags: [tag.collection(page.site.id, 'schedule'), tag.collection(page.site.id, 'officials')], noindex: Boolean(str(query.tuan) || str(query['lanh-dao'])) });
}

async function schedulePrint(s: Shell, query: Record<string, unknown>) {
  const { ctx, page, section } = s;
  const { week, days } = await weekData(s, query);
  const url = page.absolute(`/${section.slug}?tuan=${week.key}`);
  return sendPublicHtml(s.reply, renderDocument(
    <html lang="vi">
      <head>
        <meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="robots" content="noindex" />
        <title>{`Lịch công tác ${weekTitle(week).toLowerCase()} – ${page.site.name}`}</title>
        <link rel="canonical" href={url} /><link rel="stylesheet" href="/assets/print.css" /><link rel="stylesheet" href="/assets/site.css" media="print" />
      </head>
      <body class="print-view schedule-print">
        <header><p class="print-site">{page.site.full_name.toUpperCase()}</p></header>
        <main>
          <h1>Lịch công tác {weekTitle(week).toLowerCase()}</h1>
          {days.every((d) => d.items.length === 0) ? <p>Lịch công tác tuần này đang được cập nhật.</p> : <ScheduleTable days={days} />}
          <p class="print-url">Nguồn: {url} · In lúc {formatDateTime(ctx.clock.now())}</p>
        </main>
      </body>
    </html>,
  ), 200, { tags: [tag.site(page.site.id), tag.collection(page.site.id, 'schedule'), tag.collection(page.site.id, 'officials')] });
}

async function scheduleIcs(s: Shell, query: Record<string, unknown>) {
  const { ctx, page } = s;
  const { week, entries } = await weekData(s, query);
  const officials = new Map((await listOfficials(ctx.db, page.site.id)).map((o) => [o.id, o]));
  const host = new URL(ctx.directory.siteUrl(page.site)).hostname;
  const ics = buildICalendar({
    name: `Lịch công tác ${page.site.name}, ${weekTitle(week).toLowerCase()}`, prodId: '-//Cong TTDT//Lich cong tac//VI',
    events: entries.map((e) => {
      const o = e.official_id !== null ? officials.get(e.official_id) : undefined;
      const description = [o ? `Lãnh đạo: ${o.full_name} – ${o.position}` : '', e.chair ? `Chủ trì: ${e.chair}` : '', e.participants ? `Thành phần: ${e.participants}` : '',
        e.change_count > 0 ? `${e.is_cancelled ? 'Hoãn, hủy' : 'Điều chỉnh'}: ${e.change_note}` : ''].filter(Boolean).join('\n');
      return {
        uid: `lich-cong-tac-${e.id}@${host}`, startIso: e.starts_at, endIso: e.ends_at, summary: e.content, location: e.location, description,
        sequence: e.change_count, cancelled: e.is_cancelled === 1, updatedIso: e.updated_at,
      };
    }),
  });
  return s.reply.code(200).header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `attachment; filename="lich-cong-tac-${page.site.slug}-${week.key}.ics"`)
    .header('cache-control', 'public, max-age=0, s-maxage=60').send(ics);
}

/* ------------------------------------------------------------------ people */

function Person({ o, unitName, lang }: { o: OfficialRow; unitName?: string | undefined; lang?: 'en' }) {
  const en = lang === 'en';
  return (
    <div class="person" lang={lang}>
      <p class="person-name"><strong>{o.full_name}</strong></p>
      <p>{en ? o.position_en || o.position : o.position}{unitName ? ` – ${unitName}` : ''}</p>
      {o.phone && <p>{en ? 'Phone' : 'Điện thoại'}: <a href={`tel:${o.phone.replace(/[^\d+]/g, '')}`}>{o.phone}</a></p>}
      {o.email && <p>{en ? 'E-mail' : 'Thư điện tử'}: <a href={`mailto:${o.email}`}>{o.email}</a></p>}
    </div>
  );
}

async function directorySection(s: Shell) {
  const { ctx, page } = s;
  const [officials, units] = await Promise.all([listOfficials(ctx.db, page.site.id), listUnits(ctx.db, page.site.id)]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const leaders = officials.filter((o) => o.is_leader === 1);
  const focal = officials.filter((o) => o.is_focal_point === 1);
  const site = page.site;
  const body = (
    <>
      <section aria-labelledby="lien-he-co-quan">
        <h2 id="lien-he-co-quan">{site.full_name}</h2>
        <p>Địa chỉ: {site.address || 'đang cập nhật'}</p>
        <p>Điện thoại: {site.phone || 'đang cập nhật'} · Thư điện tử: {site.email ? <a href={`mailto:${site.email}`}>{site.email}</a> : 'đang cập nhật'}</p>
      </section>
      <section aria-labelledby="so-do-to-chuc">
        <h2 id="so-do-to-chuc">Sơ đồ tổ chức</h2>
        <ul class="org-chart">
          <li><span class="org-node org-root">{site.full_name}</span>
            {(leaders.length > 0 || units.length > 0) && (
              <ul>
                {leaders.length > 0 && <li><span class="org-node">Lãnh đạo</span><ul>{leaders.map((o) => <li key={o.id}><span class="org-node">{o.position}: {o.full_name}</span></li>)}</ul></li>}
                {units.length > 0 && <li><span class="org-node">Các cơ quan, đơn vị</span><ul>{units.map((u) => <li key={u.id}><span class="org-node">{u.name}{u.leader_name ? ` – ${u.leader_title || 'Người đứng đầu'}: ${u.leader_name}` : ''}</span></li>)}</ul></li>}
              </ul>
            )}
          </li>
        </ul>
      </section>
      {leaders.length > 0 && (
        <section aria-labelledby="lanh-dao">
          <h2 id="lanh-dao">Lãnh đạo</h2>
          <div class="people">{leaders.map((o) => <Person key={o.id} o={o} unitName={o.unit_id !== null ? unitName.get(o.unit_id) : undefined} />)}</div>
        </section>
      )}
      {focal.length > 0 && (
        <section aria-labelledby="dau-moi">
          <h2 id="dau-moi">Cán bộ đầu mối liên hệ</h2>
          <div class="people">{focal.map((o) => <div key={o.id}>{o.focal_topic && <p class="muted">Đầu mối: {o.focal_topic}</p>}<Person o={o} unitName={o.unit_id !== null ? unitName.get(o.unit_id) : undefined} /></div>)}</div>
        </section>
      )}
      {units.length > 0 && (
        <section aria-labelledby="danh-ba-don-vi">
          <h2 id="danh-ba-don-vi">Danh bạ các cơ quan, đơn vị</h2>
          <table class="records">
            <thead><tr><th scope="col">Đơn vị</th><th scope="col">Người đứng đầu</th><th scope="col">Điện thoại</th><th scope="col">Thư điện tử</th></tr></thead>
            <tbody>{units.map((u) => <tr key={u.id}><th scope="row">{u.name}</th><td>{u.leader_name}{u.leader_title && `, ${u.leader_title}`}</td><td>{u.phone}</td><td>{u.email && <a href={`mailto:${u.email}`}>{u.email}</a>}</td></tr>)}</tbody>
          </table>
        </section>
      )}
    </>
  );
  return sectionFrame(s, body, { empty: false, tags: [tag.collection(page.site.id, 'officials')] });
}

async function englishSection(s: Shell) {
  const { ctx, page } = s;
  const officials = (await listOfficials(ctx.db, page.site.id)).filter((o) => o.is_leader === 1 || o.is_focal_point === 1 || o.is_spokesperson === 1);
  const body = officials.length === 0 ? null : (
    <section aria-labelledby="contacts" lang="en">
      <h2 id="contacts">Contacts</h2>
      <p>{page.site.address} · Phone: {page.site.phone} · E-mail: {page.site.email}</p>
      <table class="records">
        <thead><tr><th scope="col">Name</th><th scope="col">Position</th><th scope="col">Phone</th><th scope="col">E-mail</th></tr></thead>
        <tbody>{officials.map((o) => <tr key={o.id}><th scope="row">{o.full_name}</th><td>{o.position_en || o.position}</td><td>{o.phone}</td><td>{o.email && <a href={`mailto:${o.email}`}>{o.email}</a>}</td></tr>)}</tbody>
      </table>
    </section>
  );
  return sectionFrame(s, body, { empty: officials.length === 0, tags: [tag.collection(page.site.id, 'officials')] });
}

/* ------------------------------------------------------------------ disclosures */

function details(d: DisclosureRow): Record<string, string> {
  try {
    return JSON.parse(d.details) as Record<string, string>;
  } catch {
    return {};
  }
}

function subtypeLabel(category: DisclosureCategory, value: string): string {
  return DISCLOSURE_SPECS[category].subtypes.find((s) => s.value === value)?.label ?? '';
}

function disclosureHref(page: PublicPageContext, section: SectionRow, d: DisclosureRow): string {
  return page.path(`/${section.slug}/${itemSlug(d.id, d.title)}`);
}

function DisclosureTable({ page, section, rows, category }: { page: PublicPageContext; section: SectionRow; rows: readonly DisclosureRow[]; category: DisclosureCategory }) {
  const spec = DISCLOSURE_SPECS[category];
  return (
    <table class="records">
      <caption class="visually-hidden">{spec.label}</caption>
      <thead><tr><th scope="col">Tên</th>{spec.subtypes.length > 0 && <th scope="col">Loại</th>}<th scope="col">Kỳ</th><th scope="col">Ngày đăng</th></tr></thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id}>
            <th scope="row"><a href={disclosureHref(page, section, d)}>{d.title}</a>{d.summary && <><br /><span class="muted">{d.summary}</span></>}</th>
            {spec.subtypes.length > 0 && <td>{subtypeLabel(category, d.subtype)}</td>}
            <td>{periodLabel(d.period_kind, d.period_year, d.period_number)}</td>
            <td>{d.published_at ? formatShortDate(d.published_at) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function disclosureSection(s: Shell, category: DisclosureCategory, query: Record<string, unknown>) {
  const { ctx, page, section } = s;
  const spec = DISCLOSURE_SPECS[category];
  const year = /^\d{4}$/.test(str(query.nam)) ? Number(str(query.nam)) : undefined;
  const subtype = spec.subtypes.some((x) => x.value === str(query.loai)) ? str(query.loai) : undefined;
  const current = pageNumber(query.trang);
  const rows = await listPublishedDisclosures(ctx.db, page.site.id, category, { year, subtype, limit: PAGE_SIZE + 1, offset: (current - 1) * PAGE_SIZE });
  const shown = rows.slice(0, PAGE_SIZE);
  const years = await disclosureYears(ctx.db, page.site.id, category);
  const base = page.path(`/${section.slug}`);
  const filtered = year !== undefined || subtype !== undefined;
  const qs = (n: number) => `${base}?${new URLSearchParams({ ...(year ? { nam: String(year) } : {}), ...(subtype ? { loai: subtype } : {}), trang: String(n) }).toString()}`;
  const body = (
    <>
      {(years.length > 0 || spec.subtypes.length > 0) && (
        <form class="record-filters" method="get" action={base} role="search" aria-label={`Lọc ${spec.label.toLowerCase()}`}>
          {years.length > 0 && <div><label for="nam">Năm</label><select id="nam" name="nam"><option value="">Tất cả</option>
            {years.map((y) => <option key={y} value={String(y)} selected={y === year}>{y}</option>)}</select></div>}
          {spec.subtypes.length > 0 && <div><label for="loai">Loại</label><select id="loai" name="loai"><option value="">Tất cả</option>
            {spec.subtypes.map((x) => <option key={x.value} value={x.value} selected={x.value === subtype}>{x.label}</option>)}</select></div>}
          <div><button type="submit">Lọc</button></div>
        </form>
      )}
      {shown.length === 0 ? <p class="empty">{filtered ? 'Không có mục phù hợp.' : UPDATING}</p> : <DisclosureTable page={page} section={section} rows={shown} category={category} />}
      <Pager prevHref={current > 1 ? qs(current - 1) : null} nextHref={rows.length > PAGE_SIZE ? qs(current + 1) : null} />
    </>
  );
  return sectionFrame(s, body, { empty: shown.length === 0 && !filtered, noindex: filtered || current > 1, tags: [tag.collection(page.site.id, 'disclosures')] });
}

async function proceduresSection(s: Shell) {
  const { ctx, page } = s;
  const rows = await listPublishedDisclosures(ctx.db, page.site.id, 'procedures', { limit: 1000, offset: 0 });
  const byField = new Map<string, DisclosureRow[]>();
  for (const d of rows) {
    const f = details(d).field || 'Lĩnh vực khác';
    byField.set(f, [...(byField.get(f) ?? []), d]);
  }
  const level = (d: DisclosureRow) => (details(d).level === 'toan-trinh' ? 'Trực tuyến toàn trình' : details(d).level === 'mot-phan' ? 'Trực tuyến một phần' : '');
  const body = (
    <>
      <p>Nộp hồ sơ, tra cứu kết quả trên <a href="https://dichvucong.gov.vn" rel="noopener external">Cổng Dịch vụ công quốc gia</a>. Mỗi thủ tục dưới đây dẫn đến trang của thủ tục trên Cổng Dịch vụ công quốc gia.</p>
      {[...byField.keys()].sort(compareVietnamese).map((field) => (
        <section key={field} aria-label={field}>
          <h2>{field}</h2>
          <ul class="procedure-list">
            {byField.get(field)!.map((d) => (
              <li key={d.id}><a href={d.url} rel="noopener external">{d.title}</a>
                <span class="muted">{[details(d).code ? `Mã ${details(d).code}` : '', level(d)].filter(Boolean).join(' · ')}</span></li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
  return sectionFrame(s, body, { empty: rows.length === 0, tags: [tag.collection(page.site.id, 'disclosures')] });
}

async function accessInfoSection(s: Shell) {
  const { ctx, page, section } = s;
  const [rows, officials] = await Promise.all([
    listPublishedDisclosures(ctx.db, page.site.id, 'access_info', { limit: 500, offset: 0 }), listOfficials(ctx.db, page.site.id),
  ]);
  const focal = officials.filter((o) => o.is_focal_point === 1);
  const body = (
    <>
      {focal.length > 0 && (
        <section aria-labelledby="dau-moi-tiep-can">
          <h2 id="dau-moi-tiep-can">Đầu mối cung cấp thông tin</h2>
          <div class="people">{focal.map((o) => <Person key={o.id} o={o} />)}</div>
        </section>
      )}
      <section aria-labelledby="danh-muc-cong-khai">
        <h2 id="danh-muc-cong-khai">Danh mục thông tin phải được công khai</h2>
        {rows.length === 0 ? <p class="empty">Danh mục đang được cập nhật.</p> : (
          <table class="records">
            <thead><tr><th scope="col">Tên thông tin, văn bản</th><th scope="col">Số ký hiệu</th><th scope="col">Ngày</th><th scope="col">Hình thức công khai</th><th scope="col">Thời điểm công khai</th><th scope="col">Thời hạn công khai</th></tr></thead>
            <tbody>
              {rows.map((d) => {
                const x = details(d);
                return (
                  <tr key={d.id}>
                    <th scope="row">{d.url ? <a href={d.url}>{d.title}</a> : <a href={disclosureHref(page, section, d)}>{d.title}</a>}</th>
                    <td>{x.numberSymbol ?? ''}</td><td>{d.decided_on ? formatShortDate(d.decided_on) : ''}</td><td>{x.form ?? ''}</td><td>{x.timing ?? ''}</td><td>{x.duration ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
  return sectionFrame(s, body, { empty: rows.length === 0 && focal.length === 0, tags: [tag.collection(page.site.id, 'disclosures'), tag.collection(page.site.id, 'officials')] });
}

async function pressSection(s: Shell) {
  const { ctx, page, section } = s;
  const wards = page.site.parent_id === null ? ctx.directory.children(page.site.id) : [];
  const [items, social, spokespersons] = await Promise.all([
    listPublishedDisclosures(ctx.db, page.site.id, 'press', { limit: 30, offset: 0 }),
    listPublishedDisclosures(ctx.db, page.site.id, 'social', { limit: 50, offset: 0 }),
    listSpokespersons(ctx.db, [page.site.id, ...wards.map((w) => w.id)]),
  ]);
  const own = spokespersons.filter((o) => o.site_id === page.site.id);
  const ofWards = spokespersons.filter((o) => o.site_id !== page.site.id);
  const body = (
    <>
      <section aria-labelledby="nguoi-phat-ngon">
        <h2 id="nguoi-phat-ngon">Người phát ngôn</h2>
        {own.length === 0 ? <p class="empty">Thông tin người phát ngôn đang được cập nhật.</p> : <div class="people">{own.map((o) => <Person key={o.id} o={o} />)}</div>}
      </section>
      {social.length > 0 && (
        <section aria-labelledby="mang-xa-hoi">
          <h2 id="mang-xa-hoi">Trang mạng xã hội chính thức</h2>
          <ul>{social.map((d) => <li key={d.id}><a href={d.url} rel="noopener external">{d.title}</a></li>)}</ul>
        </section>
      )}
      <section aria-labelledby="thong-tin-bao-chi">
        <h2 id="thong-tin-bao-chi">Thông tin cho báo chí</h2>
        {items.length === 0 ? <p class="empty">{UPDATING}</p> : <DisclosureTable page={page} section={section} rows={items} category="press" />}
      </section>
      {ofWards.length > 0 && (
        <section aria-labelledby="phat-ngon-phuong-xa">
          <h2 id="phat-ngon-phuong-xa">Người phát ngôn của các phường, xã</h2>
          <table class="records">
            <thead><tr><th scope="col">Phường, xã</th><th scope="col">Họ và tên</th><th scope="col">Chức vụ</th><th scope="col">Điện thoại</th><th scope="col">Thư điện tử</th></tr></thead>
            <tbody>{ofWards.map((o) => <tr key={o.id}><th scope="row">{ctx.directory.byId(o.site_id)?.name}</th><td>{o.full_name}</td><td>{o.position}</td><td>{o.phone}</td><td>{o.email}</td></tr>)}</tbody>
          </table>
        </section>
      )}
    </>
  );
  return sectionFrame(s, body, {
    empty: false, tags: [tag.collection(page.site.id, 'disclosures'), tag.collection(page.site.id, 'officials'), ...wards.map((w) => tag.site(w.id))],
  });
}

async function disclosureItem(s: Shell, category: DisclosureCategory, slug: string) {
  const { ctx, page, section } = s;
  const id = idOfSlug(slug);
  const d = id !== undefined ? await findPublishedDisclosure(ctx.db, page.site.id, category, id) : undefined;
  if (!d) return null;
  const spec = DISCLOSURE_SPECS[category];
  const x = details(d);
  const doc = d.document_id !== null ? await findPublishedDocument(ctx.db, page.site.id, d.document_id) : undefined;
  const files = doc ? await listDocumentFiles(ctx.db, page.site.id, [doc.id]) : [];
  const subtype = category === 'grassroots' ? GRASSROOTS_ITEMS.find((g) => g.value === d.subtype)?.label : subtypeLabel(category, d.subtype);
  return sendPublicHtml(s.reply, renderDocument(
    <PublicLayout chrome={page.chrome} today={ctx.clock.now()} crumbs={crumbsOf(page, section, d.title)}
      meta={{ title: d.title, description: d.summary || d.title, url: page.absolute(`/${section.slug}/${itemSlug(d.id, d.title)}`), type: 'article', publisher: page.site.full_name, published: d.published_at, modified: d.updated_at, subject: spec.label }}>
      <article class="article record">
        <h1>{d.title}</h1>
        <dl class="record-meta">
          {subtype && <><dt>Loại</dt><dd>{subtype}</dd></>}
          {d.period_kind !== 'none' && <><dt>Kỳ</dt><dd>{periodLabel(d.period_kind, d.period_year, d.period_number)}</dd></>}
          {d.decided_on && <><dt>Ngày quyết định, phê duyệt</dt><dd>{formatShortDate(d.decided_on)}</dd></>}
          {spec.extraFields.filter((f) => x[f.key]).map((f) => <><dt key={`t${f.key}`}>{f.label}</dt><dd key={`d${f.key}`}>{f.options?.find((o) => o.value === x[f.key])?.label ?? x[f.key]}</dd></>)}
          {d.published_at && <><dt>Ngày đăng</dt><dd>{formatDateTime(d.published_at)}</dd></>}
        </dl>
        {d.summary && <p class="lede">{d.summary}</p>}
        <SanitizedHtml className="prose" html={d.body_html} />
        {d.url && <p><a href={d.url} rel="noopener external">Xem thông tin gốc</a></p>}
        {doc && (
          <section aria-labelledby="van-ban-kem-theo">
            <h2 id="van-ban-kem-theo">Văn bản kèm theo</h2>
            <p>{documentTypeLabel(doc.doc_type)} {doc.number_symbol}: {doc.abstract}</p>
            <ul class="file-list">{files.map((f) => <li key={f.id}><a href={fileHref(page, f, doc)} download>Tải về: {f.original_name}</a> <span class="muted">({formatBytes(f.bytes)})</span></li>)}</ul>
          </section>
        )}
      </article>
    </PublicLayout>,
  ), 200, { tags: [tag.site(page.site.id), tag.collection(page.site.id, 'disclosures'), tag.collection(page.site.id, 'documents')], visit: { siteId: page.site.id } });
}

/* ------------------------------------------------------------------ entry points */

/** The listing of a record section. */
export async function renderRecordSection(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, page: PublicPageContext, section: SectionRow): Promise<FastifyReply> {
  const s: Shell = { ctx, reply, page, section };
  const query = (req.query ?? {}) as Record<string, unknown>;
  switch (section.kind) {
    case 'documents': return documentsSection(s, query);
    case 'schedule': return scheduleSection(s, query);
    case 'directory': return directorySection(s);
    case 'english': return englishSection(s);
    case 'procedures': return proceduresSection(s);
    case 'access_info': return accessInfoSection(s);
    case 'press': return pressSection(s);
    default:
      if (isDisclosureCategory(section.kind)) return disclosureSection(s, section.kind, query);
      throw new NotFoundError();
  }
}

/** One record under a record section, or null when `slug` names no record (it may be a news item or page). */
export async function renderRecordItem(ctx: AppContext, req: FastifyRequest, reply: FastifyReply, page: PublicPageContext, section: SectionRow, slug: string): Promise<FastifyReply | null> {
  const s: Shell = { ctx, reply, page, section };
  const query = (req.query ?? {}) as Record<string, unknown>;
  if (section.kind === 'schedule') {
    if (slug === 'ban-in') return schedulePrint(s, query);
    if (slug === 'lich.ics') return scheduleIcs(s, query);
    return null;
  }
  if (section.kind === 'documents') return documentItem(s, slug);
  const category = section.kind === 'access_info' ? 'access_info' : section.kind;
  if (isDisclosureCategory(category)) return disclosureItem(s, category, slug);
  return null;
}

/** Downloads of document files, only while their document is published. */
export async function recordFileRoutes(app: FastifyInstance): Promise<void> {
  const ctx = app.ctx;
  app.get<{ Params: { fileId: string; name: string } }>('/tep-dinh-kem/:fileId/:name', { config: { permission: 'public' } }, async (req, reply) => {
    const { site } = await resolveSite(ctx, req);
    const id = /^\d{1,10}$/.test(req.params.fileId) ? Number(req.params.fileId) : undefined;
    const file = id !== undefined ? await findDocumentFile(ctx.db, site.id, id) : undefined;
    const doc = file ? await findPublishedDocument(ctx.db, site.id, file.document_id) : undefined;
    if (!file || !doc) throw new NotFoundError('Không tìm thấy tệp văn bản này.');
    const path = join(filesDirOf(ctx.config.dataDir), file.storage_key);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new NotFoundError('Tệp văn bản tạm thời không tải được.');
    const name = attachmentFileName(slugify(doc.number_symbol || doc.abstract, 60), file.kind as AttachmentKind);
    return reply.header('content-type', file.mime).header('content-length', String(info.size))
      .header('content-disposition', `${file.kind === 'pdf' ? 'inline' : 'attachment'}; filename="${name}"`)
      .header('x-content-type-options', 'nosniff').header('cache-control', 'public, max-age=300')
      .send(createReadStream(path));
  });
}

