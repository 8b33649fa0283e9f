/** The admin list of a site's news items or static pages, with filters and paging. */
import type { ContentKind } from '../../../core/types.ts';
import { CONTENT_STATES, CONTENT_STATE_LABELS } from '../../../core/workflow/contentWorkflow.ts';
import { AdminLayout, type AdminFrame } from './AdminLayout.tsx';
import { AdminPager, CONTENT_KIND_UI, StatusTag, contentAdminBase } from './ContentShared.tsx';

export interface ContentListRow {
  id: number;
  title: string;
  /** Edit link, or null when this actor may not edit the item. */
  editHref: string | null;
  sectionName: string;
  unitName: string;
  state: string;
  updatedText: string;
  updatedAt: string;
  author: string;
}

export interface ContentListModel {
  kind: ContentKind;
  siteId: number;
  filters: { status: string; q: string; unit: string };
  units: { id: number; name: string }[];
  rows: ContentListRow[];
  total: number;
  page: number;
  pageCount: number;
  canCreate: boolean;
  /** True when the list is limited to the actor's unit and own items. */
  scoped: boolean;
  pageHref: (n: number) => string;
}

export function ContentListView({ frame, model }: { frame: AdminFrame; model: ContentListModel }) {
  const ui = CONTENT_KIND_UI[model.kind];
  const base = contentAdminBase(model.siteId, model.kind);
  const isNews = model.kind === 'news';
  return (
    <AdminLayout frame={frame} title={ui.listTitle}>
      {model.canCreate && <p class="actions"><a class="button primary" href={`${base}/moi`}>{ui.createLabel}</a></p>}
      <form class="filters" method="get" action={base} role="search">
        <div class="field">
          <label for="loc-tu-khoa">Từ khóa</label>
          <input id="loc-tu-khoa" name="q" type="search" value={model.filters.q} />
        </div>
        <div class="field">
          <label for="loc-trang-thai">Trạng thái</label>
          <select id="loc-trang-thai" name="trang_thai">
            <option value="">Tất cả</option>
            {CONTENT_STATES.map((s) => <option key={s} value={s} selected={model.filters.status === s}>{CONTENT_STATE_LABELS[s]}</option>)}
          </select>
        </div>
        {model.units.length > 0 && (
          <div class="field">
            <label for="loc-don-vi">Đơn vị</label>
            <select id="loc-don-vi" name="don_vi">
              <option value="">Tất cả</option>
              {model.units.map((u) => <option key={u.id} value={u.id} selected={model.filters.unit === String(u.id)}>{u.name}</option>)}
            </select>
          </div>
        )}
        <button type="submit">Lọc</button>
      </form>
      <p class="muted" role="status">
        {model.total === 0 ? ui.empty : `Có ${model.total.toLocaleString('vi-VN')} ${ui.noun}.`}
        {model.scoped && ' Bạn thấy các mục của đơn vị mình và các mục do bạn viết.'}
      </p>
      {model.rows.length > 0 && (
        <table class="list">
          <thead>
            <tr>
              <th scope="col">Tiêu đề</th>
              <th scope="col">Chuyên mục</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Cập nhật</th>
              <th scope="col">{isNews ? 'Tác giả' : 'Người tạo'}</th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((r) => (
              <tr key={r.id}>
                <td>{r.editHref ? <a href={r.editHref}>{r.title}</a> : r.title}</td>
                <td>{r.sectionName}</td>
                <td>{r.unitName}</td>
                <td><StatusTag state={r.state} /></td>
                <td><time dateTime={r.updatedAt}>{r.updatedText}</time></td>
                <td>{r.author}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AdminPager page={model.page} pageCount={model.pageCount} href={model.pageHref} />
    </AdminLayout>
  );
}
