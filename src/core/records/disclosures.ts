/**
 * The period-based and list-type disclosures a portal must publish, one `disclosures` table told apart by
 * `category` (ADR 0010). Each category says what belongs in it, on what legal basis, which levels must have
 * it, how it is dated (period), its sub-types and its own extra fields (stored as JSON in `details`).
 * The section kind of the same name lists a category on the public portal.
 */
import type { SiteLevel } from '../types.ts';

export const DISCLOSURE_CATEGORIES = [
  'procedures', 'budget', 'plans', 'investment', 'statistics', 'grassroots', 'access_info', 'press', 'social',
] as const;
export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number];

export const PERIOD_KINDS = ['none', 'month', 'quarter', 'half', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  none: 'Không theo kỳ', month: 'Tháng', quarter: 'Quý', half: '6 tháng', year: 'Năm',
};

export interface ExtraField {
  key: string;
  label: string;
  hint?: string;
  required?: boolean;
  maxLength?: number;
  options?: readonly { value: string; label: string }[];
}

export interface CategorySpec {
  code: DisclosureCategory;
  /** Path segment of the admin pages. */
  adminSlug: string;
  label: string;
  /** Singular noun for buttons: "Thêm …". */
  itemLabel: string;
  /** What belongs here (the editors' empty-state hint). */
  description: string;
  legalBasis: string;
  levels: readonly SiteLevel[];
  /** Allowed period kinds; the first is the default. */
  periods: readonly PeriodKind[];
  subtypes: readonly { value: string; label: string }[];
  extraFields: readonly ExtraField[];
  /** 'required': every item is a link (procedures, social accounts); 'optional': a link may be given. */
  url: 'required' | 'optional';
  /** Hosts an item's link must belong to, when restricted (DVCQG-01: into the national public service portal). */
  urlHosts?: readonly string[];
}

const ALL: readonly SiteLevel[] = ['city', 'ward', 'commune'];
const WARDS: readonly SiteLevel[] = ['ward', 'commune'];

/** DCCS-11: the 14 items a commune/ward government must disclose (Luật 10/2022/QH15 Điều 11). */
export const GRASSROOTS_ITEMS: readonly { value: string; label: string }[] = [
  { value: '1', label: '1. Kế hoạch phát triển kinh tế – xã hội hằng năm và kết quả thực hiện' },
  { value: '2', label: '2. Dự toán, thực hiện, quyết toán ngân sách; kết quả kiểm toán' },
  { value: '3', label: '3. Dự án đầu tư, thu hồi đất, bồi thường, tái định cư, quy hoạch' },
  { value: '4', label: '4. Quy chế dân chủ, nhiệm vụ cán bộ, quy tắc ứng xử' },
  { value: '5', label: '5. Quỹ, chương trình đầu tư, khoản đóng góp của Nhân dân' },
  { value: '6', label: '6. Tài sản công: mua sắm, sử dụng, thanh lý' },
  { value: '7', label: '7. Chính sách hỗ trợ, chương trình mục tiêu quốc gia, an sinh xã hội' },
  { value: '8', label: '8. Cứu trợ thiên tai, dịch bệnh; tiếp nhận, phân bổ ủng hộ' },
  { value: '9', label: '9. Danh sách gọi nhập ngũ, thực hiện nghĩa vụ công an' },
  { value: '10', label: '10. Kết quả thanh tra, phòng chống tham nhũng; lấy phiếu tín nhiệm' },
  { value: '11', label: '11. Nội dung lấy ý kiến Nhân dân và kết quả tiếp thu, giải trình' },
  { value: '12', label: '12. Phí, lệ phí do xã, phường thu' },
  { value: '13', label: '13. Thủ tục hành chính do xã, phường giải quyết' },
  { value: '14', label: '14. Nội dung khác theo quy định' },
];

export const DISCLOSURE_SPECS: Record<DisclosureCategory, CategorySpec> = {
  procedures: {
    code: 'procedures', adminSlug: 'thu-tuc-hanh-chinh', label: 'Thủ tục hành chính', itemLabel: 'thủ tục',
    description: 'Thủ tục hành chính và dịch vụ công trực tuyến do cơ quan giải quyết, mỗi thủ tục là một liên kết '
      + 'đến trang thủ tục trên Cổng Dịch vụ công quốc gia (không nhập lại nội dung thủ tục).',
    legalBasis: 'NĐ 42/2022 Điều 4.1(c); NĐ 224/2026 Điều 14–15',
    levels: ALL, periods: ['none'], subtypes: [],
    extraFields: [
      { key: 'code', label: 'Mã thủ tục', hint: 'Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ: 1.001612.', maxLength: 50 },
      { key: 'field', label: 'Lĩnh vực', required: true, maxLength: 200 },
      {
        key: 'level', label: 'Mức độ dịch vụ công', required: true,
        options: [{ value: 'toan-trinh', label: 'Trực tuyến toàn trình' }, { value: 'mot-phan', label: 'Trực tuyến một phần' }],
      },
    ],
    url: 'required', urlHosts: ['dichvucong.gov.vn'],
  },
  budget: {
    code: 'budget', adminSlug: 'cong-khai-ngan-sach', label: 'Công khai ngân sách', itemLabel: 'báo cáo công khai ngân sách',
    description: 'Dự toán ngân sách (trong 5 ngày làm việc kể từ khi gửi đại biểu HĐND), dự toán được giao và quyết toán '
      + '(trong 30 ngày), tình hình thực hiện quý, 6 tháng (trong 15 ngày sau khi hết kỳ), báo cáo tài chính năm.',
    legalBasis: 'Luật NSNN 83/2015 Điều 15; Luật TCTT Điều 17.1(đ), 19.1(e); TT 26/2026/TT-BTC Điều 34',
    levels: ALL, periods: ['quarter', 'half', 'year'],
    subtypes: [
      { value: 'du-toan', label: 'Dự toán trình HĐND' },
      { value: 'du-toan-giao', label: 'Dự toán được giao' },
      { value: 'thuc-hien', label: 'Tình hình thực hiện dự toán' },
      { value: 'quyet-toan', label: 'Quyết toán' },
      { value: 'bao-cao-tai-chinh', label: 'Báo cáo tài chính năm' },
    ],
    extraFields: [], url: 'optional',
  },
  plans: {
    code: 'plans', adminSlug: 'quy-hoach-ke-hoach', label: 'Chiến lược, quy hoạch, kế hoạch', itemLabel: 'kế hoạch',
    description: 'Chiến lược, chương trình, đề án, quy hoạch, kế hoạch phát triển kinh tế – xã hội, kế hoạch công tác năm '
      + 'và kết quả thực hiện; đăng trong 10 ngày làm việc kể từ khi được phê duyệt.',
    legalBasis: 'NĐ 42/2022 Điều 4.1(đ); Luật TCTT Điều 19.1(c); NĐ 43/2011 Điều 17.1(d)',
    levels: ALL, periods: ['year', 'none'],
    subtypes: [
      { value: 'chien-luoc', label: 'Chiến lược' },
      { value: 'quy-hoach', label: 'Quy hoạch' },
      { value: 'ke-hoach', label: 'Kế hoạch' },
      { value: 'chuong-trinh', label: 'Chương trình, đề án' },
      { value: 'ket-qua', label: 'Kết quả thực hiện' },
    ],
    extraFields: [], url: 'optional',
  },
  investment: {
    code: 'investment', adminSlug: 'du-an-dau-tu', label: 'Dự án đầu tư, đấu thầu, mua sắm công', itemLabel: 'dự án, gói thầu',
    description: 'Danh mục dự án đang chuẩn bị, đang triển khai, đã hoàn thành (tên, mục tiêu, lĩnh vực, thời gian, kinh phí, '
      + 'nguồn vốn, tình trạng); kế hoạch lựa chọn nhà thầu, kết quả đấu thầu; mua sắm tài sản công.',
    legalBasis: 'Luật TCTT Điều 19.1(d); NĐ 43/2011 Điều 10.1(h); Luật 10/2022/QH15 Điều 11.3',
    levels: ALL, periods: ['none', 'year'],
    subtypes: [
      { value: 'du-an', label: 'Dự án đầu tư' },
      { value: 'ke-hoach-lcnt', label: 'Kế hoạch lựa chọn nhà thầu' },
      { value: 'ket-qua-dau-thau', label: 'Kết quả đấu thầu' },
      { value: 'mua-sam-cong', label: 'Mua sắm công' },
    ],
    extraFields: [
      { key: 'investor', label: 'Chủ đầu tư', maxLength: 255 },
      { key: 'totalInvestment', label: 'Tổng mức đầu tư / giá gói thầu', hint: 'Ví dụ: 12,5 tỷ đồng.', maxLength: 100 },
      { key: 'fundingSource', label: 'Nguồn vốn', maxLength: 255 },
      { key: 'duration', label: 'Thời gian thực hiện', maxLength: 100 },
      {
        key: 'status', label: 'Tình trạng',
        options: [
          { value: 'chuan-bi', label: 'Đang chuẩn bị' }, { value: 'trien-khai', label: 'Đang triển khai' },
          { value: 'hoan-thanh', label: 'Đã hoàn thành' },
        ],
      },
    ],
    url: 'optional',
  },
  statistics: {
    code: 'statistics', adminSlug: 'thong-ke', label: 'Thống kê, báo cáo kinh tế – xã hội', itemLabel: 'số liệu, báo cáo',
    description: 'Số liệu thống kê và báo cáo tình hình kinh tế – xã hội định kỳ (tháng, quý, 6 tháng, năm), '
      + 'đăng trong 10 ngày làm việc kể từ khi được quyết định công bố.',
    legalBasis: 'Luật TCTT Điều 19.1(e); NĐ 43/2011 Điều 12, 17.1(h)',
    levels: ALL, periods: ['month', 'quarter', 'half', 'year'],
    subtypes: [{ value: 'so-lieu', label: 'Số liệu thống kê' }, { value: 'bao-cao', label: 'Báo cáo kinh tế – xã hội' }],
    extraFields: [], url: 'optional',
  },
  grassroots: {
    code: 'grassroots', adminSlug: 'dan-chu-co-so', label: 'Công khai theo Luật Dân chủ ở cơ sở', itemLabel: 'nội dung công khai',
    description: 'Các nội dung UBND xã, phường phải công khai theo Điều 11 Luật Thực hiện dân chủ ở cơ sở, đăng trong 5 ngày làm việc '
      + 'kể từ khi có quyết định; nội dung số 4 và 13 đăng thường xuyên; danh mục công khai lập hằng quý.',
    legalBasis: 'Luật 10/2022/QH15 Điều 11, 12, 13',
    levels: WARDS, periods: ['none', 'quarter', 'year'],
    subtypes: GRASSROOTS_ITEMS, extraFields: [], url: 'optional',
  },
  access_info: {
    code: 'access_info', adminSlug: 'danh-muc-cong-khai', label: 'Danh mục thông tin phải được công khai', itemLabel: 'mục thông tin',
    description: 'Danh mục thông tin phải được công khai: tên văn bản, số ký hiệu, ngày, hình thức, thời điểm và thời hạn công khai, '
      + 'liên kết đến nơi đăng thông tin; cùng đầu mối cung cấp thông tin, mẫu phiếu yêu cầu và địa chỉ tiếp nhận yêu cầu.',
    legalBasis: 'Luật TCTT Điều 19.1(g); NĐ 13/2018 Điều 6.3, Điều 11',
    levels: ALL, periods: ['none'], subtypes: [],
    extraFields: [
      { key: 'numberSymbol', label: 'Số ký hiệu', maxLength: 100 },
      { key: 'form', label: 'Hình thức công khai', required: true, hint: 'Ví dụ: đăng trên cổng thông tin điện tử; niêm yết tại trụ sở.', maxLength: 255 },
      { key: 'timing', label: 'Thời điểm công khai', required: true, hint: 'Ví dụ: trong 05 ngày làm việc kể từ ngày ký.', maxLength: 255 },
      { key: 'duration', label: 'Thời hạn công khai', required: true, hint: 'Ví dụ: thường xuyên; 30 ngày.', maxLength: 255 },
    ],
    url: 'optional',
  },
  press: {
    code: 'press', adminSlug: 'thong-tin-bao-chi', label: 'Thông tin cho báo chí', itemLabel: 'thông tin báo chí',
    description: 'Thông cáo báo chí, nội dung họp báo, thông tin định kỳ cho báo chí (tỉnh, thành phố: hằng tháng; họp báo ít nhất '
      + 'mỗi quý), trả lời báo chí; cùng người phát ngôn và các trang mạng xã hội chính thức.',
    legalBasis: 'NĐ 09/2017 Điều 3.4, 4, 5; NĐ 244/2026 Điều 3.3, 5.2, 6',
    levels: ALL, periods: ['none', 'month', 'quarter'],
    subtypes: [
      { value: 'thong-cao', label: 'Thông cáo báo chí' },
      { value: 'hop-bao', label: 'Họp báo' },
      { value: 'dinh-ky', label: 'Thông tin định kỳ' },
      { value: 'tra-loi', label: 'Trả lời báo chí' },
    ],
    extraFields: [], url: 'optional',
  },
  social: {
    code: 'social', adminSlug: 'mang-xa-hoi', label: 'Trang mạng xã hội chính thức', itemLabel: 'trang mạng xã hội',
    description: 'Các trang, kênh mạng xã hội chính thức của cơ quan (Zalo OA, Facebook, YouTube…) phải được công bố trên cổng.',
    legalBasis: 'NĐ 244/2026 Điều 5.2; NĐ 09/2017 Điều 4.2',
    levels: ALL, periods: ['none'], subtypes: [], extraFields: [], url: 'required',
  },
};

export function isDisclosureCategory(value: string): value is DisclosureCategory {
  return (DISCLOSURE_CATEGORIES as readonly string[]).includes(value);
}

export function categoryByAdminSlug(slug: string): CategorySpec | undefined {
  return Object.values(DISCLOSURE_SPECS).find((c) => c.adminSlug === slug);
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "Tháng 10/2026", "Quý III/2026", "6 tháng đầu năm 2026", "Năm 2026"; '' without a period. */
export function periodLabel(kind: string, year: number | null, number: number | null): string {
  if (kind === 'none' || year === null) return '';
  switch (kind) {
    case 'month': return `Tháng ${number}/${year}`;
    case 'quarter': return `Quý ${ROMAN[(number ?? 1) - 1] ?? number}/${year}`;
    case 'half': return number === 2 ? `6 tháng cuối năm ${year}` : `6 tháng đầu năm ${year}`;
    case 'year': return `Năm ${year}`;
    default: return '';
  }
}

/** How many numbered periods a kind has in a year (month 12, quarter 4, half 2), 0 when unnumbered. */
export function periodsPerYear(kind: string): number {
  return kind === 'month' ? 12 : kind === 'quarter' ? 4 : kind === 'half' ? 2 : 0;
}

/** True when `host` (lowercase) is one of `allowed` or a subdomain of one. */
export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => host === a || host.endsWith(`.${a}`));
}
