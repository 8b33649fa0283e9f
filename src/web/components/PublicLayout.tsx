/**
 * Public page frame: header (emblem/logo + full agency name), main menu, footer with the owning
 * agency details and visit counter (TT 32/2017 Art. 16; regulations.md TECH-02), Open Graph and
 * Dublin Core metadata (TECH-10). Works without JavaScript; a11y.js only adds the font-size and
 * contrast switches.
 */
import type { ComponentChildren } from 'preact';
import { formatShortDate } from '../../core/text/dates.ts';
import type { SiteChrome } from '../presenters/chrome.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** Absolute canonical URL. */
  url: string;
  type: 'website' | 'article';
  image?: string | null | undefined;
  creator?: string | undefined;
  publisher: string;
  published?: string | null | undefined;
  modified?: string | null | undefined;
  subject?: string | undefined;
  /** Feed of this page's section or site. */
  rssHref?: string | undefined;
  noindex?: boolean;
}

export interface Crumb {
  label: string;
  href?: string | undefined;
}

function MetaTags({ meta }: { meta: PageMeta }) {
  const date = (meta.published ?? meta.modified ?? '').slice(0, 10);
  return (
    <>
      <meta name="description" content={meta.description} />
      <link rel="canonical" href={meta.url} />
      {meta.noindex && <meta name="robots" content="noindex" />}
      <meta property="og:type" content={meta.type} />
      <meta property="og:title" content={meta.title} />
      <meta property="og:description" content={meta.description} />
      <meta property="og:url" content={meta.url} />
      <meta property="og:site_name" content={meta.publisher} />
      <meta property="og:locale" content="vi_VN" />
      {meta.image && <meta property="og:image" content={meta.image} />}
      {meta.published && <meta property="article:published_time" content={meta.published} />}
      {meta.modified && <meta property="article:modified_time" content={meta.modified} />}
      <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
      <meta name="DC.title" content={meta.title} />
      <meta name="DC.creator" content={meta.creator ?? meta.publisher} />
      {date && <meta name="DC.date" content={date} />}
      <meta name="DC.description" content={meta.description} />
      <meta name="DC.publisher" content={meta.publisher} />
      <meta name="DC.identifier" content={meta.url} />
      <meta name="DC.language" content="vi" />
      {meta.subject && <meta name="DC.subject" content={meta.subject} />}
      <meta name="DC.type" content={meta.type === 'article' ? 'Text' : 'InteractiveResource'} />
      <meta name="DC.format" content="text/html" />
      {meta.rssHref && <link rel="alternate" type="application/rss+xml" title={`RSS – ${meta.publisher}`} href={meta.rssHref} />}
    </>
  );
}

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  if (crumbs.length === 0) return null;
  return (
    <nav class="breadcrumb" aria-label="Đường dẫn">
      <ol>
        {crumbs.map((c, i) => (
          <li key={i}>{c.href && i < crumbs.length - 1 ? <a href={c.href}>{c.label}</a> : <span aria-current="page">{c.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}

export function PublicLayout(props: {
  chrome: SiteChrome;
  meta: PageMeta;
  crumbs?: Crumb[];
  bodyClass?: string;
  today: Date;
  children: ComponentChildren;
}) {
  const { chrome, meta } = props;
  const fullTitle = meta.title === chrome.name ? chrome.fullName : `${meta.title} – ${chrome.name}`;
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <MetaTags meta={meta} />
        <link rel="stylesheet" href="/assets/site.css" />
        <link rel="icon" href="/assets/quoc-huy.svg" type="image/svg+xml" />
        <script src="/assets/a11y.js" defer></script>
      </head>
      <body class={props.bodyClass}>
        <a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
        <header class="site-header">
          <div class="topbar">
            <div class="wrap topbar-inner">
              <span class="today">{formatShortDate(props.today)}</span>
              {chrome.parent && <a href={chrome.parent.href}>{chrome.parent.name}</a>}
              <div class="a11y-tools" hidden aria-label="Công cụ hỗ trợ đọc">
                <button type="button" data-font="-1">A−<span class="visually-hidden"> giảm cỡ chữ</span></button>
                <button type="button" data-font="0">A<span class="visually-hidden"> cỡ chữ mặc định</span></button>
                <button type="button" data-font="1">A+<span class="visually-hidden"> tăng cỡ chữ</span></button>
                <button type="button" data-contrast="toggle" aria-pressed="false">Tương phản cao</button>
              </div>
            </div>
          </div>
          <div class="wrap brand">
            <a class="brand-link" href={chrome.homeHref}>
              <img class="emblem" src={chrome.logoSrc} alt={`Biểu trưng ${chrome.name}`} width={72} height={72} />
              <span class="brand-text">
                <span class="brand-kicker">Cổng thông tin điện tử</span>
                <span class="brand-name">{chrome.fullName}</span>
              </span>
            </a>
            <form class="search" action={`${chrome.basePath}/tim-kiem`} method="get" role="search">
              <label class="visually-hidden" for="q">Tìm kiếm</label>
              <input id="q" name="q" type="search" placeholder="Tìm kiếm tin, bài…" />
              <button type="submit">Tìm</button>
            </form>
          </div>
          <nav class="main-nav" aria-label="Menu chính">
            <details class="wrap nav-toggle" open>
              <summary>Danh mục</summary>
              <ul class="menu">
                {chrome.menu.map((item) => (
                  <li key={item.href}>
                    <a href={item.href} rel={item.external ? 'noopener' : undefined}>{item.label}</a>
                    {item.children.length > 0 && (
                      <ul class="submenu">
                        {item.children.map((c) => <li key={c.href}><a href={c.href}>{c.label}</a></li>)}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </details>
          </nav>
        </header>
        <main id="noi-dung" class="wrap main">
          <Breadcrumbs crumbs={props.crumbs ?? []} />
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="wrap footer-grid">
            <div>
              <p class="footer-title">{chrome.fullName}</p>
              {chrome.footer.ownerAgency && <p>Cơ quan chủ quản: {chrome.footer.ownerAgency}</p>}
              {chrome.footer.responsiblePerson && <p>Người chịu trách nhiệm: {chrome.footer.responsiblePerson}</p>}
              {chrome.footer.address && <p>Địa chỉ: {chrome.footer.address}</p>}
              <p>
                {chrome.footer.phone && <>Điện thoại: <a href={`tel:${chrome.footer.phone.replace(/[^\d+]/g, '')}`}>{chrome.footer.phone}</a></>}
                {chrome.footer.phone && chrome.footer.email && ' – '}
                {chrome.footer.email && <>Thư điện tử: <a href={`mailto:${chrome.footer.email}`}>{chrome.footer.email}</a></>}
              </p>
              {chrome.footer.licenseInfo && <p>{chrome.footer.licenseInfo}</p>}
              <p>Ghi rõ nguồn “{chrome.fullName}” khi phát hành lại thông tin từ cổng này.</p>
            </div>
            <div class="visit-counter" aria-label="Thống kê truy cập">
              <p class="footer-title">Thống kê truy cập</p>
              <p>Hôm nay: <strong>{chrome.visits.today.toLocaleString('vi-VN')}</strong></p>
              <p>Tổng lượt truy cập: <strong>{chrome.visits.total.toLocaleString('vi-VN')}</strong></p>
              <p><a href={`${chrome.basePath}/so-do-cong`}>Sơ đồ cổng</a> · <a href={`${chrome.basePath}/rss.xml`}>RSS</a></p>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}
