/**
 * The demo seed on a fresh SQLite database and, when TEST_DATABASE_URL names a PostgreSQL server,
 * on a fresh PostgreSQL database created (and dropped) for the test.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { verify } from '@node-rs/argon2';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { defaultSectionsFor } from '../core/sites/defaultSections.ts';
import { foldDiacritics } from '../core/text/vietnamese.ts';
import { createDb } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { listActiveBanners } from '../db/repositories/bannerRepository.ts';
import type { DB } from '../db/schema.ts';
import type { ImageVariant } from '../media/imageProcessor.ts';
import { DEMO_PASSWORD, seedDemo } from './seedDemo.ts';

const NOW = new Date('2026-11-25T03:00:00.000Z');
/**
 * Run directly, the file tests SQLite, and PostgreSQL too when TEST_DATABASE_URL is set. Under
 * scripts/test.ts (TEST_DIALECT=sqlite|postgres) it tests only that pass's dialect, so the seed,
 * which takes seconds, does not run twice per pass.
 */
const DIALECT = process.env.TEST_DIALECT;
const ON_SQLITE = DIALECT !== 'postgres';
const ON_POSTGRES = DIALECT === 'postgres' || (DIALECT === undefined && Boolean(process.env.TEST_DATABASE_URL));
const ALLOWED_TAGS = new Set(['p', 'strong', 'em', 'ul', 'li', 'h2']);

async function count(db: Kysely<DB>, table: keyof DB): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function seedAndCheck(db: Kysely<DB>, mediaDir: string): Promise<void> {
  const messages: string[] = [];
  const { accounts } = await seedDemo(db, { mediaDir, now: NOW, log: (m) => messages.push(m) });

  // Accounts.
  const usernames = accounts.map((a) => a.username);
  for (const u of ['admin', 'bientap', 'biensoan', 'ctv.vhtt', 'lanhdao.vhtt', 'noivu', 'bientap.tanninh', 'ctv.tanninh']) {
    assert.ok(usernames.includes(u), `account ${u}`);
  }
  assert.ok(accounts.every((a) => a.password === DEMO_PASSWORD));
  const admin = await db.selectFrom('users').selectAll().where('username', '=', 'admin').executeTakeFirstOrThrow();
  assert.equal(admin.is_platform_admin, 1);
  assert.match(admin.password_hash, /^\$argon2id\$/);
  assert.ok(await verify(admin.password_hash, DEMO_PASSWORD));
  const roles = await db.selectFrom('user_roles').innerJoin('users', 'users.id', 'user_roles.user_id')
    .select(['users.username', 'user_roles.role', 'user_roles.unit_id']).execute();
  assert.equal(roles.find((r) => r.username === 'bientap')?.role, 'editor_in_chief');
  assert.equal(roles.find((r) => r.username === 'noivu')?.role, 'oversight');
  assert.notEqual(roles.find((r) => r.username === 'ctv.vhtt')?.unit_id ?? null, null);

  // Sites.
  const sites = await db.selectFrom('sites').selectAll().execute();
  const city = sites.find((s) => s.slug === 'thanh-pho');
  assert.ok(city, 'the city site');
  assert.equal(city.level, 'city');
  assert.equal(city.host, 'localhost');
  const children = sites.filter((s) => s.parent_id === city.id);
  assert.ok(sites.length >= 11, `sites: ${sites.length}`);
  assert.ok(children.length >= 10, `child sites: ${children.length}`);
  assert.ok(children.every((s) => (s.level === 'ward' || s.level === 'commune') && s.host === null));
  assert.ok(children.some((s) => s.slug === 'phuong-tan-ninh'));
  for (const s of sites) {
    assert.ok(s.owner_agency && s.responsible_person && s.address && s.email && s.license_info, `footer of ${s.slug}`);
  }
  assert.equal(sites.filter((s) => s.phone === '').length, 1, 'exactly one site without a phone, on purpose');

  // Units.
  const units = await db.selectFrom('units').selectAll().execute();
  assert.ok(units.filter((u) => u.site_id === city.id).length >= 20);
  assert.ok(units.some((u) => u.site_id === city.id && u.kind === 'radio'));
  for (const w of children) assert.ok(units.filter((u) => u.site_id === w.id).length >= 3, `units of ${w.slug}`);

  // Sections follow the defaults per level.
  const sections = await db.selectFrom('sections').selectAll().execute();
  for (const s of sites) {
    const own = sections.filter((x) => x.site_id === s.id);
    const expected = defaultSectionsFor(s.level as 'city' | 'ward' | 'commune');
    assert.deepEqual(own.map((x) => x.slug).sort(), expected.map((x) => x.slug).sort(), `sections of ${s.slug}`);
  }
  const slugsOf = (siteId: number) => sections.filter((x) => x.site_id === siteId).map((x) => x.slug);
  assert.ok(slugsOf(city.id).includes('english') && slugsOf(city.id).includes('du-lieu-mo'));
  assert.ok(!slugsOf(city.id).includes('cong-khai-dan-chu-co-so'));
  assert.ok(slugsOf(children[0]!.id).includes('cong-khai-dan-chu-co-so'));
  assert.ok(!slugsOf(children[0]!.id).includes('english'));

  // News.
  const news = await db.selectFrom('contents').selectAll().where('kind', '=', 'news').where('status', '=', 'published').execute();
  assert.ok(news.length >= 300, `published news: ${news.length}`);
  const cityShare = news.filter((n) => n.site_id === city.id).length / news.length;
  assert.ok(cityShare > 0.3 && cityShare < 0.5, `city share ${cityShare}`);
  assert.ok(sites.every((s) => news.some((n) => n.site_id === s.id)), 'every site has news');
  const months = new Set(news.map((n) => n.published_at!.slice(0, 7)));
  assert.ok(months.size >= 5, `months: ${[...months].join(', ')}`);
  assert.ok(news.every((n) => n.published_at! < NOW.toISOString()), 'nothing published in the future');
  const newsSectionIds = new Set(sections.filter((x) => {
    const parent = sections.find((p) => p.id === x.parent_id);
    return x.slug === 'tin-tuc-su-kien' || parent?.slug === 'tin-tuc-su-kien';
  }).map((x) => x.id));
  for (const s of sites) {
    assert.equal(news.filter((n) => n.site_id === s.id && n.is_featured === 1).length, 8, `featured on ${s.slug}`);
  }
  const sourced = news.filter((n) => n.source_name !== '');
  assert.ok(sourced.length > news.length * 0.05 && sourced.length < news.length * 0.3, `sourced: ${sourced.length}`);
  assert.ok(sourced.every((n) => n.source_url.startsWith('https://')));

  const media = await db.selectFrom('media').selectAll().execute();
  const mediaById = new Map(media.map((m) => [m.id, m]));
  const checkedKeys = new Set<string>();
  for (const n of news) {
    assert.ok(newsSectionIds.has(n.section_id!), `section of ${n.slug}`);
    assert.ok(units.some((u) => u.id === n.unit_id && u.site_id === n.site_id), `unit of ${n.slug}`);
    assert.ok(n.title && n.summary && n.author_name && n.cover_alt && n.cover_caption, `fields of ${n.slug}`);
    assert.ok(n.view_count >= 20 && n.view_count <= 3000);
    assert.equal(n.search_text, foldDiacritics(n.search_text), 'search text is folded');
    assert.ok(n.search_text.includes(foldDiacritics(n.title)));
    const tags = [...n.body_html.matchAll(/<\/?([a-z0-9]+)[^>]*>/g)].map((m) => m[1]!);
    assert.ok(tags.every((t) => ALLOWED_TAGS.has(t)), `tags of ${n.slug}: ${[...new Set(tags)].join(',')}`);
    const paragraphs = (n.body_html.match(/<(p|h2|ul)>/g) ?? []).length;
    assert.ok(paragraphs >= 3 && paragraphs <= 7, `blocks of ${n.slug}: ${paragraphs}`);
    const cover = mediaById.get(n.cover_media_id!);
    assert.ok(cover, `cover of ${n.slug}`);
    assert.equal(cover.site_id, n.site_id, 'cover belongs to the same site');
    if (!checkedKeys.has(cover.storage_key)) {
      checkedKeys.add(cover.storage_key);
      const variants = JSON.parse(cover.variants) as ImageVariant[];
      assert.ok(variants.length >= 1);
      for (const v of variants) {
        assert.ok(existsSync(join(mediaDir, cover.storage_key, v.webp)), `${cover.storage_key}/${v.webp}`);
        assert.ok(existsSync(join(mediaDir, cover.storage_key, v.jpeg)), `${cover.storage_key}/${v.jpeg}`);
      }
    }
  }
  assert.ok(checkedKeys.size >= 20, `distinct photos: ${checkedKeys.size}`);

  // History: one revision per content, one publication per published content; unit items carry the workflow steps
  // before it and some returned items exist (src/demo/contributionsDemo.ts).
  const contents = await count(db, 'contents');
  assert.equal(await count(db, 'content_revisions'), contents);
  const publications = await db.selectFrom('content_statuses').select((eb) => eb.fn.countAll<number>().as('n')).where('to_status', '=', 'published').executeTakeFirstOrThrow();
  const published = await db.selectFrom('contents').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow();
  assert.equal(Number(publications.n), Number(published.n));
  const events = (await db.selectFrom('content_statuses').select('event').distinct().execute()).map((e) => e.event).sort();
  assert.deepEqual(events, ['approve', 'create', 'publish', 'returnToAuthor', 'sendToBoard', 'startEditing', 'submit']);

  // Static pages in "Giới thiệu".
  const pages = await db.selectFrom('contents').innerJoin('sections', 'sections.id', 'contents.section_id')
    .select(['contents.site_id', 'contents.slug', 'sections.slug as section'])
    .where('contents.kind', '=', 'page').orderBy('contents.sort_order').orderBy('contents.id').execute();
  for (const s of sites) {
    const intro = pages.filter((p) => p.site_id === s.id && p.section === 'gioi-thieu').map((p) => p.slug);
    assert.deepEqual(intro, ['gioi-thieu-chung', 'chuc-nang-nhiem-vu', 'co-cau-to-chuc', 'lanh-dao'], `pages of ${s.slug}`);
  }

  // Banners: two running on the city, the ended one filtered out; some wards have one.
  assert.equal(await count(db, 'banners'), 6);
  assert.equal((await listActiveBanners(db, city.id, NOW.toISOString())).length, 2);
  assert.equal((await listActiveBanners(db, children[0]!.id, NOW.toISOString())).length, 1);

  // Visits.
  const visits = await db.selectFrom('site_visits').selectAll().execute();
  for (const s of sites) assert.ok(visits.filter((v) => v.site_id === s.id).length >= 3, `visits of ${s.slug}`);

  // A second run changes nothing.
  const before = await Promise.all((['sites', 'contents', 'media', 'users'] as const).map((t) => count(db, t)));
  const again = await seedDemo(db, { mediaDir, now: NOW });
  assert.deepEqual(again.accounts, []);
  assert.deepEqual(await Promise.all((['sites', 'contents', 'media', 'users'] as const).map((t) => count(db, t))), before);
}

test('defaultSectionsFor: legal sections per level, parents before children', () => {
  const city = defaultSectionsFor('city');
  const ward = defaultSectionsFor('ward');
  const commune = defaultSectionsFor('commune');
  for (const list of [city, ward, commune]) {
    const slugs = list.map((s) => s.slug);
    assert.equal(new Set(slugs).size, slugs.length, 'slugs are unique');
    list.forEach((s, i) => {
      if (s.parentSlug) assert.ok(slugs.indexOf(s.parentSlug) < i && slugs.indexOf(s.parentSlug) >= 0, `${s.slug} after its parent`);
      assert.ok(s.description.length > 20 && s.legalBasis.length > 0, `${s.slug} has a hint and a legal basis`);
      assert.equal(s.kind === 'link', s.externalUrl !== null, `${s.slug}: only links have an URL`);
    });
    for (const required of ['gioi-thieu', 'he-thong-chinh-tri', 'tin-tuc-su-kien', 'chi-dao-dieu-hanh', 'van-ban', 'dich-vu-cong-truc-tuyen',
      'pho-bien-giao-duc-phap-luat', 'quy-hoach-ke-hoach', 'du-an-dau-tu-dau-thau-mua-sam-cong', 'cong-khai-ngan-sach', 'thong-ke',
      'lay-y-kien-du-thao', 'hoi-dap', 'thong-tin-bao-chi', 'tiep-can-thong-tin', 'danh-ba-lien-he']) {
      assert.ok(slugs.includes(required), required);
    }
  }
  assert.ok(city.some((s) => s.slug === 'english') && city.some((s) => s.slug === 'du-lieu-mo'));
  assert.ok(!city.some((s) => s.slug === 'cong-khai-dan-chu-co-so'));
  assert.ok(ward.some((s) => s.slug === 'cong-khai-dan-chu-co-so') && commune.some((s) => s.slug === 'cong-khai-dan-chu-co-so'));
  assert.ok(!ward.some((s) => s.slug === 'english' || s.slug === 'du-lieu-mo'));
  assert.equal(city.find((s) => s.slug === 'dich-vu-cong-truc-tuyen')?.externalUrl, 'https://dichvucong.gov.vn');
  assert.equal(city.find((s) => s.slug === 'gioi-thieu')?.kind, 'page');
  assert.ok(city.filter((s) => s.parentSlug === 'tin-tuc-su-kien').length >= 4);
});

test('seedDemo fills an empty SQLite database once', { skip: !ON_SQLITE && 'PostgreSQL pass' }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cong-demo-'));
  const database = createDb(join(dir, 'demo.sqlite'));
  try {
    await migrateToLatest(database.db);
    await seedAndCheck(database.db, join(dir, 'media'));
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('seedDemo leaves nothing behind when it fails half-way', { skip: !ON_SQLITE && 'PostgreSQL pass' }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cong-demo-fail-'));
  const database = createDb(join(dir, 'demo.sqlite'));
  try {
    await migrateToLatest(database.db);
    await sql`drop table banners`.execute(database.db); // the seed writes banners near the end
    await assert.rejects(seedDemo(database.db, { mediaDir: join(dir, 'media'), now: NOW }), /banners/);
    for (const table of ['sites', 'sections', 'units', 'users', 'media', 'contents', 'content_statuses'] as const) {
      assert.equal(await count(database.db, table), 0, `${table} is empty`);
    }
    const files = (await readdir(join(dir, 'media'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
    assert.deepEqual(files.map((f) => f.name), [], 'photo files removed');
  } finally {
    await database.close();
    await rm(dir, { recursive: true, force: true });
  }
});

/** Runs `fn` on a short-lived connection to the server named by TEST_DATABASE_URL. */
async function onServer(serverUrl: string, fn: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  client.on('error', () => undefined); // a connection killed by the server must not crash the runner
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

test('seedDemo fills an empty PostgreSQL database once', { skip: !ON_POSTGRES && (DIALECT === 'sqlite' ? 'SQLite pass' : 'TEST_DATABASE_URL is not set') }, async () => {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DIALECT=postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
  const name = `cong_demo_test_${randomBytes(6).toString('hex')}`;
  const dir = await mkdtemp(join(tmpdir(), 'cong-demo-pg-'));
  await onServer(serverUrl, (c) => c.query(`create database ${name}`));
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const database = createDb(url.toString(), { poolSize: 2 });
    try {
      await migrateToLatest(database.db);
      await seedAndCheck(database.db, join(dir, 'media'));
    } finally {
      await database.close();
    }
  } finally {
    await onServer(serverUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
    await rm(dir, { recursive: true, force: true });
  }
});
