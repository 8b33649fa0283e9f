/** Loads what every public page of a site needs: its sections, chrome, and helpers to build URLs. */
import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../../core/errors.ts';
import { withThemeWindows } from '../../core/sites/themedSections.ts';
import { findMedia } from '../../db/repositories/mediaRepository.ts';
import { visitTotals } from '../../db/repositories/visitRepository.ts';
import type { SectionRow, SiteRow } from '../../db/schema.ts';
import type { AppContext } from '../appContext.ts';
import { type SiteChrome, presentChrome, sitePath } from '../presenters/chrome.ts';
import { presentPicture } from '../presenters/media.ts';
import type { ResolvedSite } from '../siteDirectory.ts';
import { portalDay } from '../viewCounter.ts';

export interface PublicPageContext {
  site: SiteRow;
  basePath: string;
  sections: SectionRow[];
  chrome: SiteChrome;
  /** Absolute URL of a site-relative path, for canonical links, feeds and sitemaps. */
  absolute(path: string): string;
  /** Site-relative path under this request's prefix. */
  path(path: string): string;
  /** Absolute URL of a host-root path such as /media/… (not under the site prefix). */
  assetUrl(path: string): string;
}

export async function resolveSite(ctx: AppContext, req: FastifyRequest): Promise<ResolvedSite> {
  await ctx.directory.fresh();
  const prefix = (req.params as { siteSlug?: string } | undefined)?.siteSlug;
  const resolved = ctx.directory.resolve(req.hostname, prefix);
  if (!resolved) throw new NotFoundError('Không tìm thấy cổng thông tin này.');
  return resolved;
}

export async function loadPublicContext(ctx: AppContext, resolved: ResolvedSite): Promise<PublicPageContext> {
  const { site, basePath } = resolved;
  const [allSections, totals, logo] = await Promise.all([
    ctx.directory.sectionsOf(site.id),
    visitTotals(ctx.db, site.id, portalDay(ctx.clock.now())),
    site.logo_media_id ? findMedia(ctx.db, site.id, site.logo_media_id) : Promise.resolve(undefined),
  ]);
  // Themed sections outside their campaign window leave the menu and the home page (their page stays reachable).
  const sections = withThemeWindows(allSections, ctx.clock.now().toISOString());
  const pending = ctx.views.pendingVisits(site.id);
  const parent = ctx.directory.parentOf(site);
  const siteUrl = ctx.directory.siteUrl(site);
  const chrome = presentChrome({
    site, basePath, parent,
    parentHref: parent ? (basePath ? '/' : ctx.directory.siteUrl(parent)) : null,
    logoSrc: logo ? presentPicture(logo, '')?.fallbackSrc ?? null : null,
    sections,
    visits: { total: totals.total + pending, today: totals.today + pending },
  });
  return {
    site, basePath, sections, chrome,
    // Canonical URLs always use the site's own address, whichever way this request reached it.
    absolute: (p) => `${siteUrl.replace(/\/+$/, '')}${p.startsWith('/') ? p : `/${p}`}`,
    path: (p) => sitePath(basePath, p),
    assetUrl: (p) => new URL(p, siteUrl).href,
  };
}
