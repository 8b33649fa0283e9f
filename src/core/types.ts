/** Shared domain vocabulary. See docs/glossary.md for the Vietnamese terms. */

/** Level of a portal in the two-level local government (since 01/7/2025 there is no district level). */
export const SITE_LEVELS = ['city', 'ward', 'commune'] as const;
export type SiteLevel = (typeof SITE_LEVELS)[number];
export const SITE_LEVEL_LABELS: Record<SiteLevel, string> = {
  city: 'Thành phố / tỉnh',
  ward: 'Phường',
  commune: 'Xã',
};

/** Kinds of units that feed a portal; quotas later default per kind. */
export const UNIT_KINDS = ['office', 'ward_office', 'mass_org', 'radio', 'party', 'council'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  office: 'Cơ quan chuyên môn',
  ward_office: 'Bộ phận thuộc UBND phường, xã',
  mass_org: 'Tổ chức chính trị – xã hội',
  radio: 'Đài / Trạm Truyền thanh',
  party: 'Cơ quan Đảng',
  council: 'Hội đồng nhân dân',
};

/** What a content row is: a dated news item/article, or a static page. */
export const CONTENT_KINDS = ['news', 'page'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** Genres matter for the quality gate and royalties (Decree 18/2014 Art. 7). */
export const GENRES = ['news', 'article', 'photo', 'interview', 'commentary', 'report'] as const;
export type Genre = (typeof GENRES)[number];
export const GENRE_LABELS: Record<Genre, string> = {
  news: 'Tin',
  article: 'Bài viết',
  photo: 'Phóng sự ảnh',
  interview: 'Phỏng vấn',
  commentary: 'Bình luận',
  report: 'Phóng sự',
};

/** Section kinds: news lists dated items; page shows static pages; link goes elsewhere. */
export const SECTION_KINDS = [
  'news', 'page', 'link',
  // Structured content (issue 5, ADR 0010): the section lists records of its own table instead of news items.
  'documents', 'schedule', 'directory', 'english',
  'procedures', 'budget', 'plans', 'investment', 'statistics', 'grassroots', 'access_info', 'press',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export type Id = number;

/** Injected clock, so domain rules never call Date.now() themselves. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
