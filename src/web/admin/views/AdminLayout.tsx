/** Frame of every admin page: who is logged in, which portal is being managed, navigation. */
import type { ComponentChildren } from 'preact';
import { can } from '../../../core/policies/policy.ts';
import type { Actor } from '../../../core/policies/policy.ts';
import type { SiteRow } from '../../../db/schema.ts';

export interface AdminFrame {
  actor: Actor;
  csrf: string;
  /** Sites this actor may open in the admin. */
  sites: readonly SiteRow[];
  site?: SiteRow | undefined;
  flash?: string | undefined;
  /** Unread notifications of this person (the inbox link shows it). */
  unread?: number | undefined;
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

export function AdminLayout({ frame, title, children }: { frame: AdminFrame; title: string; children: ComponentChildren }) {
  const { actor, site } = frame;
  const facts = site ? { id: site.id, parentId: site.parent_id } : undefined;
  const base = site ? `/quan-tri/cong/${site.id}` : '';
  return (
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – Quản trị Cổng TTĐT`}</title>
        <link rel="stylesheet" href="/assets/admin.css" />
        <link rel="stylesheet" href="/assets/admin-records.css" />
        <script src="/assets/admin.js" defer></script>
      </head>
      <body class="admin">
        <a class="skip-link" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
        <header class="admin-header">
          <a class="admin-brand" href="/quan-tri">Quản trị Cổng TTĐT</a>
          {frame.sites.length > 0 && (
            <form class="site-switch" action="/quan-tri/chon-cong" method="get">
              <label for="site-switch">Cổng đang quản lý</label>
              <select id="site-switch" name="cong">
                {frame.sites.map((s) => <option key={s.id} value={s.id} selected={s.id === site?.id}>{s.name}</option>)}
              </select>
              <button type="submit">Chọn</button>
            </form>
          )}
          <div class="admin-user">
            <span>{actor.fullName}</span>
            <form action="/quan-tri/dang-xuat" method="post">
              <CsrfField token={frame.csrf} />
              <button type="submit" class="link-button">Đăng xuất</button>
            </form>
          </div>
        </header>
        <div class="admin-body">
          <nav class="admin-nav" aria-label="Chức năng quản trị">
            <ul>
              <li><a href="/quan-tri">Bảng điều khiển</a></li>
              <li><a href="/quan-tri/thong-bao">Thông báo{frame.unread ? <> <span class="badge" aria-label={`${frame.unread} chưa đọc`}>{frame.unread}</span></> : null}</a></li>
              {site && can(actor, 'content.read', facts) && <li><a href={`${base}/viec-can-lam`}>Việc cần làm</a></li>}
              {site && can(actor, 'content.publish', facts) && <li><a href={`${base}/hang-cho`}>Hàng chờ biên tập</a></li>}
              {site && can(actor, 'content.publish', facts) && <li><a href={`${base}/tin-phuong-xa`}>Tin phường, xã đề xuất</a></li>}
              {site && can(actor, 'content.publish', facts) && <li><a href={`${base}/hen-gio`}>Việc hẹn giờ</a></li>}
              {site && can(actor, 'content.read', facts) && <li><a href={`${base}/tin-bai`}>Tin, bài</a></li>}
              {site && can(actor, 'content.read', facts) && <li><a href={`${base}/trang`}>Trang tĩnh</a></li>}
              {site && can(actor, 'records.manage', facts) && <li><a href={`${base}/thong-tin-bat-buoc`}>Thông tin bắt buộc</a></li>}
              {site && can(actor, 'compliance.read', facts) && <li><a href={`${base}/tuan-thu`}>Tuân thủ pháp luật</a></li>}
              {site && can(actor, 'quota.read', facts) && <li><a href={`${base}/chi-tieu`}>Chỉ tiêu tin, bài</a></li>}
              {site && can(actor, 'report.run', facts) && <li><a href={`${base}/bao-cao-thang`}>Báo cáo tháng</a></li>}
              {site && can(actor, 'royalty.assess', facts) && <li><a href={`${base}/nhuan-but`}>Chấm nhuận bút</a></li>}
              {site && can(actor, 'royalty.manage', facts) && <li><a href={`${base}/nhuan-but/chi-tra`}>Chi trả nhuận bút</a></li>}
              {site && can(actor, 'report.run', facts) && <li><a href={`${base}/thi-dua`}>Điểm thi đua</a></li>}
              {site && can(actor, 'media.upload', facts) && <li><a href={`${base}/anh`}>Thư viện ảnh</a></li>}
              {site && can(actor, 'section.manage', facts) && <li><a href={`${base}/chuyen-muc`}>Chuyên mục</a></li>}
              {site && can(actor, 'unit.manage', facts) && <li><a href={`${base}/don-vi`}>Đơn vị</a></li>}
              {site && can(actor, 'site.settings', facts) && <li><a href={`${base}/cai-dat`}>Thông tin cổng</a></li>}
              {site && can(actor, 'site.settings', facts) && <li><a href={`${base}/kiem-tra-chat-luong`}>Kiểm tra chất lượng</a></li>}
              {site && can(actor, 'user.manage', facts) && <li><a href={`${base}/thu-di`}>Hộp thư đi</a></li>}
              {site && can(actor, 'user.manage', facts) && <li><a href={`${base}/nguoi-dung`}>Người dùng</a></li>}
              {can(actor, 'platform.manage') && <li><a href="/quan-tri/cac-cong">Các cổng</a></li>}
              {can(actor, 'platform.manage') && <li><a href="/quan-tri/nguoi-dung">Tài khoản</a></li>}
              {site && <li><a href={`${base}/xem-cong`}>Xem cổng ↗</a></li>}
            </ul>
          </nav>
          <main id="noi-dung" class="admin-main">
            {frame.flash && <p class="flash" role="status">{frame.flash}</p>}
            <h1>{title}</h1>
            {children}
          </main>
        </div>
      </body>
    </html>
  );
}
