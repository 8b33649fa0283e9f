/**
 * Tiny XML writing helpers for RSS and sitemaps. Everything that reaches the output goes through
 * escapeXml(); there is no way to put raw text into an element or attribute.
 */

/** Characters XML 1.0 forbids even when escaped (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an XML element or a quoted attribute value; drops characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export type XmlAttrs = Record<string, string | number | null | undefined>;

function attrs(a: XmlAttrs | undefined): string {
  if (!a) return '';
  return Object.entries(a)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/** `<name a="…">escaped text</name>`; nothing at all when the text is null/undefined. */
export function textElement(name: string, text: string | number | null | undefined, a?: XmlAttrs): string {
  if (text === null || text === undefined) return '';
  return `<${name}${attrs(a)}>${escapeXml(String(text))}</${name}>`;
}

/** An element whose children are already-built XML (from these helpers). */
export function element(name: string, children: readonly string[], a?: XmlAttrs): string {
  return `<${name}${attrs(a)}>${children.join('')}</${name}>`;
}

export function emptyElement(name: string, a: XmlAttrs): string {
  return `<${name}${attrs(a)}/>`;
}

export function xmlDocument(root: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}

/** RFC 822 date as RSS 2.0 wants it: "Mon, 05 Jan 2026 01:30:00 GMT". */
export function rfc822(iso: string | Date): string {
  return (typeof iso === 'string' ? new Date(iso) : iso).toUTCString();
}

/** W3C datetime for sitemaps, second precision: "2026-01-05T01:30:00Z". */
export function w3cDate(iso: string | Date): string {
  return (typeof iso === 'string' ? new Date(iso) : iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export interface RssChannel {
  title: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  link: string;
  description: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
  lastBuildDate: string | Date;
  copyright?: string | undefined;
}

export interface RssItem {
  title: string;
  /** Absolute permalink; also the guid. */
  link: string;
  description: string;
  pubDate: string;
  category?: string | undefined;
  creator?: string | undefined;
  enclosure?: { url: string; length: number; type: string } | null | undefined;
}

/** An RSS 2.0 document (with atom:link self and dc:creator, as feed validators recommend). */
export function renderRss(channel: RssChannel, items: readonly RssItem[]): string {
  const itemXml = items.map((i) => element('item', [
    textElement('title', i.title),
    textElement('link', i.link),
    textElement('guid', i.link, { isPermaLink: 'true' }),
    textElement('pubDate', rfc822(i.pubDate)),
    textElement('description', i.description),
    i.category ? textElement('category', i.category) : '',
    i.creator ? textElement('dc:creator', i.creator) : '',
    i.enclosure ? emptyElement('enclosure', { url: i.enclosure.url, length: i.enclosure.length, type: i.enclosure.type }) : '',
  ]));
  const channelXml = element('channel', [
    textElement('title', channel.title),
    textElement('link', channel.link),
    textElement('description', channel.description),
    textElement('language', 'vi'),
    textElement('lastBuildDate', rfc822(channel.lastBuildDate)),
    channel.copyright ? textElement('copyright', channel.copyright) : '',
    emptyElement('atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' }),
    ...(items.length ? ['\n', itemXml.join('\n'), '\n'] : []),
  ]);
  return xmlDocument(element('rss', [channelXml], {
    version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  }));
}

export interface SitemapUrl {
  loc: string;
  lastmod?: string | null | undefined;
}

/** Most URLs one sitemap file may list (sitemaps.org protocol). */
export const SITEMAP_MAX_URLS = 50_000;

/** A sitemaps.org <urlset>, cut at SITEMAP_MAX_URLS. */
export function renderUrlset(urls: readonly SitemapUrl[]): string {
  const body = urls.slice(0, SITEMAP_MAX_URLS).map((u) =>
    element('url', [textElement('loc', u.loc), u.lastmod ? textElement('lastmod', w3cDate(u.lastmod)) : '']));
  return xmlDocument(element('urlset', ['\n', body.join('\n'), '\n'], { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }));
}
