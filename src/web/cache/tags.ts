/**
 * Cache tags: what a public page shows. A page records its tags when it is rendered; a change
 * invalidates exactly the pages carrying the tags it touches (src/web/cache/invalidation.ts).
 * Tags also go out in the Surrogate-Key header so a CDN or proxy can purge by tag.
 */
export const tag = {
  /** The site's chrome: name, menu, footer, settings. Every page of the site carries it. */
  site: (siteId: number) => `site-${siteId}`,
  /** The list of sites (ward lists, sitemaps). */
  directory: () => 'directory',
  /** A listing of a section: a new item there changes it. */
  section: (sectionId: number) => `section-${sectionId}`,
  /** A page that shows this content (its own page, or a card of it). */
  content: (contentId: number) => `content-${contentId}`,
  /** The featured block of a site's home page. */
  featured: (siteId: number) => `featured-${siteId}`,
  /** Feeds, sitemaps and other whole-site listings. */
  feed: (siteId: number) => `feed-${siteId}`,
  /** The parent portal's block of news from its wards. */
  wardNews: (parentSiteId: number) => `wards-${parentSiteId}`,
  /** Campaign banners of a site. */
  banners: (siteId: number) => `banners-${siteId}`,
  /** A structured content type's listing on a site (documents, schedules, …). */
  collection: (siteId: number, name: string) => `${name}-${siteId}`,
} as const;
