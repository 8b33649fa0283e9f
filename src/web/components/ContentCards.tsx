import type { ContentCard } from '../presenters/content.ts';
import { Picture } from './Picture.tsx';

export function CardList({ cards, sizes = '(max-width: 600px) 100vw, 240px', headingLevel = 3 }: { cards: ContentCard[]; sizes?: string; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="cards">
      {cards.map((c) => (
        <li class="card" key={c.id}>
          {c.picture && <a href={c.href} tabIndex={-1} aria-hidden="true"><Picture model={c.picture} sizes={sizes} /></a>}
          <div class="card-body">
            <H class="card-title"><a href={c.href}>{c.title}</a></H>
            <p class="meta">
              {c.siteName && <span class="site-tag">{c.siteName}</span>}
              <time dateTime={c.publishedAt}>{c.dateText}</time>
            </p>
            {c.summary && <p class="summary">{c.summary}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function Pager({ prevHref, nextHref, label }: { prevHref: string | null; nextHref: string | null; label?: string }) {
  if (!prevHref && !nextHref) return null;
  return (
    <nav class="pager" aria-label="Phân trang">
      {prevHref ? <a href={prevHref} rel="prev">« Trang trước</a> : <span />}
      {label && <span class="pager-label">{label}</span>}
      {nextHref ? <a href={nextHref} rel="next">Trang sau »</a> : <span />}
    </nav>
  );
}
