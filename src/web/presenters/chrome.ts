/**
 * The site "chrome" every public page shares: header identity, menu, footer, visit counter.
 * Built once per request from the directory and the site's sections.
 */
import type { SectionRow, SiteRow } from '../../db/schema.ts';

export interface MenuItem {
  label: string;
  href: string;
  external?: boolean;
  children: MenuItem[];
}

export interface SiteChrome {
  siteId: number;
  name: string;
  fullName: string;
  level: string;
  basePath: string;
  homeHref: string;
  logoSrc: string;
  parent: { name: string; href: string } | null;
  menu: MenuItem[];
  footer: {
    ownerAgency: string;
    responsiblePerson: string;
    address: string;
    phone: string;
    email: string;
    licenseInfo: string;
  };
  visits: { total: number; today: number };
}

/** Turns a site-relative path into a path under the site's prefix. */
export function sitePath(basePath: string, path: string): string {
  if (path === '/' || path === '') return basePath === '' ? '/' : `${basePath}/`;
  return `${basePath}${path.startsWith('/') ? path : `/${path}`}`;
}

export function sectionHref(basePath: string, s: Pick<SectionRow, 'slug' | 'kind' | 'external_url'>): string {
  return s.kind === 'link' && s.external_url ? s.external_url : sitePath(basePath, `/${s.slug}`);
}

/**
 * The main menu. TT 32/2017 Art. 16 (regulations.md TECH-02) requires at least Trang chủ, Giới thiệu,
 * Dịch vụ công trực tuyến and Sơ đồ cổng; the rest comes from the site's sections marked in_menu.
 */
export function buildMenu(basePath: string, sections: readonly SectionRow[]): MenuItem[] {
  const top = sections.filter((s) => s.parent_id === null && s.in_menu === 1);
  const childrenOf = (id: number) =>
    sections.filter((s) => s.parent_id === id && s.in_menu === 1)
      .map((c) => ({ label: c.name, href: sectionHref(basePath, c), external: c.kind === 'link', children: [] }));
  const items: MenuItem[] = [{ label: 'Trang chủ', href: sitePath(basePath, '/'), children: [] }];
  for (const s of top) {
    items.push({ label: s.name, href: sectionHref(basePath, s), external: s.kind === 'link', children: childrenOf(s.id) });
  }
  const has = (label: string) => items.some((i) => i.label.toLowerCase() === label.toLowerCase());
  // "Giới thiệu" comes from the site's scaffolded sections; a site without it is a compliance gap, not a dead link.
  if (!has('Dịch vụ công trực tuyến')) {
    items.push({ label: 'Dịch vụ công trực tuyến', href: 'https://dichvucong.gov.vn', external: true, children: [] });
  }
  items.push({ label: 'Sơ đồ cổng', href: sitePath(basePath, '/so-do-cong'), children: [] });
  return items;
}

export function presentChrome(input: {
  site: SiteRow;
  basePath: string;
  parent: SiteRow | undefined;
  parentHref: string | null;
  logoSrc: string | null;
  sections: readonly SectionRow[];
  visits: { total: number; today: number };
}): SiteChrome {
  const { site, basePath } = input;
  return {
    siteId: site.id,
    name: site.name,
    fullName: site.full_name,
    level: site.level,
    basePath,
    homeHref: sitePath(basePath, '/'),
    logoSrc: input.logoSrc ?? '/assets/quoc-huy.svg',
    parent: input.parent && input.parentHref ? { name: input.parent.name, href: input.parentHref } : null,
    menu: buildMenu(basePath, input.sections),
    footer: {
      ownerAgency: site.owner_agency,
      responsiblePerson: site.responsible_person,
      address: site.address,
      phone: site.phone,
      email: site.email,
      licenseInfo: site.license_info,
    },
    visits: input.visits,
  };
}
