/**
 * The sections every new site starts with, per level (regulations.md §9.2 "Usual menu structure").
 * Pure data, no I/O: the scaffolding of a new site and the demo seed both read it, and the legal
 * bases are data so the catalogue can be re-pointed when the regime changes (regulations.md STATUS-06).
 *
 * `description` is shown on the listing and is the hint an editor sees on an empty section: it says,
 * in Vietnamese, what belongs there.
 */
import type { SectionKind, SiteLevel } from '../types.ts';

export interface DefaultSection {
  slug: string;
  name: string;
  kind: SectionKind;
  /** Vietnamese hint for editors: what belongs in this section. */
  description: string;
  /** Where the obligation comes from, e.g. 'NĐ 42/2022 Điều 4.1(e)'. */
  legalBasis: string;
  inMenu: boolean;
  onHome: boolean;
  /** Only for kind 'link'. */
  externalUrl?: string;
  /** Levels the section applies to; every level when absent. */
  levels?: readonly SiteLevel[];
  children?: readonly DefaultSection[];
}

/** One row to insert, parents before their children. */
export interface FlatDefaultSection {
  slug: string;
  name: string;
  kind: SectionKind;
  description: string;
  legalBasis: string;
  inMenu: boolean;
  onHome: boolean;
  externalUrl: string | null;
  /** Slug of the parent section on the same site, null for a top-level section. */
  parentSlug: string | null;
  /** Order among its siblings (10, 20, 30 … so that editors can slot sections in between). */
  sortOrder: number;
}

const WARDS: readonly SiteLevel[] = ['ward', 'commune'];
const CITY: readonly SiteLevel[] = ['city'];

export const DEFAULT_SECTIONS: readonly DefaultSection[] = [
  {
    slug: 'gioi-thieu',
    name: 'Giới thiệu',
    kind: 'page',
    description:
      'Các trang giới thiệu: Tổng quan (vị trí, điều kiện tự nhiên, bản đồ hành chính, lịch sử, văn hóa, di tích, danh thắng); '
      + 'Chức năng, nhiệm vụ, quyền hạn; Cơ cấu tổ chức (sơ đồ tổ chức bộ máy); Lãnh đạo (họ tên, chức vụ, tiểu sử tóm tắt, '
      + 'nhiệm vụ được phân công, điện thoại, thư điện tử công vụ). Cập nhật ngay khi có thay đổi.',
    legalBasis: 'NĐ 42/2022 Điều 4.1(e); NĐ 43/2011 Điều 10.1(a); NĐ 224/2026 Điều 9.1(c)',
    inMenu: true,
    onHome: false,
  },
  {
    slug: 'he-thong-chinh-tri',
    name: 'Hệ thống chính trị',
    kind: 'news',
    description:
      'Hoạt động của cấp ủy Đảng, Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị – xã hội '
      + 'trên địa bàn; mỗi cơ quan, tổ chức đăng tin trong chuyên mục con của mình.',
    legalBasis: 'Thông lệ địa phương (tên chuyên mục nêu trong văn bản chỉ đạo của UBND TP. Vũng Tàu năm 2022)',
    inMenu: true,
    onHome: false,
    children: [
      {
        slug: 'dang-bo',
        name: 'Đảng bộ',
        kind: 'news',
        description: 'Tin hoạt động của Đảng bộ: hội nghị cấp ủy, học tập, quán triệt nghị quyết, công tác xây dựng Đảng.',
        legalBasis: 'Thông lệ địa phương',
        inMenu: true,
        onHome: false,
      },
      {
        slug: 'hoi-dong-nhan-dan',
        name: 'Hội đồng nhân dân',
        kind: 'news',
        description: 'Kỳ họp, nghị quyết, hoạt động giám sát, tiếp xúc cử tri và tiếp công dân của Hội đồng nhân dân và đại biểu.',
        legalBasis: 'Thông lệ địa phương; Luật Tổ chức chính quyền địa phương 72/2025/QH15',
        inMenu: true,
        onHome: false,
      },
      {
        slug: 'mat-tran-doan-the',
        name: 'Mặt trận Tổ quốc và các đoàn thể',
        kind: 'news',
        description:
          'Hoạt động của Ủy ban Mặt trận Tổ quốc Việt Nam, Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, '
          + 'Hội Cựu chiến binh, Công đoàn.',
        legalBasis: 'Thông lệ địa phương',
        inMenu: true,
        onHome: false,
      },
    ],
  },
  {
    slug: 'tin-tuc-su-kien',
    name: 'Tin tức – Sự kiện',
    kind: 'news',
    description:
      'Tin, bài về hoạt động của chính quyền và đời sống kinh tế – xã hội trên địa bàn. Mỗi tin cần có ảnh đạt chuẩn, '
      + 'chú thích ảnh, tác giả; tin dẫn lại từ báo chí phải ghi rõ nguồn và liên kết đến bài gốc. Chọn chuyên mục con phù hợp.',
    legalBasis: 'NĐ 43/2011 Điều 10.1(b); NĐ 42/2022 Điều 4',
    inMenu: true,
    onHome: true,
    children: [
      {
        slug: 'chinh-tri',
        name: 'Chính trị',
        kind: 'news',
        description: 'Hội nghị, sự kiện chính trị, công tác xây dựng chính quyền, tiếp xúc cử tri, các ngày lễ lớn.',
        legalBasis: 'NĐ 43/2011 Điều 10.1(b)',
        inMenu: true,
        onHome: true,
      },
      {
        slug: 'kinh-te',
        name: 'Kinh tế',
        kind: 'news',
        description: 'Tình hình kinh tế, thu ngân sách, sản xuất – kinh doanh, nông nghiệp, đô thị, đầu tư xây dựng, hỗ trợ doanh nghiệp.',
        legalBasis: 'NĐ 43/2011 Điều 10.1(b)',
        inMenu: true,
        onHome: true,
      },
      {
        slug: 'van-hoa-xa-hoi',
        name: 'Văn hóa – Xã hội',
        kind: 'news',
        description: 'Giáo dục, y tế, văn hóa, thể thao, an sinh xã hội, môi trường, phong trào toàn dân đoàn kết xây dựng đời sống văn hóa.',
        legalBasis: 'NĐ 43/2011 Điều 10.1(b)',
        inMenu: true,
        onHome: true,
      },
      {
        slug: 'quoc-phong-an-ninh',
        name: 'Quốc phòng – An ninh',
        kind: 'news',
        description: 'Công tác quân sự địa phương, giao quân, dân quân tự vệ, an ninh trật tự, an toàn giao thông, phòng cháy chữa cháy.',
        legalBasis: 'NĐ 43/2011 Điều 10.1(b)',
        inMenu: true,
        onHome: true,
      },
      {
        slug: 'cai-cach-hanh-chinh',
        name: 'Cải cách hành chính – Chuyển đổi số',
        kind: 'news',
        description: 'Kết quả cải cách thủ tục hành chính, bộ phận một cửa, dịch vụ công trực tuyến, chính quyền số, kinh tế số, xã hội số.',
        legalBasis: 'NĐ 42/2022 Điều 4.1(c); NĐ 224/2026 Chương III',
        inMenu: true,
        onHome: false,
      },
    ],
  },
  {
    slug: 'chi-dao-dieu-hanh',
    name: 'Chỉ đạo điều hành',
    kind: 'news',
    description: 'Ý kiến chỉ đạo, điều hành của lãnh đạo; thông báo; lịch công tác tuần của lãnh đạo (đăng trước đầu tuần).',
    legalBasis: 'NĐ 43/2011 Điều 10.1(c); NĐ 42/2022 Điều 4',
    inMenu: true,
    onHome: false,
    children: [
      {
        slug: 'y-kien-chi-dao',
        name: 'Ý kiến chỉ đạo, điều hành',
        kind: 'news',
        description: 'Kết luận, ý kiến chỉ đạo của Chủ tịch, các Phó Chủ tịch; công văn chỉ đạo triển khai nhiệm vụ.',
        legalBasis: 'NĐ 43/2011 Điều 10.1(c)',
        inMenu: true,
        onHome: false,
      },
      {
        slug: 'thong-bao',
        name: 'Thông báo',
        kind: 'news',
        description: 'Thông báo gửi người dân, doanh nghiệp: lịch tiếp công dân, tuyển dụng, cắt điện, thu thuế, tiêm chủng…',
        legalBasis: 'NĐ 43/2011 Điều 10.1(c); Luật TCTT Điều 17.1',
        inMenu: true,
        onHome: true,
      },
      {
        slug: 'lich-cong-tac',
        name: 'Lịch công tác lãnh đạo',
        kind: 'schedule',
        description: 'Lịch làm việc tuần của lãnh đạo; đăng trước thứ Hai hằng tuần và cập nhật khi có thay đổi.',
        legalBasis: 'NĐ 43/2011 Điều 10.1(c); NĐ 42/2022 Điều 4',
        inMenu: true,
        onHome: true,
      },
    ],
  },
  {
    slug: 'van-ban',
    name: 'Văn bản',
    kind: 'documents',
    description:
      'Văn bản quy phạm pháp luật và văn bản quản lý hành chính do cơ quan ban hành hoặc dự thảo: hình thức, số ký hiệu, '
      + 'cơ quan ban hành, ngày ban hành, ngày hiệu lực, trích yếu, tệp đính kèm tải về được.',
    legalBasis: 'NĐ 42/2022 Điều 4.1(a); Luật TCTT Điều 19.1(a)',
    inMenu: true,
    onHome: false,
    children: [
      {
        slug: 'van-ban-quy-pham-phap-luat',
        name: 'Văn bản quy phạm pháp luật',
        kind: 'documents',
        description: 'Nghị quyết của Hội đồng nhân dân, quyết định của Ủy ban nhân dân là văn bản quy phạm pháp luật.',
        legalBasis: 'NĐ 42/2022 Điều 4.1(a)',
        inMenu: true,
        onHome: false,
      },
      {
        slug: 'van-ban-hanh-chinh',
        name: 'Văn bản hành chính',
        kind: 'documents',
        description: 'Quyết định, kế hoạch, công văn, thông báo hành chính có phạm vi áp dụng chung.',
        legalBasis: 'NĐ 42/2022 Điều 4.1(a); Luật TCTT Điều 17.1(a)',
        inMenu: true,
        onHome: false,
      },
      {
        slug: 'co-so-du-lieu-van-ban',
        name: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật',
        kind: 'link',
        description: 'Liên kết đến Cơ sở dữ liệu quốc gia về văn bản quy phạm pháp luật để tra cứu văn bản của Trung ương.',
        legalBasis: 'NĐ 42/2022 Điều 4.1(a); NĐ 42/2022 Điều 7.1(b)',
        inMenu: true,
        onHome: false,
        externalUrl: 'https://vbpl.vn',
      },
    ],
  },
  {
    slug: 'dich-vu-cong-truc-tuyen',
    name: 'Dịch vụ công trực tuyến',
    kind: 'link',
    description:
      'Thủ tục hành chính và dịch vụ công trực tuyến được tích hợp từ Cổng Dịch vụ công quốc gia; không nhập lại danh mục thủ tục.',
    legalBasis: 'NĐ 42/2022 Điều 4.1(c); NĐ 224/2026 Điều 14–15; TT 32/2017 Điều 16',
    inMenu: true,
    onHome: true,
    externalUrl: 'https://dichvucong.gov.vn',
  },
  {
    slug: 'thu-tuc-hanh-chinh',
    name: 'Thủ tục hành chính',
    kind: 'procedures',
    description:
      'Danh mục thủ tục hành chính do cơ quan giải quyết, theo lĩnh vực; mỗi thủ tục dẫn đến trang của thủ tục trên Cổng Dịch vụ công '
      + 'quốc gia (mã thủ tục, mức độ trực tuyến), không nhập lại nội dung thủ tục.',
    legalBasis: 'NĐ 42/2022 Điều 4.1(c); NĐ 224/2026 Điều 14–15; Luật 10/2022/QH15 Điều 11.13',
    inMenu: false,
    onHome: false,
  },
  {
    slug: 'pho-bien-giao-duc-phap-luat',
    name: 'Phổ biến giáo dục pháp luật',
    kind: 'news',
    description: 'Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách; hỏi – đáp pháp luật; Ngày Pháp luật Việt Nam.',
    legalBasis: 'NĐ 42/2022 Điều 4.1(d); Luật TCTT Điều 19.1(b)',
    inMenu: false,
    onHome: true,
  },
  {
    slug: 'quy-hoach-ke-hoach',
    name: 'Quy hoạch – Kế hoạch',
    kind: 'plans',
    description:
      'Chiến lược, chương trình, đề án, quy hoạch, kế hoạch phát triển kinh tế – xã hội, kế hoạch công tác năm và kết quả thực hiện; '
      + 'quy hoạch xây dựng, kế hoạch sử dụng đất.',
    legalBasis: 'NĐ 42/2022 Điều 4.1(đ); Luật TCTT Điều 19.1(c); Luật 10/2022/QH15 Điều 11',
    inMenu: false,
    onHome: true,
  },
  {
    slug: 'du-an-dau-tu-dau-thau-mua-sam-cong',
    name: 'Dự án đầu tư – Đấu thầu – Mua sắm công',
    kind: 'investment',
    description: 'Danh mục, tiến độ dự án đầu tư công; kế hoạch lựa chọn nhà thầu, kết quả đấu thầu; mua sắm tài sản công.',
    legalBasis: 'Luật TCTT Điều 19.1(d); NĐ 43/2011 Điều 10.1(h); Luật 10/2022/QH15 Điều 11',
    inMenu: false,
    onHome: false,
  },
  {
    slug: 'cong-khai-ngan-sach',
    name: 'Công khai ngân sách',
    kind: 'budget',
    description:
      'Dự toán (trong 5 ngày làm việc kể từ khi gửi đại biểu HĐND), dự toán được giao và quyết toán (trong 30 ngày), '
      + 'tình hình thực hiện quý, 6 tháng (trong 15 ngày sau kỳ), báo cáo tài chính năm.',
    legalBasis: 'Luật NSNN 83/2015 Điều 15; Luật TCTT Điều 17.1(đ), 19.1(e); Luật 10/2022/QH15 Điều 11.2',
    inMenu: false,
    onHome: true,
  },
  {
    slug: 'thong-ke',
    name: 'Thống kê',
    kind: 'statistics',
    description: 'Số liệu thống kê, báo cáo tình hình kinh tế – xã hội định kỳ (tháng, quý, năm).',
    legalBasis: 'Luật TCTT Điều 19.1(e); NĐ 43/2011 Điều 12',
    inMenu: false,
    onHome: true,
  },
  {
    slug: 'lay-y-kien-du-thao',
    name: 'Lấy ý kiến dự thảo',
    kind: 'news',
    description:
      'Dự thảo văn bản cần lấy ý kiến nhân dân: nội dung dự thảo, thời hạn góp ý, địa chỉ tiếp nhận; sau đó đăng báo cáo tổng hợp, tiếp thu, giải trình.',
    legalBasis: 'NĐ 42/2022 Điều 8.1(c); NĐ 43/2011 Điều 10.1(i); Luật TCTT Điều 17.1(c)',
    inMenu: false,
    onHome: true,
  },
  {
    slug: 'hoi-dap',
    name: 'Hỏi đáp',
    kind: 'news',
    description: 'Câu hỏi, phản ánh, kiến nghị của người dân, doanh nghiệp và câu trả lời của cơ quan có thẩm quyền.',
    legalBasis: 'NĐ 42/2022 Điều 8.1(a); Công điện 89/CĐ-TTg năm 2025',
    inMenu: true,
    onHome: false,
  },
  {
    slug: 'thong-tin-bao-chi',
    name: 'Thông tin cho báo chí',
    kind: 'press',
    description:
      'Người phát ngôn (họ tên, chức vụ, điện thoại, thư điện tử công vụ), thông cáo báo chí, nội dung họp báo, '
      + 'các trang mạng xã hội chính thức của cơ quan.',
    legalBasis: 'NĐ 09/2017 Điều 3.4; NĐ 244/2026 Điều 3.3, 5.2',
    inMenu: false,
    onHome: false,
  },
  {
    slug: 'tiep-can-thong-tin',
    name: 'Tiếp cận thông tin',
    kind: 'access_info',
    description:
      'Danh mục thông tin phải được công khai (tên văn bản, số ký hiệu, hình thức, thời điểm, thời hạn công khai, liên kết); '
      + 'đầu mối cung cấp thông tin; mẫu phiếu yêu cầu; địa chỉ tiếp nhận yêu cầu trực tuyến.',
    legalBasis: 'Luật TCTT Điều 19.1(g); NĐ 13/2018 Điều 6.3, Điều 11',
    inMenu: false,
    onHome: false,
  },
  {
    slug: 'cong-khai-dan-chu-co-so',
    name: 'Công khai theo Luật Dân chủ ở cơ sở',
    kind: 'grassroots',
    description:
      'Các nội dung phải công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở: kế hoạch kinh tế – xã hội, ngân sách, dự án, '
      + 'đất đai, chính sách hỗ trợ, danh sách gọi nhập ngũ, phí và lệ phí, thủ tục hành chính… trong 5 ngày làm việc; '
      + 'danh mục công khai hằng quý.',
    legalBasis: 'Luật 10/2022/QH15 Điều 11, 12, 13',
    inMenu: true,
    onHome: true,
    levels: WARDS,
  },
  {
    slug: 'danh-ba-lien-he',
    name: 'Danh bạ – Liên hệ',
    kind: 'directory',
    description:
      'Địa chỉ, điện thoại, thư điện tử của cơ quan và các đơn vị; họ tên, chức vụ, điện thoại, thư điện tử công vụ của cán bộ đầu mối.',
    legalBasis: 'NĐ 42/2022 Điều 4.1(e)',
    inMenu: true,
    onHome: false,
  },
  {
    slug: 'english',
    name: 'English',
    kind: 'english',
    description:
      'Trang tiếng Anh tối thiểu gồm: cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn của cơ quan và từng đơn vị; '
      + 'thông tin liên hệ của cán bộ có thẩm quyền. Cập nhật khi có thay đổi.',
    legalBasis: 'NĐ 42/2022 Điều 7.2',
    inMenu: true,
    onHome: false,
    levels: CITY,
  },
  {
    slug: 'du-lieu-mo',
    name: 'Dữ liệu mở',
    kind: 'page',
    description: 'Danh mục dữ liệu mở của địa phương, định dạng máy đọc được, điều khoản sử dụng và đường dẫn tải về hoặc API.',
    legalBasis: 'NĐ 42/2022 Điều 3.3, Điều 5.2',
    inMenu: false,
    onHome: false,
    levels: CITY,
  },
];

function appliesTo(section: DefaultSection, level: SiteLevel): boolean {
  return !section.levels || section.levels.includes(level);
}

/** The default sections of a new site of `level`, flattened: each parent comes before its children. */
export function defaultSectionsFor(level: SiteLevel): FlatDefaultSection[] {
  const out: FlatDefaultSection[] = [];
  const walk = (sections: readonly DefaultSection[], parentSlug: string | null) => {
    let order = 0;
    for (const s of sections) {
      if (!appliesTo(s, level)) continue;
      order += 10;
      out.push({
        slug: s.slug,
        name: s.name,
        kind: s.kind,
        description: s.description,
        legalBasis: s.legalBasis,
        inMenu: s.inMenu,
        onHome: s.onHome,
        externalUrl: s.externalUrl ?? null,
        parentSlug,
        sortOrder: order,
      });
      if (s.children) walk(s.children, s.slug);
    }
  };
  walk(DEFAULT_SECTIONS, null);
  return out;
}
