/**
 * "Thông tin bắt buộc": every section of the portal with how much it holds and when it last changed; an
 * empty section shows what belongs there and its legal basis, with the link to add the first item.
 */
import { DISCLOSURE_SPECS } from '../../../core/records/disclosures.ts';
import { formatShortDate } from '../../../core/text/dates.ts';
import type { SectionKind } from '../../../core/types.ts';
import type { SiteRow } from '../../../db/schema.ts';
import { type AdminFrame, AdminLayout } from './AdminLayout.tsx';
import { EmptyHint } from './RecordFields.tsx';
import { SECTION_KIND_LABELS } from './SectionViews.tsx';

export interface RequiredSectionRow {
  id: number;
  name: string;
  depth: number;
  kind: string;
  items: number;
  latest: string | null;
  description: string;
  legalBasis: string;
  /** Where its content is managed. */
  manageHref: string;
}

export function RequiredContentPage({ frame, site, rows }: { frame: AdminFrame; site: SiteRow; rows: readonly RequiredSectionRow[] }) {
  const base = `/quan-tri/cong/${site.id}`;
  const empty = rows.filter((r) => r.items === 0 && r.kind !== 'link');
  return (
    <AdminLayout frame={frame} title="Thông tin bắt buộc">
      <p>Các chuyên mục pháp luật yêu cầu trên {site.name} (NĐ 42/2022, TT 22/2023 và các luật liên quan). Chuyên mục còn trống có lời nhắc
        nội dung cần đăng và căn cứ pháp lý. Điểm tuân thủ và danh sách thiếu sót xem ở mục <a href={`${base}/tuan-thu`}>Tuân thủ pháp luật</a>.</p>
      <nav aria-label="Quản lý thông tin có cấu trúc">
        <ul class="quick-links">
          <li><a href={`${base}/van-ban`}>Văn bản</a></li>
          <li><a href={`${base}/lich-cong-tac`}>Lịch công tác lãnh đạo</a></li>
          <li><a href={`${base}/can-bo`}>Danh bạ, cán bộ (lãnh đạo, đầu mối, người phát ngôn)</a></li>
          {Object.values(DISCLOSURE_SPECS).filter((c) => (c.levels as readonly string[]).includes(site.level)).map((c) => (
            <li key={c.code}><a href={`${base}/cong-khai/${c.adminSlug}`}>{c.label}</a></li>
          ))}
          <li><a href={`${base}/bieu-ngu`}>Biểu ngữ, chuyên đề</a></li>
        </ul>
      </nav>
      <h2>Chuyên mục còn trống ({empty.length})</h2>
      {empty.length === 0 ? <p>Mọi chuyên mục đều đã có nội dung.</p> : empty.map((r) => (
        <section key={r.id} aria-labelledby={`trong-${r.id}`}>
          <h3 id={`trong-${r.id}`}>{r.name}</h3>
          <EmptyHint title="Chuyên mục chưa có nội dung." description={r.description} legalBasis={r.legalBasis} action={{ href: r.manageHref, label: 'Thêm nội dung' }} />
        </section>
      ))}
      <h2>Tất cả chuyên mục</h2>
      <table class="list">
        <thead><tr><th scope="col">Chuyên mục</th><th scope="col">Loại</th><th scope="col">Số mục</th><th scope="col">Cập nhật gần nhất</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.depth > 0 && <span aria-hidden="true">{'— '.repeat(r.depth)}</span>}<a href={r.manageHref}>{r.name}</a></th>
              <td>{SECTION_KIND_LABELS[r.kind as SectionKind] ?? r.kind}</td>
              <td>{r.kind === 'link' ? '—' : r.items}</td>
              <td>{r.latest ? formatShortDate(r.latest) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}
