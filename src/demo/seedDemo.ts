/**
 * Fills an empty, migrated database with a demo city: the city portal and its wards and communes,
 * their sections, units, leaders, static pages, a few hundred published news items with photos,
 * campaign banners, visit counts and demo accounts. Never for production (config.demoData).
 *
 * Deterministic: every choice comes from a seeded generator, so two runs with the same `now`
 * produce the same rows (only media storage keys differ). All rows are written in one transaction;
 * the photo files are written first and removed again if the transaction fails.
 */
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Insertable, Kysely } from 'kysely';
import { hashPassword } from '../commands/auth/passwords.ts';
import { revisionData } from '../commands/contents/contentSupport.ts';
import { defaultSectionsFor } from '../core/sites/defaultSections.ts';
import { foldDiacritics, slugify } from '../core/text/vietnamese.ts';
import type { Role } from '../core/policies/grants.ts';
import type { SiteLevel } from '../core/types.ts';
import type { ContentsTable, DB } from '../db/schema.ts';
import { type ProcessedImage, processImage } from '../media/imageProcessor.ts';
import {
  ACCOUNT_EMAIL_DOMAIN, CITY, CITY_UNITS, EMAIL_DOMAIN, NameBook, PRESS_SOURCES, type Person, SCHOOLS, STREETS,
  type UnitSpec, WARDS, type WardSpec, honorific, placeOf, wardUnits,
} from './demoData.ts';
import { type ComposedNews, type NewsContext, type NewsTemplate, NEWS_TEMPLATES, composeNews, periodOf, stripTags } from './newsTemplates.ts';
import { type LeaderInfo, type PageDraft, type PageSiteInfo, directoryPage, englishPage, introductionPages } from './pages.ts';
import { Rng } from './random.ts';
import { seedComplianceDemo } from './complianceDemo.ts';
import { seedContributionsDemo } from './contributionsDemo.ts';
import { type BannerSpec, LAYOUTS, PALETTES, type SceneSpec, renderBannerPng, renderScenePng, sceneSpecs } from './scenes.ts';

export const DEMO_PASSWORD = 'demo12345';

export interface DemoAccount {
  username: string;
  password: string;
  /** A Role, or 'platform_admin'. */
  role: string;
  /** Site slug, or '*' for the platform administrator. */
  site: string;
}

export interface SeedDemoOptions {
  /** Where processed photos go (the web layer serves it under /media). */
  mediaDir: string;
  /** The demo's "today": news are spread over the six months before it. */
  now?: Date;
  log?: (msg: string) => void;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const PORTAL_OFFSET = 7 * HOUR; // Asia/Ho_Chi_Minh
const MAX_UPLOAD = 50 * 1024 * 1024;
const NEWS_ON_CITY = 140;
const NEWS_PER_WARD = 17;
const FEATURED_PER_SITE = 8;
const NEWS_SPAN_DAYS = 180;

/** True when the database already has a site: the demo only ever fills an empty one. */
async function hasSites(db: Kysely<DB>): Promise<boolean> {
  return (await db.selectFrom('sites').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Seeds the demo city into an empty database; does nothing (and returns no accounts) when any
 * site exists already.
 */
export async function seedDemo(
  db: Kysely<DB>,
  opts: SeedDemoOptions,
): Promise<{ accounts: DemoAccount[] }> {
  const log = opts.log ?? (() => undefined);
  const now = opts.now ?? new Date();
  if (await hasSites(db)) {
    log('Cơ sở dữ liệu đã có dữ liệu; bỏ qua dữ liệu mẫu.');
    return { accounts: [] };
  }
  const started = Date.now();
  const [rendered, hashed] = await Promise.allSettled([
    renderImages(opts.mediaDir),
    // One hash (Argon2id, default cost) shared by every demo account: they share the password.
    hashPassword(DEMO_PASSWORD),
  ]);
  if (rendered.status === 'rejected') throw rendered.reason;
  const images = rendered.value;
  if (hashed.status === 'rejected') {
    await removeImages(opts.mediaDir, images);
    throw hashed.reason;
  }
  log(`Đã tạo ${images.scenes.length + images.banners.length} ảnh mẫu (${Date.now() - started} ms).`);
  let accounts: DemoAccount[] | null;
  try {
    accounts = await db.transaction().execute(async (trx) => {
      if (await hasSites(trx)) return null;
      return writeDemo(trx, { now, images, passwordHash: hashed.value, log });
    });
  } catch (error) {
    await removeImages(opts.mediaDir, images);
    // Another process seeding at the same moment wins the unique constraint on sites.slug: not an error.
    if (await hasSites(db).catch(() => false)) accounts = null;
    else throw error;
  }
  if (accounts === null) {
    await removeImages(opts.mediaDir, images);
    log('Cơ sở dữ liệu đã có dữ liệu; bỏ qua dữ liệu mẫu.');
    return { accounts: [] };
  }
  // Structured content and compliance history, so the league table tells a story (src/demo/complianceDemo.ts).
  await seedComplianceDemo(db, { now, filesDir: join(dirname(opts.mediaDir), 'files'), log });
  // Workflow history, royalties and monthly reports of the last six months (src/demo/contributionsDemo.ts).
  await seedContributionsDemo(db, { now, dataDir: dirname(opts.mediaDir), log });
  log(`Đã nạp dữ liệu mẫu trong ${Date.now() - started} ms.`);
  return { accounts };
}

/* ------------------------------------------------------------------ images */

interface RenderedImages {
  scenes: { spec: SceneSpec; image: ProcessedImage }[];
  banners: { spec: BannerSpec; image: ProcessedImage }[];
}

const BANNERS: readonly BannerSpec[] = [
  { key: 'chuyen-doi-so', width: 1600, height: 400, colors: ['#0d47a1', '#1e88e5', '#bbdefb'] },
  { key: 'vneid', width: 1600, height: 400, colors: ['#b71c1c', '#e53935', '#ffd54f'] },
  { key: 'dich-vu-cong', width: 1600, height: 400, colors: ['#1b5e20', '#43a047', '#c8e6c9'] },
  { key: 'cuoc-thi', width: 1600, height: 400, colors: ['#4a148c', '#8e24aa', '#e1bee7'] },
];

/** Draws and processes each distinct picture once, two at a time. */
async function renderImages(mediaDir: string): Promise<RenderedImages> {
  const jobs: (() => Promise<void>)[] = [];
  const scenes: RenderedImages['scenes'] = [];
  const banners: RenderedImages['banners'] = [];
  for (const spec of sceneSpecs()) {
    jobs.push(async () => {
      scenes.push({ spec, image: await processImage(await renderScenePng(spec), mediaDir, MAX_UPLOAD) });
    });
  }
  BANNERS.forEach((spec, i) => {
    jobs.push(async () => {
      banners.push({ spec, image: await processImage(await renderBannerPng(spec, i), mediaDir, MAX_UPLOAD) });
    });
  });
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  const done = await Promise.allSettled([worker(), worker()]);
  const partial: RenderedImages = { scenes, banners };
  const failed = done.find((d): d is PromiseRejectedResult => d.status === 'rejected');
  if (failed) {
    await removeImages(mediaDir, partial);
    throw failed.reason;
  }
  scenes.sort((a, b) => a.spec.index - b.spec.index);
  banners.sort((a, b) => BANNERS.indexOf(a.spec) - BANNERS.indexOf(b.spec));
  return partial;
}

async function removeImages(mediaDir: string, images: RenderedImages): Promise<void> {
  const keys = [...images.scenes, ...images.banners].map((i) => i.image.storageKey);
  await Promise.all(keys.map((k) => rm(join(mediaDir, k), { recursive: true, force: true })));
}

/* ------------------------------------------------------------------ site model */

interface SiteModel {
  slug: string;
  name: string;
  fullName: string;
  level: SiteLevel;
  place: string; // "thành phố Tây Ninh" / "phường Tân Ninh"
  address: string;
  phone: string;
  email: string;
  host: string | null;
  ward?: WardSpec;
  leaders: LeaderInfo[];
  units: (UnitSpec & { leader: Person; phone: string; address: string })[];
  id?: number;
}

const HOMETOWNS = ['Tây Ninh', 'Long An', 'Bến Tre', 'Tiền Giang', 'Bình Dương', 'Đồng Tháp', 'Thành phố Hồ Chí Minh', 'Bình Phước'] as const;
const EDUCATION = ['Thạc sĩ Quản lý công', 'Cử nhân Luật', 'Thạc sĩ Kinh tế', 'Cử nhân Hành chính', 'Kỹ sư Xây dựng', 'Thạc sĩ Quản trị kinh doanh'] as const;

function phoneLike(rng: Rng, prefix: string): string {
  return `${prefix} ${String(rng.int(100, 999))}`;
}

/** "nvhung": initials of family and middle names, then the given name, without diacritics. */
function mailbox(name: string): string {
  const parts = foldDiacritics(name).split(/\s+/);
  return parts.slice(0, -1).map((p) => p[0]).join('') + parts.at(-1);
}

function buildLeaders(rng: Rng, names: NameBook, isCity: boolean, place: string, phonePrefix: string): LeaderInfo[] {
  const ubnd = `UBND ${place}`;
  const specs: { title: string; duties: string }[] = [
    {
      title: `Chủ tịch ${ubnd}`,
      duties: 'Lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân dân; trực tiếp phụ trách các lĩnh vực nội vụ, quốc phòng – an ninh, thanh tra, tiếp công dân, cải cách hành chính.',
    },
    {
      title: isCity ? `Phó Chủ tịch Thường trực ${ubnd}` : `Phó Chủ tịch ${ubnd}`,
      duties: 'Giúp Chủ tịch phụ trách các lĩnh vực kinh tế, tài chính – ngân sách, quy hoạch, xây dựng, đất đai, tài nguyên – môi trường, giao thông và trật tự đô thị.',
    },
    {
      title: `Phó Chủ tịch ${ubnd}`,
      duties: 'Giúp Chủ tịch phụ trách các lĩnh vực văn hóa – xã hội, giáo dục, y tế, lao động, thông tin – truyền thông; Trưởng Ban Biên tập cổng thông tin điện tử.',
    },
  ];
  if (isCity) {
    specs.push({
      title: `Phó Chủ tịch ${ubnd}`,
      duties: 'Giúp Chủ tịch phụ trách các lĩnh vực nông nghiệp, công thương, khoa học – công nghệ và chuyển đổi số.',
    });
  }
  return specs.map((s) => {
    const person = names.next();
    return {
      person,
      title: s.title,
      born: rng.int(1968, 1986),
      hometown: rng.pick(HOMETOWNS),
      education: rng.pick(EDUCATION),
      duties: s.duties,
      phone: phoneLike(rng, phonePrefix),
      email: `${mailbox(person.name)}@${EMAIL_DOMAIN}`,
    };
  });
}

function buildSites(rng: Rng, names: NameBook): SiteModel[] {
  const cityUnits = CITY_UNITS.map((u, i) => ({
    ...u, leader: names.next(), phone: `0276 3822 ${String(200 + i * 7).padStart(3, '0')}`, address: CITY.address,
  }));
  const city: SiteModel = {
    slug: CITY.slug, name: CITY.name, fullName: CITY.fullName, level: 'city', place: 'thành phố',
    address: CITY.address, phone: CITY.phone, email: CITY.email, host: CITY.host,
    leaders: buildLeaders(rng, names, true, 'thành phố', '0276 3822'),
    units: cityUnits,
  };
  const wards = WARDS.map((w): SiteModel => {
    const place = placeOf(w.name);
    const address = `Số ${w.houseNumber} ${w.street}, ${place}, thành phố Tây Ninh`;
    const prefix = w.phone ? w.phone.slice(0, 9) : '0276 3850';
    return {
      slug: w.slug, name: w.name, fullName: `Ủy ban nhân dân ${place}`, level: w.level, place,
      address, phone: w.phone, email: `ubnd.${w.short}@${EMAIL_DOMAIN}`, host: null, ward: w,
      leaders: buildLeaders(rng, names, false, place, prefix),
      units: wardUnits(w).map((u) => ({ ...u, leader: names.next(), phone: phoneLike(rng, prefix), address })),
    };
  });
  return [city, ...wards];
}

/* ------------------------------------------------------------------ news plan */

interface NewsDraft {
  template: NewsTemplate;
  publishedAt: Date;
  title: string;
  summary: string;
  bodyHtml: string;
  caption: string;
  sceneIndex: number;
  unitIndex: number;
  genre: 'news' | 'article';
  author: string;
  source: { name: string; url: string } | null;
  featured: boolean;
  views: number;
  createdBy: 'contributor' | 'editor' | null;
}

const numberFormat = new Intl.NumberFormat('vi-VN');

/** A publication time between 06:00 and 21:59 portal time, `daysAgo` days before `now`. */
function publicationTime(now: Date, daysAgo: number, rng: Rng): Date {
  for (let d = daysAgo; ; d++) {
    const localMidnight = Math.floor((now.getTime() + PORTAL_OFFSET) / DAY) * DAY - d * DAY;
    const local = localMidnight + rng.int(6, 21) * HOUR + rng.int(0, 59) * 60_000;
    const utc = local - PORTAL_OFFSET;
    if (utc <= now.getTime() - HOUR) return new Date(utc);
  }
}

/** When the event took place, as a news lead says it: "Sáng 15/9". */
function eventWhen(published: Date, rng: Rng): { when: string; day: number; month: number; year: number } {
  const local = new Date(published.getTime() + PORTAL_OFFSET);
  const h = local.getUTCHours();
  let event = local;
  let part: string;
  if (h < 11) {
    event = new Date(local.getTime() - DAY);
    part = rng.pick(['Chiều', 'Ngày', 'Tối']);
  } else {
    part = h < 17 ? 'Sáng' : rng.pick(['Chiều', 'Ngày']);
  }
  const day = event.getUTCDate();
  const month = event.getUTCMonth() + 1;
  return { when: `${part} ${day}/${month}`, day, month, year: event.getUTCFullYear() };
}

function unitFor(t: NewsTemplate, units: SiteModel['units'], rng: Rng): number {
  const radio = units.findIndex((u) => u.kind === 'radio');
  if (radio >= 0 && rng.chance(0.3)) return radio; // radio stations report on everything (quota 15/month)
  for (const hint of t.unitHints) {
    const i = units.findIndex((u) => u.name.includes(hint));
    if (i >= 0) return i;
  }
  const office = units.findIndex((u) => u.kind === 'office' || u.kind === 'ward_office');
  return office >= 0 ? office : 0;
}

interface SitePeople {
  contributorName: string | null;
  contributorUnit: number | null;
  authors: string[];
}

/** What the templates may say about `site` for an event on `ev`. */
function newsContext(
  site: SiteModel,
  ev: { when: string; day: number; month: number; year: number },
  areas: readonly string[],
  areaWord: string,
  rng: Rng,
): NewsContext {
  const isCity = site.level === 'city';
  const place = isCity ? 'thành phố' : site.place;
  const shortName = site.name.replace(/^(Phường|Xã) /, '');
  const leaderRef = (l: LeaderInfo) => `${honorific(l.person).toLowerCase()} <strong>${l.person.name}</strong>, ${l.title},`;
  const [area, area2] = rng.sample(areas, 2) as [string, string];
  const values = new Map<string, number>();
  return {
    isCity,
    Place: isCity ? 'TP. Tây Ninh' : site.name,
    place,
    ubnd: `UBND ${place}`,
    areaWord,
    area,
    area2,
    street: rng.pick(STREETS),
    school: rng.pick(SCHOOLS),
    market: isCity ? 'chợ trung tâm thành phố' : `chợ ${shortName}`,
    youth: isCity ? 'Thành đoàn Tây Ninh' : `Đoàn ${place}`,
    front: `Ủy ban MTTQ Việt Nam ${place}`,
    women: `Hội Liên hiệp Phụ nữ ${place}`,
    farmers: `Hội Nông dân ${place}`,
    health: isCity ? 'Trung tâm Y tế thành phố' : `Trạm Y tế ${place}`,
    police: `Công an ${place}`,
    military: `Ban Chỉ huy Quân sự ${place}`,
    chair: leaderRef(site.leaders[0]!),
    speaker: leaderRef(rng.pick(site.leaders)),
    when: ev.when,
    day: ev.day,
    month: ev.month,
    year: ev.year,
    period: periodOf(ev.month, ev.year),
    num(key, min = 1, max = 10) {
      let v = values.get(key);
      if (v === undefined) {
        v = rng.int(min, max);
        values.set(key, v);
      }
      return v;
    },
    fmt: (n) => numberFormat.format(n),
  };
}

function planNews(site: SiteModel, sites: SiteModel[], now: Date, rng: Rng, people: SitePeople): NewsDraft[] {
  const isCity = site.level === 'city';
  const count = isCity ? NEWS_ON_CITY : NEWS_PER_WARD;
  const areas = isCity ? sites.filter((s) => s.level !== 'city').map((s) => s.place) : site.ward!.areas;
  const areaWord = isCity ? 'phường, xã' : site.level === 'ward' ? 'khu phố' : 'ấp';
  const drafts: NewsDraft[] = [];
  const titles = new Set<string>();
  for (let i = 0; i < count; i++) {
    const publishedAt = publicationTime(now, rng.int(0, NEWS_SPAN_DAYS), rng);
    const ev = eventWhen(publishedAt, rng);
    const genre = rng.chance(0.25) ? 'article' : 'news';
    const fitting = NEWS_TEMPLATES.filter((t) => !t.months || t.months.includes(ev.month));
    // Draw until the title is new on this site (a listing full of twins looks fake); give up after a few tries.
    let template: NewsTemplate;
    let c: NewsContext;
    let composed: ComposedNews;
    let attempt = 0;
    do {
      template = rng.pick(fitting);
      c = newsContext(site, ev, areas, areaWord, rng);
      composed = composeNews(template, c, genre, rng);
    } while (titles.has(composed.title) && ++attempt < 20);
    titles.add(composed.title);
    const layout = rng.pick(template.layouts);
    const sceneIndex = LAYOUTS.findIndex((l) => l.layout === layout) * PALETTES.length + rng.int(0, PALETTES.length - 1);
    const unitIndex = unitFor(template, site.units, rng);
    const byContributor = people.contributorUnit !== null && unitIndex === people.contributorUnit;
    const press = rng.chance(0.15) ? rng.pick(PRESS_SOURCES) : null;
    const source = press
      ? { name: press.name, url: press.base + press.path(slugify(composed.title, 70), rng.int(100_000, 999_999)) }
      : null;
    drafts.push({
      template,
      publishedAt,
      ...composed,
      sceneIndex,
      unitIndex,
      genre,
      author: byContributor && people.contributorName ? people.contributorName : rng.pick(people.authors),
      source,
      featured: false,
      views: rng.int(20, 3000),
      createdBy: byContributor ? 'contributor' : 'editor',
    });
  }
  drafts.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const featured = new Set([0, 1, 2, ...rng.sample(drafts.slice(3).map((_, i) => i + 3), FEATURED_PER_SITE - 3)]);
  drafts.forEach((d, i) => (d.featured = featured.has(i)));
  return drafts;
}

/* ------------------------------------------------------------------ writing */

interface WriteInput {
  now: Date;
  images: RenderedImages;
  passwordHash: string;
  log: (msg: string) => void;
}

async function insertChunked<T, R>(rows: readonly T[], size: number, insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += size) out.push(...(await insert(rows.slice(i, i + size))));
  return out;
}

async function writeDemo(trx: Kysely<DB>, input: WriteInput): Promise<DemoAccount[]> {
  const { now, images, passwordHash, log } = input;
  const iso = (d: Date | number) => new Date(d).toISOString();
  const nowIso = iso(now);
  const setupAt = iso(now.getTime() - 200 * DAY);
  const rng = new Rng(20_261_125);
  const names = new NameBook(rng.fork(1));
  const sites = buildSites(rng.fork(2), names);
  const [city, ...children] = sites as [SiteModel, ...SiteModel[]];
  const firstWard = children[0]!;

  // Sites.
  const siteRow = (s: SiteModel, order: number, parentId: number | null) => {
    const editor = s.leaders[2]!;
    return {
      slug: s.slug, name: s.name, full_name: s.fullName, level: s.level, parent_id: parentId, host: s.host,
      logo_media_id: null, owner_agency: s.fullName,
      responsible_person: `${honorific(editor.person)} ${editor.person.name} – ${editor.title}, Trưởng Ban Biên tập`,
      address: s.address, phone: s.phone, email: s.email,
      license_info: `© Bản quyền thuộc ${s.fullName}. Ghi rõ nguồn “Cổng thông tin điện tử ${s.level === 'city' ? CITY.place : s.place}” khi phát hành lại thông tin từ cổng này.`,
      description: s.level === 'city'
        ? 'Cổng thông tin điện tử thành phố Tây Ninh: thông tin chính thống về chỉ đạo, điều hành của chính quyền thành phố, chính sách, pháp luật, thủ tục hành chính và đời sống kinh tế – xã hội.'
        : `Cổng thông tin điện tử ${s.place}: thông tin chính thống về hoạt động của chính quyền, chính sách, thủ tục hành chính và đời sống người dân trên địa bàn.`,
      settings: '{}', sort_order: order, created_at: setupAt, updated_at: setupAt,
    };
  };
  city.id = (await trx.insertInto('sites').values(siteRow(city, 0, null)).returning('id').executeTakeFirstOrThrow()).id;
  const childIds = await trx.insertInto('sites').values(children.map((s, i) => siteRow(s, (i + 1) * 10, city.id!)))
    .returning(['id', 'slug']).execute();
  for (const s of children) s.id = childIds.find((r) => r.slug === s.slug)!.id;

  // Sections: parents first, then children (the flat list has parents before their children).
  const sectionIds = new Map<string, number>(); // "siteId:slug" → id
  const sectionRows = (parents: boolean) => sites.flatMap((s) => defaultSectionsFor(s.level)
    .filter((d) => (d.parentSlug === null) === parents)
    .map((d) => ({
      site_id: s.id!, parent_id: d.parentSlug ? sectionIds.get(`${s.id}:${d.parentSlug}`)! : null,
      slug: d.slug, name: d.name, kind: d.kind, description: d.description, legal_basis: d.legalBasis,
      external_url: d.externalUrl, in_menu: d.inMenu ? 1 : 0, on_home: d.onHome ? 1 : 0, sort_order: d.sortOrder,
      created_at: setupAt, updated_at: setupAt,
    })));
  for (const parents of [true, false]) {
    const rows = await insertChunked(sectionRows(parents), 200, (chunk) =>
      trx.insertInto('sections').values(chunk).returning(['id', 'site_id', 'slug']).execute());
    for (const r of rows) sectionIds.set(`${r.site_id}:${r.slug}`, r.id);
  }
  const section = (s: SiteModel, slug: string) => sectionIds.get(`${s.id}:${slug}`)!;

  // Units.
  const unitIds = new Map<string, number>(); // "siteId:index" → id
  const unitRows = sites.flatMap((s) => s.units.map((u, i) => ({
    site_id: s.id!, name: u.name, kind: u.kind, leader_name: u.leader.name, leader_title: u.leaderTitle,
    phone: u.phone, email: `${u.email}@${EMAIL_DOMAIN}`, address: u.address, sort_order: (i + 1) * 10,
    created_at: setupAt, updated_at: setupAt,
  })));
  for (const r of await trx.insertInto('units').values(unitRows).returning(['id', 'site_id', 'name']).execute()) {
    const s = sites.find((x) => x.id === r.site_id)!;
    unitIds.set(`${s.id}:${s.units.findIndex((u) => u.name === r.name)}`, r.id);
  }
  const unitId = (s: SiteModel, index: number) => unitIds.get(`${s.id}:${index}`)!;
  const vhtt = city.units.findIndex((u) => u.name === 'Phòng Văn hóa và Thông tin');
  const wardRadio = firstWard.units.findIndex((u) => u.kind === 'radio');

  // Accounts.
  const wardKey = firstWard.ward!.short;
  const accountSpecs: { username: string; person: Person; role: Role | 'platform_admin'; site: SiteModel | null; unit: number | null }[] = [
    { username: 'admin', person: names.next(false), role: 'platform_admin', site: null, unit: null },
    { username: 'bientap', person: names.next(true), role: 'editor_in_chief', site: city, unit: null },
    { username: 'biensoan', person: names.next(false), role: 'editor', site: city, unit: null },
    { username: 'ctv.vhtt', person: names.next(true), role: 'contributor', site: city, unit: vhtt },
    { username: 'lanhdao.vhtt', person: city.units[vhtt]!.leader, role: 'leader', site: city, unit: vhtt },
    { username: 'noivu', person: names.next(false), role: 'oversight', site: city, unit: null },
    { username: `bientap.${wardKey}`, person: names.next(true), role: 'editor_in_chief', site: firstWard, unit: null },
    { username: `ctv.${wardKey}`, person: names.next(false), role: 'contributor', site: firstWard, unit: wardRadio },
    { username: `lanhdao.${wardKey}`, person: firstWard.units[wardRadio]!.leader, role: 'leader', site: firstWard, unit: wardRadio },
  ];
  const userIds = new Map<string, number>();
  for (const a of accountSpecs) {
    const id = (await trx.insertInto('users').values({
      username: a.username, email: `${a.username}@${ACCOUNT_EMAIL_DOMAIN}`, full_name: a.person.name,
      password_hash: passwordHash, is_platform_admin: a.role === 'platform_admin' ? 1 : 0, is_disabled: 0,
      created_at: setupAt, updated_at: setupAt,
    }).returning('id').executeTakeFirstOrThrow()).id;
    userIds.set(a.username, id);
    if (a.site && a.role !== 'platform_admin') {
      await trx.insertInto('user_roles').values({
        user_id: id, site_id: a.site.id!, unit_id: a.unit === null ? null : unitId(a.site, a.unit), role: a.role, created_at: setupAt,
      }).execute();
    }
  }
  const staff = new Map<SiteModel, { contributor: number; editor: number; publisher: number }>([
    [city, { contributor: userIds.get('ctv.vhtt')!, editor: userIds.get('biensoan')!, publisher: userIds.get('bientap')! }],
    [firstWard, { contributor: userIds.get(`ctv.${wardKey}`)!, editor: userIds.get(`bientap.${wardKey}`)!, publisher: userIds.get(`bientap.${wardKey}`)! }],
  ]);

  // News plans (pure), then the media rows they need.
  const plans = new Map<SiteModel, NewsDraft[]>();
  sites.forEach((s, i) => {
    const siteRng = rng.fork(100 + i);
    const contributor = s === city ? accountSpecs[3]! : s === firstWard ? accountSpecs[7]! : null;
    const authors = Array.from({ length: s === city ? 8 : 3 }, () => names.next().name);
    plans.set(s, planNews(s, sites, now, siteRng, {
      contributorName: contributor?.person.name ?? null,
      contributorUnit: contributor?.unit ?? null,
      authors,
    }));
  });

  const mediaAt = iso(now.getTime() - (NEWS_SPAN_DAYS + 5) * DAY);
  const mediaIds = new Map<string, number>(); // "siteId:scene-key" → id
  const mediaRows = sites.flatMap((s) => {
    const used = [...new Set(plans.get(s)!.map((d) => d.sceneIndex))].sort((a, b) => a - b);
    const bannerKeys = s === city ? ['chuyen-doi-so', 'vneid', 'cuoc-thi'] : children.indexOf(s) < 3 ? ['dich-vu-cong'] : [];
    const sceneRows = used.map((index) => {
      const { spec, image } = images.scenes[index]!;
      return { site: s, key: spec.key, image, alt: spec.alt, caption: spec.caption };
    });
    const bannerRows = bannerKeys.map((key) => {
      const b = images.banners.find((x) => x.spec.key === key)!;
      return { site: s, key: `banner-${key}`, image: b.image, alt: 'Biểu ngữ tuyên truyền', caption: '' };
    });
    return [...sceneRows, ...bannerRows].map((m) => ({
      site_id: m.site.id!, kind: 'image', original_name: `${m.key}.png`, mime: 'image/png',
      width: m.image.width, height: m.image.height, bytes: m.image.bytes, storage_key: m.image.storageKey,
      variants: JSON.stringify(m.image.variants), alt: m.alt, caption: m.caption,
      created_by: staff.get(m.site)?.editor ?? null, created_at: mediaAt,
    }));
  });
  const insertedMedia = await insertChunked(mediaRows, 200, (chunk) =>
    trx.insertInto('media').values(chunk).returning(['id', 'site_id', 'original_name']).execute());
  for (const m of insertedMedia) mediaIds.set(`${m.site_id}:${m.original_name.replace(/\.png$/, '')}`, m.id);

  // Contents: news and pages.
  type Pending = { row: Insertable<ContentsTable>; publisher: number | null };
  const pending: Pending[] = [];
  for (const s of sites) {
    const taken = new Set<string>();
    const uniqueSlug = (title: string) => {
      const base = slugify(title);
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      taken.add(slug);
      return slug;
    };
    const people = staff.get(s);
    for (const d of plans.get(s)!) {
      const slug = uniqueSlug(d.title);
      const sectionSlug = d.template.section === 'tin-tuc-su-kien' || rng.chance(0.1) ? 'tin-tuc-su-kien' : d.template.section;
      const scene = images.scenes[d.sceneIndex]!.spec;
      const createdBy = people ? (d.createdBy === 'contributor' ? people.contributor : people.editor) : null;
      const publishedAt = iso(d.publishedAt);
      pending.push({
        publisher: people?.publisher ?? null,
        row: {
          site_id: s.id!, kind: 'news', section_id: section(s, sectionSlug), unit_id: unitId(s, d.unitIndex), slug,
          title: d.title, summary: d.summary, body_html: d.bodyHtml,
          search_text: foldDiacritics(`${d.title} ${d.summary} ${stripTags(d.bodyHtml)}`),
          genre: d.genre, author_name: d.author, source_name: d.source?.name ?? '', source_url: d.source?.url ?? '',
          cover_media_id: mediaIds.get(`${s.id}:${scene.key}`)!, cover_caption: `${d.caption} (ảnh minh họa)`, cover_alt: scene.alt,
          is_featured: d.featured ? 1 : 0, status: 'published', published_at: publishedAt, revision: 1, view_count: d.views,
          sort_order: 0, origin_content_id: null, created_by: createdBy, updated_by: createdBy,
          created_at: iso(d.publishedAt.getTime() - rng.int(1, 20) * HOUR), updated_at: publishedAt,
        },
      });
    }
    const info = pageSiteInfo(s, sites);
    const pages: [PageDraft, string, string | null][] = [
      ...introductionPages(info).map((p): [PageDraft, string, string | null] => [p, 'gioi-thieu', null]),
      [directoryPage(info), 'danh-ba-lien-he', null],
      ...(s === city ? [[englishPage(info), 'english', 'introduction'] as [PageDraft, string, string | null]] : []),
    ];
    pages.forEach(([p, sectionSlug, fixedSlug], i) => {
      const at = iso(now.getTime() - 190 * DAY + i * HOUR);
      pending.push({
        publisher: people?.publisher ?? null,
        row: {
          site_id: s.id!, kind: 'page', section_id: section(s, sectionSlug), unit_id: null, slug: fixedSlug ?? slugify(p.title),
          title: p.title, summary: p.summary, body_html: p.bodyHtml,
          search_text: foldDiacritics(`${p.title} ${p.summary} ${stripTags(p.bodyHtml)}`),
          genre: 'article', author_name: '', source_name: '', source_url: '', cover_media_id: null, cover_caption: '', cover_alt: '',
          is_featured: 0, status: 'published', published_at: at, revision: 1, view_count: rng.int(50, 1500),
          sort_order: i + 1, origin_content_id: null, created_by: people?.editor ?? null, updated_by: people?.editor ?? null,
          created_at: at, updated_at: at,
        },
      });
    });
  }
  const inserted = await insertChunked(pending, 50, (chunk) =>
    trx.insertInto('contents').values(chunk.map((p) => p.row)).returning(['id', 'site_id', 'kind', 'slug']).execute());
  const contentId = new Map(inserted.map((r) => [`${r.site_id}:${r.kind}:${r.slug}`, r.id]));

  // History: the first revision and the publication of every item.
  const history = pending.map((p) => {
    const r = p.row;
    const id = contentId.get(`${r.site_id}:${r.kind}:${r.slug}`)!;
    // The same snapshot shape the content commands write (commands/contents/contentSupport.ts).
    const data = revisionData({
      slug: r.slug, section_id: r.section_id ?? null, unit_id: r.unit_id ?? null, genre: r.genre ?? 'news',
      author_name: r.author_name ?? '', source_name: r.source_name ?? '', source_url: r.source_url ?? '',
      cover_media_id: r.cover_media_id ?? null, cover_caption: r.cover_caption ?? '', cover_alt: r.cover_alt ?? '',
      is_featured: r.is_featured ?? 0, published_at: r.published_at ?? null,
    });
    return {
      revision: { content_id: id, revision: 1, title: r.title, summary: r.summary ?? '', body_html: r.body_html ?? '', data, created_by: r.created_by ?? null, created_at: r.created_at },
      status: { content_id: id, from_status: null, to_status: 'published', event: 'publish', reason: '', actor_id: p.publisher, created_at: r.published_at! },
    };
  });
  await insertChunked(history, 100, async (chunk) => {
    await trx.insertInto('content_revisions').values(chunk.map((h) => h.revision)).execute();
    await trx.insertInto('content_statuses').values(chunk.map((h) => h.status)).execute();
    return [];
  });

  // Campaign banners: two running on the city, one that has ended (to prove filtering), one on a few wards.
  const banner = (s: SiteModel, key: string, title: string, alt: string, link: string, startDays: number, endDays: number, order: number) => ({
    site_id: s.id!, title, alt, link_url: link, media_id: mediaIds.get(`${s.id}:banner-${key}`)!,
    starts_at: iso(now.getTime() + startDays * DAY), ends_at: iso(now.getTime() + endDays * DAY), sort_order: order,
    created_at: iso(now.getTime() + startDays * DAY - DAY), updated_at: iso(now.getTime() + startDays * DAY - DAY),
  });
  await trx.insertInto('banners').values([
    banner(city, 'chuyen-doi-so', 'Chuyển đổi số – Chính quyền số, kinh tế số, xã hội số',
      'Biểu ngữ tuyên truyền chuyển đổi số: chính quyền số, kinh tế số, xã hội số. Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia',
      'https://dichvucong.gov.vn', -30, 60, 10),
    banner(city, 'vneid', 'Kích hoạt tài khoản định danh điện tử mức 2 trên ứng dụng VNeID',
      'Biểu ngữ vận động người dân kích hoạt tài khoản định danh điện tử mức 2 trên ứng dụng VNeID', 'https://vneid.gov.vn', -60, 120, 20),
    // Ended: must not be shown any more.
    banner(city, 'cuoc-thi', 'Cuộc thi trực tuyến tìm hiểu pháp luật về phòng, chống ma túy',
      'Biểu ngữ mời tham gia cuộc thi trực tuyến tìm hiểu pháp luật về phòng, chống ma túy (cuộc thi đã kết thúc)',
      'https://chinhphu.vn', -160, -100, 30),
    ...children.slice(0, 3).map((s) => banner(s, 'dich-vu-cong', 'Dịch vụ công trực tuyến – nộp hồ sơ mọi lúc, mọi nơi',
      `Biểu ngữ hướng dẫn người dân ${s.place} nộp hồ sơ thủ tục hành chính trực tuyến trên Cổng Dịch vụ công quốc gia`,
      'https://dichvucong.gov.vn', -20, 90, 10)),
  ]).execute();

  // Visits over the last 30 days (portal days).
  const visitRows = sites.flatMap((s) => Array.from({ length: 30 }, (_, k) => ({
    site_id: s.id!,
    day: new Date(now.getTime() + PORTAL_OFFSET - k * DAY).toISOString().slice(0, 10),
    visits: s === city ? rng.int(400, 1600) : rng.int(30, 300),
  })));
  await trx.insertInto('site_visits').values(visitRows).execute();

  const newsCount = pending.filter((p) => p.row.kind === 'news').length;
  log(`Dữ liệu mẫu: ${sites.length} cổng, ${unitRows.length} đơn vị, ${newsCount} tin bài, ${pending.length - newsCount} trang tĩnh, ${mediaRows.length} ảnh (${nowIso}).`);

  return accountSpecs.map((a) => ({
    username: a.username, password: DEMO_PASSWORD, role: a.role, site: a.site ? a.site.slug : '*',
  }));
}

function pageSiteInfo(s: SiteModel, sites: SiteModel[]): PageSiteInfo {
  return {
    isCity: s.level === 'city',
    name: s.name,
    fullName: s.fullName,
    place: s.level === 'city' ? CITY.place : s.place,
    address: s.address,
    phone: s.phone,
    email: s.email,
    leaders: s.leaders,
    units: s.units.map((u) => ({
      name: u.name, kind: u.kind, leaderName: u.leader.name, leaderTitle: u.leaderTitle,
      phone: u.phone, email: `${u.email}@${EMAIL_DOMAIN}`,
    })),
    ...(s.ward ? { ward: s.ward } : {}),
    ...(s.level === 'city' ? { children: sites.filter((c) => c !== s).map((c) => ({ name: c.name, level: c.level })) } : {}),
  };
}
