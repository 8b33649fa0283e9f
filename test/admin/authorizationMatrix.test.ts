/**
 * The authorization matrix: every admin route the app declares × every role × own site / another site /
 * parent site, as real requests through inject() (SQLite, or PostgreSQL with TEST_DIALECT=postgres).
 *
 * The expected answer is written here independently of src/core/policies/policy.ts: a role held on a
 * site grants its permissions (GRANTS, the typed data the issue asks for) on that site only; oversight
 * also reaches the wards under the site where it is held; the platform administrator may do everything;
 * `authenticated` routes are open to every logged-in person; `platform.manage` only to the platform
 * administrator. "Allowed" means the request got past authorization (any status but 401/403, never a
 * 500); "denied" means exactly 403. Where a route's handler applies a finer rule than the route's
 * permission, the exception is listed in FINE_RULES with its reason.
 *
 * Leaks: on every allowed page, no other site's item titles may appear, and an item id of another site
 * addressed under this site is not found.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { GRANTS, type Permission, type Role } from '../../src/core/policies/grants.ts';
import type { DB } from '../../src/db/schema.ts';
import { startSession } from '../../src/commands/auth/sessions.ts';
import { SESSION_COOKIE } from '../../src/web/admin/session.ts';
import { type DeclaredRoute, declaredRoutes } from '../../src/web/plugins/permissions.ts';
import { buildContent, buildSection, buildSite, buildUnit, buildUser } from '../support/factories.ts';
import { Browser, type TestApp, createTestApp } from '../support/testApp.ts';

type Persona = Role | 'platform_admin';
const PERSONAS: Persona[] = ['contributor', 'leader', 'editor', 'editor_in_chief', 'oversight', 'platform_admin'];
const SCOPES = ['own', 'another', 'parent'] as const;
type Scope = (typeof SCOPES)[number];

interface SiteFixture {
  id: number;
  parentId: number | null;
  unitId: number;
  sectionId: number;
  newsId: number;
  pageId: number;
  newsTitle: string;
  pageTitle: string;
  spareUserId: number;
  spareRoleId: number;
}

/**
 * Handlers that refuse what the route's permission would allow, by a finer rule (own unit, four-eyes…).
 * Key: "METHOD url"; value: roles refused there, and why.
 */
const FINE_RULES: Record<string, { roles: Persona[]; why: string }> = {
  'GET /quan-tri/cong/:siteId/trang/:id': { roles: ['contributor', 'leader'], why: 'a unit role sees only its unit\'s and its own items; static pages belong to the board' },
  'POST /quan-tri/cong/:siteId/trang/:id': { roles: ['contributor', 'leader'], why: 'the same, for saving' },
  'GET /quan-tri/cong/:siteId/trang/:id/so-sanh': { roles: ['contributor', 'leader'], why: 'the same, for the revision diff' },
  'POST /quan-tri/cong/:siteId/trang/:id/khoa/tiep-quan': { roles: ['contributor', 'leader'], why: 'only someone who may edit the item takes its lock' },
};

/** The role a persona holds, on which site, is the spec; this says whether it reaches `site`. */
function expected(route: DeclaredRoute, persona: Persona, scope: Scope, held: { id: number }, target: { id: number; parentId: number | null }): boolean {
  if (route.permission === 'authenticated') return true;
  if (persona === 'platform_admin') return true;
  if (route.permission === 'platform.manage' || route.permission === 'public') return false;
  const granted = (GRANTS[persona] as readonly Permission[]).includes(route.permission as Permission);
  if (!route.url.includes(':siteId')) return granted;
  const reaches = target.id === held.id || (persona === 'oversight' && target.parentId === held.id);
  const fine = FINE_RULES[`${route.method} ${route.url}`];
  if (fine?.roles.includes(persona) && reaches && granted) return false;
  void scope;
  return reaches && granted;
}

describe('authorization matrix: every admin route × every role × own / another / parent site', () => {
  let t: TestApp;
  let db: Kysely<DB>;
  const sites: Record<'city' | 'ward' | 'sibling', SiteFixture> = {} as never;
  let platformSpareId: number;
  let routes: DeclaredRoute[];

  async function fixture(parentId: number | null, slug: string): Promise<SiteFixture> {
    const id = await buildSite(db, { slug, level: parentId === null ? 'city' : 'ward', parent_id: parentId, ...(parentId === null ? { host: 'localhost' } : {}) });
    const unitId = await buildUnit(db, id);
    const sectionId = await buildSection(db, id, { kind: 'news' });
    const pageSection = await buildSection(db, id, { kind: 'page' });
    const newsTitle = `Tin mẫu riêng của ${slug}`;
    const pageTitle = `Trang mẫu riêng của ${slug}`;
    const newsId = await buildContent(db, id, { title: newsTitle, unit_id: unitId, section_id: sectionId, status: 'draft', published_at: null });
    const pageId = await buildContent(db, id, { kind: 'page', title: pageTitle, section_id: pageSection, status: 'draft', published_at: null });
    // A spare account for the user-management routes: two roles on this site, one of them to be revoked.
    const spare = await buildUser(db, { roles: [{ siteId: id, role: 'editor' }, { siteId: id, role: 'contributor', unitId }] });
    const spareRole = await db.selectFrom('user_roles').select('id').where('user_id', '=', spare.id).where('role', '=', 'editor').executeTakeFirstOrThrow();
    return { id, parentId, unitId, sectionId, newsId, pageId, newsTitle, pageTitle, spareUserId: spare.id, spareRoleId: spareRole.id };
  }

  before(async () => {
    t = await createTestApp();
    db = t.tdb.database.db;
    sites.city = await fixture(null, 'thanh-pho-ma-tran');
    sites.ward = await fixture(sites.city.id, 'phuong-ma-tran');
    sites.sibling = await fixture(sites.city.id, 'phuong-ben-canh');
    for (const p of PERSONAS) {
      if (p === 'platform_admin') await buildUser(db, { username: 'mt-quantri', platformAdmin: true });
      else await buildUser(db, { username: `mt-${p}`, roles: [{ siteId: sites.ward.id, role: p, unitId: p === 'contributor' || p === 'leader' ? sites.ward.unitId : null }] });
    }
    await buildUser(db, { username: 'mt-giamsat-tp', roles: [{ siteId: sites.city.id, role: 'oversight' }] });
    platformSpareId = (await buildUser(db, { roles: [{ siteId: sites.sibling.id, role: 'editor' }] })).id;
    await t.app.ctx.directory.reload();
    routes = declaredRoutes(t.app).filter((r) => r.url.startsWith('/quan-tri') && r.permission !== 'public') as DeclaredRoute[];
  });
  after(() => t.close());

  function url(route: DeclaredRoute, s: SiteFixture): string {
    return route.url.replace(/:(\w+)/g, (_m, name: string) => {
      switch (name) {
        case 'siteId': return String(s.id);
        case 'id': return String(route.url.includes('/trang/') ? s.pageId : s.newsId);
        case 'unitId': return String(s.unitId);
        case 'sectionId': return String(s.sectionId);
        case 'userId': return String(route.url.includes('/cong/') ? s.spareUserId : platformSpareId);
        case 'roleId': return String(s.spareRoleId);
        default: return '999999';
      }
    });
  }

  /**
   * A logged-in browser. The session is started directly (the login form is rate-limited per address and has its own
   * tests); the browser then carries the cookie and picks up the CSRF token like after a real login.
   */
  async function login(persona: Persona | 'oversight_city'): Promise<Browser> {
    const username = persona === 'platform_admin' ? 'mt-quantri' : persona === 'oversight_city' ? 'mt-giamsat-tp' : `mt-${persona}`;
    const user = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const { token } = await startSession(db, t.app.ctx.clock, user.id);
    const b = new Browser(t.app);
    b.cookies.set(SESSION_COOKIE, token);
    await b.get('/quan-tri/thong-bao');
    assert.ok(b.csrf, `session for ${username}`);
    return b;
  }

  const otherTitles = (s: SiteFixture) => Object.values(sites).filter((x) => x.id !== s.id).flatMap((x) => [x.newsTitle, x.pageTitle]);

  async function request(b: Browser, persona: Persona | 'oversight_city', route: DeclaredRoute, target: SiteFixture): Promise<{ status: number; leak: string | null }> {
    const u = url(route, target);
    const res = route.method === 'GET' ? await b.get(u) : await b.post(u, {});
    // Logging out ends the session: log in again for the next route.
    if (route.url === '/quan-tri/dang-xuat' && res.statusCode < 400) Object.assign(b, await login(persona));
    const leak = res.statusCode === 200 && route.url.includes(':siteId') ? otherTitles(target).find((title) => res.body.includes(title)) ?? null : null;
    return { status: res.statusCode, leak };
  }

  it('should allow or deny every admin route for every role on its own site, another site and the parent site', async () => {
    const siteIdRoutes = routes.filter((r) => r.url.includes(':siteId')).length;
    const cases = routes.length * PERSONAS.length * SCOPES.length;
    console.log(`authorization matrix: ${routes.length} admin routes (${siteIdRoutes} site-scoped) × ${PERSONAS.length} roles × ${SCOPES.length} scopes = ${cases} requests`);
    const mismatches: string[] = [];
    let allowed = 0;
    for (const persona of PERSONAS) {
      const b = await login(persona);
      for (const scope of SCOPES) {
        const target = scope === 'own' ? sites.ward : scope === 'another' ? sites.sibling : sites.city;
        for (const route of routes) {
          const want = expected(route, persona, scope, sites.ward, target);
          const { status, leak } = await request(b, persona, route, target);
          const got = status === 403 || status === 401 ? false : status < 500 ? true : null;
          if (got) allowed++;
          if (got !== want) mismatches.push(`${persona} @${scope}: ${route.method} ${route.url} → ${status} (expected ${want ? 'allow' : 'deny'})`);
          if (leak) mismatches.push(`${persona} @${scope}: ${route.method} ${route.url} shows "${leak}" of another site`);
        }
      }
    }
    console.log(`  ${allowed} allowed, ${cases - allowed} denied`);
    assert.deepEqual(mismatches, []);
  });

  it('should let oversight held on the parent reach its wards with exactly its grants, never changing an item', async () => {
    const b = await login('oversight_city');
    const mismatches: string[] = [];
    for (const route of routes) {
      const { status } = await request(b, 'oversight_city', route, sites.ward);
      const grants = GRANTS.oversight as readonly Permission[];
      const want = route.permission === 'authenticated' || grants.includes(route.permission as Permission);
      const got = status !== 403 && status !== 401 && status < 500;
      if (got !== want) mismatches.push(`${route.method} ${route.url} → ${status}`);
      if (route.method === 'POST' && /\/(tin-bai|trang)\b/.test(route.url) && got) mismatches.push(`oversight changed an item: ${route.method} ${route.url}`);
    }
    assert.deepEqual(mismatches, []);
  });

  it('should declare the workflow routes with the permissions the workflow needs', () => {
    const declared = new Map(routes.map((r) => [`${r.method} ${r.url}`, r.permission]));
    const spec: Record<string, string> = {
      'GET /quan-tri/cong/:siteId/tin-bai/:id': 'content.read',
      'POST /quan-tri/cong/:siteId/tin-bai/:id': 'content.edit',
      'POST /quan-tri/cong/:siteId/tin-bai/:id/trang-thai': 'content.submit',
      'POST /quan-tri/cong/:siteId/tin-bai/:id/khoa/tiep-quan': 'content.edit',
      'POST /quan-tri/cong/:siteId/tin-bai/:id/hen-go': 'content.publish',
      'GET /quan-tri/cong/:siteId/tin-bai/:id/so-sanh': 'content.read',
      'POST /quan-tri/cong/:siteId/tin-bai/:id/de-xuat': 'content.publish',
      'GET /quan-tri/cong/:siteId/viec-can-lam': 'content.read',
      'GET /quan-tri/cong/:siteId/hang-cho': 'content.publish',
      'GET /quan-tri/cong/:siteId/hen-gio': 'content.publish',
      'GET /quan-tri/cong/:siteId/tin-phuong-xa': 'content.publish',
      'POST /quan-tri/cong/:siteId/tin-phuong-xa/:syndicationId/nhan': 'content.publish',
      'POST /quan-tri/cong/:siteId/tin-phuong-xa/:syndicationId/tu-choi': 'content.publish',
      'POST /quan-tri/cong/:siteId/tin-phuong-xa/:syndicationId/dinh-chinh': 'content.publish',
      'POST /quan-tri/cong/:siteId/kiem-tra-chat-luong': 'site.settings',
      'GET /quan-tri/cong/:siteId/thu-di': 'user.manage',
      'GET /quan-tri/thong-bao': 'authenticated',
    };
    for (const [route, permission] of Object.entries(spec)) assert.equal(declared.get(route), permission, route);
  });

  it('should not find another site\'s item addressed under this site', async () => {
    const b = await login('editor_in_chief');
    for (const seg of ['tin-bai', 'trang']) {
      const foreign = seg === 'tin-bai' ? sites.sibling.newsId : sites.sibling.pageId;
      assert.equal((await b.get(`/quan-tri/cong/${sites.ward.id}/${seg}/${foreign}`)).statusCode, 404, seg);
      assert.equal((await b.post(`/quan-tri/cong/${sites.ward.id}/${seg}/${foreign}/trang-thai`, { event: 'archive' })).statusCode, 404, seg);
    }
    const list = await b.get(`/quan-tri/cong/${sites.ward.id}/tin-bai`);
    assert.match(list.body, new RegExp(sites.ward.newsTitle));
    for (const title of otherTitles(sites.ward)) assert.ok(!list.body.includes(title), title);
  });
});
