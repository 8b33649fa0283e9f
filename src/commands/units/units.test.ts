import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import { buildSite, buildUnit, buildUser } from '../../../test/support/factories.ts';
import { type TestDatabase, createTestDatabase } from '../../../test/support/testDb.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../core/errors.ts';
import type { DB } from '../../db/schema.ts';
import { loadActor } from '../auth/loadActor.ts';
import type { CommandContext } from '../context.ts';
import { createUnit } from './createUnit.ts';
import { updateUnit } from './updateUnit.ts';

const NOW = new Date('2026-03-02T03:04:05.000Z');

async function ctxFor(db: Kysely<DB>, userId: number): Promise<CommandContext> {
  const u = await db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
  return { db, clock: { now: () => NOW }, actor: await loadActor(db, u) };
}

const fields = {
  name: 'Hội Liên hiệp Phụ nữ', kind: 'mass_org', leaderName: 'Trần Thị Hạnh', leaderTitle: 'Chủ tịch Hội',
  phone: '0276 3811 222', email: 'phunu@a.gov.vn', address: '', sortOrder: null,
};

describe('unit commands', () => {
  let tdb: TestDatabase;
  let db: Kysely<DB>;
  let wardA: number;
  let wardB: number;
  let chiefA: CommandContext;
  let editorA: CommandContext;

  before(async () => {
    tdb = await createTestDatabase();
    db = tdb.database.db;
    const city = await buildSite(db, { level: 'city', slug: 'tp-dv-lenh' });
    wardA = await buildSite(db, { parent_id: city, slug: 'a-dv-lenh' });
    wardB = await buildSite(db, { parent_id: city, slug: 'b-dv-lenh' });
    await buildUnit(db, wardA, { sort_order: 40 });
    chiefA = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: wardA, role: 'editor_in_chief' }] })).id);
    editorA = await ctxFor(db, (await buildUser(db, { roles: [{ siteId: wardA, role: 'editor' }] })).id);
  });
  after(async () => tdb.dispose());

  it('createUnit adds a unit after the existing ones and audits it', async () => {
    const { id } = await createUnit(chiefA, { ...fields, siteId: wardA, name: '  Hội Liên hiệp   Phụ nữ ' });
    const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.site_id, wardA);
    assert.equal(row.name, 'Hội Liên hiệp Phụ nữ', 'whitespace is collapsed');
    assert.equal(row.sort_order, 50);
    assert.equal(row.created_at, NOW.toISOString());
    const audit = await db.selectFrom('audit_events').selectAll().where('subject_type', '=', 'unit').where('subject_id', '=', id).execute();
    assert.deepEqual(audit.map((a) => [a.action, a.site_id, a.actor_id]), [['unit.created', wardA, chiefA.actor.userId]]);
  });

  it('createUnit refuses another site, and an editor without unit.manage', async () => {
    await assert.rejects(createUnit(chiefA, { ...fields, siteId: wardB, name: 'Lạ' }), ForbiddenError);
    await assert.rejects(createUnit(editorA, { ...fields, siteId: wardA, name: 'Lạ' }), ForbiddenError);
    assert.equal((await db.selectFrom('units').select('id').where('name', '=', 'Lạ').execute()).length, 0);
  });

  it('createUnit validates every field and reports them together', async () => {
    await assert.rejects(createUnit(chiefA, { ...fields, siteId: wardA, name: '', kind: 'x', email: 'a@', phone: 'abc', sortOrder: 1.5 }), (err: unknown) => {
      assert.ok(err instanceof ValidationError);
      assert.deepEqual(Object.keys(err.fieldErrors).sort(), ['email', 'kind', 'name', 'phone', 'sortOrder']);
      return true;
    });
    await assert.rejects(createUnit(chiefA, { ...fields, siteId: wardA, name: 'HỘI LIÊN HIỆP PHỤ NỮ' }), (err: unknown) =>
      err instanceof ValidationError && /đã có đơn vị/.test(err.fieldErrors.name ?? ''));
  });

  it('updateUnit saves a unit of the site, keeps its order when blank, and cannot reach another site\'s unit', async () => {
    const unitA = await buildUnit(db, wardA, { name: 'Phòng Văn hóa', sort_order: 7 });
    const unitB = await buildUnit(db, wardB, { name: 'Phòng của B' });
    await updateUnit(chiefA, { ...fields, siteId: wardA, unitId: unitA, name: 'Phòng Văn hóa – Xã hội', kind: 'office' });
    const row = await db.selectFrom('units').selectAll().where('id', '=', unitA).executeTakeFirstOrThrow();
    assert.equal(row.name, 'Phòng Văn hóa – Xã hội');
    assert.equal(row.sort_order, 7);
    await assert.rejects(updateUnit(chiefA, { ...fields, siteId: wardA, unitId: unitB, name: 'Chiếm' }), NotFoundError);
    await assert.rejects(updateUnit(chiefA, { ...fields, siteId: wardB, unitId: unitB, name: 'Chiếm' }), ForbiddenError);
    assert.equal((await db.selectFrom('units').selectAll().where('id', '=', unitB).executeTakeFirstOrThrow()).name, 'Phòng của B');
    // Renaming a unit to its own name is not a duplicate.
    await updateUnit(chiefA, { ...fields, siteId: wardA, unitId: unitA, name: 'Phòng Văn hóa – Xã hội', kind: 'office', sortOrder: 3 });
    assert.equal((await db.selectFrom('units').selectAll().where('id', '=', unitA).executeTakeFirstOrThrow()).sort_order, 3);
  });
});
