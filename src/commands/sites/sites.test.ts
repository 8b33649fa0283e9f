import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { buildSite, buildUser } from '../../../test/support/factories.ts';
import { type TestDatabase, createTestDatabase } from '../../../test/support/testDb.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import { defaultSectionsFor } from '../../core/sites/defaultSections.ts';
import type { DB } from '../../db/schema.ts';
import { loadActor } from '../auth/loadActor.ts';
import type { CommandContext } from '../context.ts';
import { createSite } from './createSite.ts';
import { updateSiteSettings } from './updateSiteSettings.ts';

const NOW = new Date('2026-03-02T03:04:05.000Z');
const clock = { now: () => NOW };

async function ctxFor(db: Kysely<DB>, userId: number): Promise<CommandContext> {
  const u = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  return { db, clock, actor: await loadActor(db, u) };
}

function fieldErrors(fn: () => Promise<unknown>): Promise<Record<string, string>> {
  return fn().then(
    () => assert.fail('expected a ValidationError'),
    (err: unknown) => {
      assert.ok(err instanceof ValidationError, String(err));
      return err.fieldErrors;
    },
  );
}

describe('site commands', () => {
  let tdb: TestDatabase;
  let db: Kysely<DB>;
  let city: number;
  let wardA: number;
  let wardB: number;
  let admin: CommandContext;
  let chiefA: CommandContext;
  let chiefCity: CommandContext;
  let oversightCity: CommandContext;

  before(async () => {
    tdb = await createTestDatabase();
    db = tdb.database.db;
    city = await buildSite(db, { level: 'city', slug: 'tp-lenh' });
    wardA = await buildSite(db, { parent_id: city, slug: 'phuong-a-lenh' });
    wardB = await buildSite(db, { parent_id: city, slug: 'phuong-b-lenh', host: 'b.thu.gov.vn' });
    admin = await ctxFor(db, (await buildUser(db, { platformAdmin: true })).id);
    chiefA = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: wardA, role: 'editor_in_chief' }] })).id);
    chiefCity = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: city, role: 'editor_in_chief' }] })).id);
    oversightCity = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: city, role: 'oversight' }] })).id);
  });
  after(async () => tdb.dispose());

  describe('createSite', () => {
    const input = { name: 'Xã Hòa Bình', fullName: 'Ủy ban nhân dân xã Hòa Bình', level: 'commune', parentId: 0, slug: '', host: ' HoaBinh.Thu.Gov.VN ' };

    it('creates the site, scaffolds the default sections with their tree, and audits it, all at the clock\'s time', async () => {
      const { id } = await createSite(admin, { ...input, parentId: city });
      const site = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(site.slug, 'xa-hoa-binh', 'a blank slug is made from the name');
      assert.equal(site.host, 'hoabinh.thu.gov.vn', 'the host is trimmed and lowercased');
      assert.equal(site.parent_id, city);
      assert.equal(site.created_at, NOW.toISOString());
      assert.equal(site.owner_agency, 'Ủy ban nhân dân xã Hòa Bình');
      const sections = await db.selectFrom('sections').selectAll().where('site_id', '=', id).execute();
      const expected = defaultSectionsFor('commune');
      assert.deepEqual(sections.map((s) => s.slug).sort(), expected.map((e) => e.slug).sort());
      const bySlug = new Map(sections.map((s) => [s.slug, s]));
      for (const e of expected) {
        const s = bySlug.get(e.slug)!;
        assert.equal(s.parent_id, e.parentSlug ? bySlug.get(e.parentSlug)!.id : null, e.slug);
        assert.equal(s.kind, e.kind);
        assert.equal(s.sort_order, e.sortOrder);
        assert.equal(s.on_home, e.onHome ? 1 : 0);
        assert.equal(s.description, e.description);
        assert.equal(s.legal_basis, e.legalBasis);
        assert.equal(s.external_url, e.kind === 'link' ? e.externalUrl : null);
      }
      const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'site.created').where('subject_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(audit.site_id, id);
      assert.equal(audit.actor_id, admin.actor.userId);
      assert.equal(audit.created_at, NOW.toISOString());
      assert.equal(JSON.parse(audit.data).sections, expected.length);
    });

    it('refuses anyone but a platform administrator, even the city\'s editor-in-chief', async () => {
      for (const ctx of [chiefA, chiefCity, oversightCity]) {
        await assert.rejects(createSite(ctx, { ...input, name: 'Xã Lạ', slug: 'xa-la', host: '', parentId: city }), ForbiddenError);
      }
      assert.equal(await db.selectFrom('sites').select('id').where('slug', '=', 'xa-la').executeTakeFirst(), undefined);
    });

    it('checks level and parent: a city has none, a ward or commune needs a city', async () => {
      assert.ok((await fieldErrors(() => createSite(admin, { ...input, slug: 'x1', host: '', level: 'city', parentId: city }))).parentId);
      assert.ok((await fieldErrors(() => createSite(admin, { ...input, slug: 'x2', host: '', level: 'ward', parentId: null }))).parentId);
      assert.ok((await fieldErrors(() => createSite(admin, { ...input, slug: 'x3', host: '', level: 'ward', parentId: wardA }))).parentId);
      assert.ok((await fieldErrors(() => createSite(admin, { ...input, slug: 'x4', host: '', level: 'ward', parentId: Number.NaN }))).parentId);
      assert.ok((await fieldErrors(() => createSite(admin, { ...input, slug: 'x5', host: '', level: 'huyen', parentId: city }))).level);
      const { id } = await createSite(admin, { ...input, name: 'Tỉnh Mới', fullName: 'UBND tỉnh Mới', slug: 'tinh-moi', host: '', level: 'city', parentId: null });
      const site = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(site.parent_id, null);
      const sections = await db.selectFrom('sections').select('slug').where('site_id', '=', id).execute();
      assert.ok(sections.some((s) => s.slug === 'english'), 'a city gets the city-only sections');
      assert.ok(!sections.some((s) => s.slug === 'cong-khai-dan-chu-co-so'), 'but not the ward-only ones');
    });

    it('checks slug shape and uniqueness, and host shape and uniqueness', async () => {
      const errors = await fieldErrors(() => createSite(admin, { ...input, name: '', slug: 'Có Dấu', host: 'http://x.vn', parentId: city }));
      assert.deepEqual(Object.keys(errors).sort(), ['host', 'name', 'slug']);
      const taken = await fieldErrors(() => createSite(admin, { ...input, slug: 'phuong-a-lenh', host: 'b.thu.gov.vn', parentId: city }));
      assert.match(taken.slug!, /đã được cổng khác sử dụng/);
      assert.match(taken.host!, /đã được cổng khác sử dụng/);
    });
  });

  describe('updateSiteSettings', () => {
    const settings = {
      name: 'Phường A', fullName: 'Ủy ban nhân dân phường A', host: '', ownerAgency: 'UBND thành phố', responsiblePerson: 'Nguyễn Văn An',
      address: '1 Trần Hưng Đạo', phone: '0276 3822 999', email: 'ubnd@a.gov.vn', licenseInfo: '', description: '', logoMediaId: null,
    };
    const media = (siteId: number) => db.insertInto('media').values({
      site_id: siteId, kind: 'image', original_name: 'logo.png', mime: 'image/png', width: 200, height: 200, bytes: 1000,
      storage_key: `logo-${siteId}`, variants: '[]', created_at: NOW.toISOString(),
    }).returning('id').executeTakeFirstOrThrow();

    it('saves the settings of the actor\'s own site and audits which fields changed', async () => {
      const logo = await media(wardA);
      await updateSiteSettings(chiefA, { ...settings, siteId: wardA, logoMediaId: logo.id });
      const site = await db.selectFrom('sites').selectAll().where('id', '=', wardA).executeTakeFirstOrThrow();
      assert.equal(site.phone, '0276 3822 999');
      assert.equal(site.logo_media_id, logo.id);
      assert.equal(site.updated_at, NOW.toISOString());
      const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'site.settingsUpdated').where('site_id', '=', wardA).executeTakeFirstOrThrow();
      const changed: string[] = JSON.parse(audit.data).changed;
      assert.ok(changed.includes('phone') && changed.includes('logo_media_id'));
      assert.ok(!changed.includes('updated_at'));
    });

    it('refuses a logo from another site\'s library', async () => {
      const foreign = await media(wardB);
      const errors = await fieldErrors(() => updateSiteSettings(chiefA, { ...settings, siteId: wardA, logoMediaId: foreign.id }));
      assert.ok(errors.logoMediaId);
    });

    it('refuses other sites: another ward, the city; and oversight, which only reads', async () => {
      await assert.rejects(updateSiteSettings(chiefA, { ...settings, siteId: wardB }), ForbiddenError);
      await assert.rejects(updateSiteSettings(chiefA, { ...settings, siteId: city }), ForbiddenError);
      await assert.rejects(updateSiteSettings(chiefCity, { ...settings, siteId: wardA }), ForbiddenError);
      await assert.rejects(updateSiteSettings(oversightCity, { ...settings, siteId: wardA }), ForbiddenError);
      await assert.rejects(updateSiteSettings(admin, { ...settings, siteId: 999999 }), NotFoundError);
      const b = await db.selectFrom('sites').selectAll().where('id', '=', wardB).executeTakeFirstOrThrow();
      assert.notEqual(b.name, 'Phường A');
    });

    it('validates e-mail, phone and host, allowing the site to keep its own host', async () => {
      const errors = await fieldErrors(() => updateSiteSettings(chiefA, { ...settings, siteId: wardA, email: 'sai', phone: 'không có', host: 'b.thu.gov.vn', name: ' ' }));
      assert.deepEqual(Object.keys(errors).sort(), ['email', 'host', 'name', 'phone']);
      await updateSiteSettings(admin, { ...settings, siteId: wardB, name: 'Phường B', host: 'b.thu.gov.vn' });
      const b = await db.selectFrom('sites').selectAll().where('id', '=', wardB).executeTakeFirstOrThrow();
      assert.equal(b.host, 'b.thu.gov.vn');
      await updateSiteSettings(chiefA, { ...settings, siteId: wardA, email: '', phone: '' });
      const a = await db.selectFrom('sites').selectAll().where('id', '=', wardA).executeTakeFirstOrThrow();
      assert.equal(a.email, '', 'e-mail and phone are optional');
    });
  });
});
