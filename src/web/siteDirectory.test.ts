import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SiteRow } from '../db/schema.ts';
import { SiteDirectory } from './siteDirectory.ts';

function site(id: number, slug: string, parentId: number | null, host: string | null): SiteRow {
  return { id, slug, parent_id: parentId, host, name: slug, full_name: slug, level: parentId ? 'ward' : 'city', logo_media_id: null,
    owner_agency: '', responsible_person: '', address: '', phone: '', email: '', license_info: '', description: '', settings: '{}',
    sort_order: id, created_at: '', updated_at: '' };
}

function directory(publicUrl: string, sites: SiteRow[]): SiteDirectory {
  const d = new SiteDirectory({} as never, publicUrl);
  (d as unknown as { sites: SiteRow[] }).sites = sites;
  return d;
}

describe('SiteDirectory', () => {
  const sites = [site(1, 'thanh-pho', null, 'tayninh.gov.vn'), site(2, 'phuong-1', 1, null), site(3, 'phuong-2', 1, 'p2.example.vn')];

  it('should resolve by exact host, by <slug>.<parent host>, and fall back to the root', () => {
    const d = directory('https://tayninh.gov.vn', sites);
    assert.equal(d.resolve('p2.example.vn', undefined)?.site.id, 3);
    assert.equal(d.resolve('phuong-1.tayninh.gov.vn', undefined)?.site.id, 2);
    assert.equal(d.resolve('PHUONG-1.TAYNINH.GOV.VN:443', undefined)?.site.id, 2);
    assert.equal(d.resolve('unknown.host', undefined)?.site.id, 1);
    assert.equal(d.resolve('khong-co.tayninh.gov.vn', undefined)?.site.id, 1);
  });

  it('should resolve a /site/<slug> prefix with its base path, and nothing for an unknown slug', () => {
    const d = directory('https://tayninh.gov.vn', sites);
    assert.deepEqual(d.resolve('tayninh.gov.vn', 'phuong-1')?.basePath, '/site/phuong-1');
    assert.equal(d.resolve('tayninh.gov.vn', 'khong-co'), undefined);
  });

  it('should build each site\'s public URL', () => {
    const d = directory('https://tayninh.gov.vn', sites);
    assert.equal(d.siteUrl(sites[0]!), 'https://tayninh.gov.vn');
    assert.equal(d.siteUrl(sites[1]!), 'https://phuong-1.tayninh.gov.vn');
    assert.equal(d.siteUrl(sites[2]!), 'https://p2.example.vn');
    const local = directory('http://localhost:3000', [site(1, 'thanh-pho', null, 'localhost'), site(2, 'phuong-1', 1, null)]);
    assert.equal(local.siteUrl(local.byId(2)!), 'http://localhost:3000/site/phuong-1');
    assert.equal(local.siteUrl(local.byId(1)!), 'http://localhost:3000');
  });
});
