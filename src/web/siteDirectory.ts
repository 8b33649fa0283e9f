/**
 * The directory of sites, and each site's sections, held in memory because every public request needs them and
 * they change rarely (structure, not content). Resolves a request (host name + path prefix) to a site and builds
 * public URLs. Reloaded after any site change (reload()), a site's sections dropped after a change to them
 * (forgetSections(), from the audit log), and both at most every `ttlMs` so nothing outlives a write that
 * bypassed the log.
 */
import type { Kysely } from 'kysely';
import { listSections } from '../db/repositories/sectionRepository.ts';
import { listSites } from '../db/repositories/siteRepository.ts';
import type { DB, SectionRow, SiteRow } from '../db/schema.ts';

/** Path prefix that selects a ward portal on the parent's host: /site/<slug>/… */
export const SITE_PREFIX = '/site';

export interface ResolvedSite {
  site: SiteRow;
  /** '' when reached by its own host name, else `/site/<slug>`. */
  basePath: string;
}

export class SiteDirectory {
  private sites: SiteRow[] = [];
  private loadedAt = 0;
  private readonly sections = new Map<number, Promise<readonly SectionRow[]>>();

  constructor(
    private readonly db: Kysely<DB>,
    private readonly publicUrl: string,
    private readonly ttlMs = 5000,
  ) {}

  async reload(): Promise<void> {
    this.sections.clear();
    this.sites = await listSites(this.db);
    this.loadedAt = Date.now();
  }

  /** A site's sections in menu order (every public page's menu and routes); a fresh array of shared, frozen rows. */
  async sectionsOf(siteId: number): Promise<SectionRow[]> {
    let loading = this.sections.get(siteId);
    if (!loading) {
      loading = listSections(this.db, siteId).then((rows) => rows.map((r) => Object.freeze(r)));
      this.sections.set(siteId, loading);
      loading.catch(() => this.sections.get(siteId) === loading && this.sections.delete(siteId));
    }
    return [...(await loading)];
  }

  /** After a change to a site's sections: the next request reads them again. */
  forgetSections(siteId: number): void {
    this.sections.delete(siteId);
  }

  async fresh(): Promise<this> {
    if (Date.now() - this.loadedAt > this.ttlMs) await this.reload();
    return this;
  }

  all(): readonly SiteRow[] {
    return this.sites;
  }

  byId(id: number): SiteRow | undefined {
    return this.sites.find((s) => s.id === id);
  }

  bySlug(slug: string): SiteRow | undefined {
    return this.sites.find((s) => s.slug === slug);
  }

  /** The top-level portal served on unknown hosts (the embedded default). */
  root(): SiteRow | undefined {
    return this.sites.find((s) => s.parent_id === null);
  }

  children(siteId: number): SiteRow[] {
    return this.sites.filter((s) => s.parent_id === siteId);
  }

  parentOf(site: SiteRow): SiteRow | undefined {
    return site.parent_id === null ? undefined : this.byId(site.parent_id);
  }

  /**
   * The site for a host name: an exact `host` match, else `<slug>.<parent host>`,
   * else undefined (the caller falls back to the root site).
   */
  byHost(hostname: string): SiteRow | undefined {
    const host = hostname.toLowerCase().replace(/:\d+$/, '');
    const exact = this.sites.find((s) => s.host === host);
    if (exact) return exact;
    const dot = host.indexOf('.');
    if (dot < 0) return undefined;
    const sub = host.slice(0, dot);
    const rest = host.slice(dot + 1);
    return this.sites.find((s) => s.slug === sub && s.parent_id !== null && this.byId(s.parent_id)?.host === rest);
  }

  /** Resolves a request to a site; `prefixSlug` comes from a /site/<slug> path. */
  resolve(hostname: string, prefixSlug: string | undefined): ResolvedSite | undefined {
    const hostSite = this.byHost(hostname) ?? this.root();
    if (prefixSlug === undefined) return hostSite ? { site: hostSite, basePath: '' } : undefined;
    const site = this.bySlug(prefixSlug);
    return site ? { site, basePath: `${SITE_PREFIX}/${site.slug}` } : undefined;
  }

  /**
   * Absolute public URL of a site: its own host if it has one, else `<slug>.<parent host>` when the
   * parent has a host other than localhost, else the installation's public URL with the path prefix.
   */
  siteUrl(site: SiteRow): string {
    const scheme = this.publicUrl.startsWith('https:') ? 'https:' : 'http:';
    const port = new URL(this.publicUrl).port;
    const withPort = (h: string) => `${scheme}//${h}${port ? `:${port}` : ''}`;
    if (site.host && hasSubdomains(site.host)) return withPort(site.host);
    const parent = this.parentOf(site);
    if (parent?.host && hasSubdomains(parent.host)) return withPort(`${site.slug}.${parent.host}`);
    return site.parent_id === null ? this.publicUrl : `${this.publicUrl}${SITE_PREFIX}/${site.slug}`;
  }
}

/** A DNS name under which `<slug>.` names can exist: not localhost, not an IP address. */
function hasSubdomains(host: string): boolean {
  return host !== 'localhost' && !/^[\d.]+$/.test(host) && !host.includes(':');
}
