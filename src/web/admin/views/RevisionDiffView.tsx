/** Differences between two revisions of one item: every field side by side, texts word by word. */
import type { DiffPart, FieldChange } from '../../../core/content/revisionDiff.ts';
import type { ContentKind } from '../../../core/types.ts';
import { AdminLayout, type AdminFrame } from './AdminLayout.tsx';
import { contentAdminBase, formatAdminDateTime } from './ContentShared.tsx';

export interface RevisionDiffModel {
  kind: ContentKind;
  siteId: number;
  id: number;
  title: string;
  from: number;
  to: number;
  revisions: number[];
  fromMeta: { author: string; at: string } | null;
  toMeta: { author: string; at: string } | null;
  changes: FieldChange[];
}

function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.op === 'added' ? <ins key={i}>{p.text}</ins> : p.op === 'removed' ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>))}
    </>
  );
}

export function RevisionDiffView({ frame, model }: { frame: AdminFrame; model: RevisionDiffModel }) {
  const base = `${contentAdminBase(model.siteId, model.kind)}/${model.id}`;
  const changed = model.changes.filter((c) => c.changed);
  return (
    <AdminLayout frame={frame} title={`So sánh phiên bản: ${model.title}`}>
      <p><a href={base}>← Về tin, bài</a></p>
      <form class="filters" method="get" action={`${base}/so-sanh`}>
        <div class="field">
          <label for="tu">Phiên bản</label>
          <select id="tu" name="tu">{model.revisions.map((n) => <option key={n} value={n} selected={n === model.from}>{n}</option>)}</select>
        </div>
        <div class="field">
          <label for="den">so với phiên bản</label>
          <select id="den" name="den">{model.revisions.map((n) => <option key={n} value={n} selected={n === model.to}>{n}</option>)}</select>
        </div>
        <button type="submit">Xem khác biệt</button>
      </form>
      <p>
        Phiên bản {model.from}{model.fromMeta && <> ({model.fromMeta.author}, {formatAdminDateTime(model.fromMeta.at)})</>} → phiên bản {model.to}
        {model.toMeta && <> ({model.toMeta.author}, {formatAdminDateTime(model.toMeta.at)})</>}.{' '}
        <span role="status">{changed.length === 0 ? 'Hai phiên bản giống nhau.' : `Có ${changed.length} mục thay đổi.`}</span>
      </p>
      <p class="muted">Chữ được thêm vào có nền xanh, chữ bị xóa có nền đỏ và gạch ngang.</p>
      <table class="list diff">
        <thead><tr><th scope="col">Mục</th><th scope="col">Khác biệt</th></tr></thead>
        <tbody>
          {model.changes.map((c) => (
            <tr key={c.field} class={c.changed ? 'changed' : undefined}>
              <th scope="row">{c.label}{c.changed && <span class="tag">Đã đổi</span>}</th>
              <td>
                {!c.changed && <span class="muted">{c.after || '(trống)'}</span>}
                {c.changed && c.parts && <div class={c.field === 'body' ? 'diff-body' : undefined}><Parts parts={c.parts} /></div>}
                {c.changed && !c.parts && <><del>{c.before || '(trống)'}</del> → <ins>{c.after || '(trống)'}</ins></>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}
