/**
 * Rule pack: Decree 42/2022/NĐ-CP with Circular 22/2023/TT-BTTTT and the laws it cites (ND 43/2011 deadlines,
 * Law on Access to Information, Law on Grassroots Democracy, State Budget Law, ND 09/2017 on spokespersons).
 * Data only: ids are the requirement ids of regulations.md; see docs/compliance.md before changing a rule.
 */
import type { ComplianceRule, RulePack } from '../types.ts';

const ALL = ['city', 'ward', 'commune'] as const;
const WARDS = ['ward', 'commune'] as const;
const CITY = ['city'] as const;

export const ND42_RULES: readonly ComplianceRule[] = [
  {
    id: 'ND42-CONTENT-10-GT', title: 'Có trang giới thiệu: tổ chức bộ máy, chức năng nhiệm vụ, lãnh đạo, lịch sử, văn hóa',
    legalBasis: 'NĐ 42/2022 Điều 4.1(e); NĐ 43/2011 Điều 10.1(a)', requirements: ['ND42-CONTENT-06', 'ND42-CONTENT-10'], levels: ALL,
    check: { kind: 'sectionHasContent', section: { slug: 'gioi-thieu', name: 'Giới thiệu' }, min: 1 }, weight: 1,
  },
  {
    id: 'ND43-DEADLINE-01-TIN', title: 'Tin tức – sự kiện được cập nhật thường xuyên (ít nhất một tin trong 30 ngày)',
    legalBasis: 'NĐ 42/2022 Điều 4; NĐ 43/2011 Điều 17.1(a)', requirements: ['ND42-UPD-01', 'ND43-DEADLINE-01'], levels: ALL,
    check: { kind: 'updatedWithin', section: { slug: 'tin-tuc-su-kien', kind: 'news', name: 'Tin tức – Sự kiện' }, days: 30 }, weight: 1,
  },
  {
    id: 'ND42-CONTENT-10-LICH', title: 'Lịch công tác của lãnh đạo được đăng và cập nhật hằng tuần',
    legalBasis: 'NĐ 43/2011 Điều 10.1(c), Điều 17.1(a)', requirements: ['ND42-CONTENT-10', 'ND43-DEADLINE-01'], levels: ALL,
    check: { kind: 'updatedWithin', section: { slug: 'lich-cong-tac', kind: 'schedule', name: 'Lịch công tác lãnh đạo' }, days: 7 }, weight: 1,
  },
  {
    id: 'ND42-CONTENT-01', title: 'Đăng văn bản quy phạm pháp luật, văn bản quản lý hành chính, có chức năng tìm kiếm văn bản',
    legalBasis: 'NĐ 42/2022 Điều 4.1(a); Luật TCTT Điều 19.1(a)', requirements: ['ND42-CONTENT-01', 'TCTT-19'], levels: ALL,
    check: { kind: 'sectionHasContent', section: { slug: 'van-ban', kind: 'documents', name: 'Văn bản' }, min: 1 }, weight: 1,
  },
  {
    id: 'ND42-CONTENT-01-META', title: 'Mỗi văn bản có đủ số ký hiệu, hình thức, cơ quan ban hành, người ký, ngày ban hành, ngày hiệu lực, trích yếu và tệp tải về',
    legalBasis: 'NĐ 42/2022 Điều 4.1(a)', requirements: ['ND42-CONTENT-01'], levels: ALL,
    check: { kind: 'fieldsComplete', subject: 'documentMetadata' }, weight: 1,
  },
  {
    id: 'ND43-DEADLINE-03', title: 'Văn bản do cơ quan ban hành được đăng chậm nhất 02 ngày làm việc kể từ ngày ban hành',
    legalBasis: 'NĐ 43/2011 Điều 17.1(c)', requirements: ['ND43-DEADLINE-03', 'ND42-UPD-02'], levels: ALL,
    check: { kind: 'deadlineWorkingDays', subject: 'documents', scope: 'own', days: 2, lookbackDays: 365 }, weight: 1,
  },
  {
    id: 'ND43-DEADLINE-03-B', title: 'Văn bản của cơ quan khác áp dụng tại địa phương được đăng chậm nhất 10 ngày làm việc',
    legalBasis: 'NĐ 43/2011 Điều 17.1(c)', requirements: ['ND43-DEADLINE-03'], levels: ALL,
    check: { kind: 'deadlineWorkingDays', subject: 'documents', scope: 'other', days: 10, lookbackDays: 365 }, weight: 0.5,
  },
  {
    id: 'DVCQG-01', title: 'Thủ tục hành chính, dịch vụ công trực tuyến được liên kết từ Cổng Dịch vụ công quốc gia',
    legalBasis: 'NĐ 42/2022 Điều 4.1(c)', requirements: ['ND42-CONTENT-03', 'DVCQG-01'], levels: ALL,
    check: { kind: 'sectionHasContent', section: { slug: 'thu-tuc-hanh-chinh', kind: 'procedures', name: 'Thủ tục hành chính' }, min: 1 }, weight: 1,
  },
  {
    id: 'ND42-CONTENT-04', title: 'Phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách (cập nhật trong 90 ngày)',
    legalBasis: 'NĐ 42/2022 Điều 4.1(d); NĐ 43/2011 Điều 17.1(b)', requirements: ['ND42-CONTENT-04', 'ND43-DEADLINE-02'], levels: ALL,
    check: { kind: 'updatedWithin', section: { slug: 'pho-bien-giao-duc-phap-luat', name: 'Phổ biến giáo dục pháp luật' }, days: 90 }, weight: 0.5,
  },
  {
    id: 'ND42-CONTENT-05', title: 'Đăng chiến lược, quy hoạch, kế hoạch và kết quả thực hiện',
    legalBasis: 'NĐ 42/2022 Điều 4.1(đ); Luật TCTT Điều 19.1(c)', requirements: ['ND42-CONTENT-05', 'ND43-DEADLINE-04'], levels: ALL,
    check: { kind: 'sectionHasContent', section: { slug: 'quy-hoach-ke-hoach', kind: 'plans', name: 'Quy hoạch – Kế hoạch' }, min: 1 }, weight: 1,
  },
  {
    id: 'ND42-CONTENT-09', title: 'Đăng dự án đầu tư, kế hoạch và kết quả đấu thầu, mua sắm công',
    legalBasis: 'Luật TCTT Điều 19.1(d); NĐ 43/2011 Điều 10.1(h)', requirements: ['ND42-CONTENT-09', 'TCTT-19'], levels: ALL,
    check: { kind: 'sectionHasContent', section: { slug: 'du-an-dau-tu-dau-thau-mua-sam-cong', kind: 'investment', name: 'Dự án đầu tư – Đấu thầu – Mua sắm công' }, min: 1 }, weight: 1,
  },
  {
    id: 'NSNN-15', title: 'Công khai ngân sách trên cổng trong mỗi quý (thực hiện quý trong 15 ngày sau kỳ)',
    legalBasis: 'Luật NSNN 83/2015 Điều 15; Luật 10/2022/QH15 Điều 11.2', requirements: ['NSNN-15', 'DCCS-11'], levels: ALL,
    check: { kind: 'minItemsPerPeriod', section: { slug: 'cong-khai-ngan-sach', kind: 'budget', name: 'Công khai ngân sách' }, period: 'quarter', min: 1, periods: 2 }, weight: 1,
  },
  {
    id: 'ND42-CONTENT-07', title: 'Số liệu thống kê, báo cáo kinh tế – xã hội được cập nhật (trong 120 ngày)',
    legalBasis: 'NĐ 42/2022 Điều 4.1; Luật TCTT Điều 19.1(e)', requirements: ['ND42-CONTENT-07', 'ND43-DEADLINE-06'], levels: ALL,
    check: { kind: 'updatedWithin', section: { slug: 'thong-ke', kind: 'statistics', name: 'Thống kê' }, days: 120 }, weight: 0.5,
  },
  {
    id: 'ND42-CONTENT-06', title: 'Công bố lãnh đạo với chức vụ, điện thoại, thư điện tử công vụ',
    legalBasis: 'NĐ 42/2022 Điều 4.1(e)', requirements: ['ND42-CONTENT-06'], levels: ALL,
    check: { kind: 'fieldsComplete', subject: 'leaders' }, weight: 1,
  },
  {
    id: 'ND42-CONTENT-06-DM', title: 'Công bố cán bộ đầu mối liên hệ: họ tên, chức vụ, điện thoại, thư điện tử công vụ',
    legalBasis: 'NĐ 42/2022 Điều 4.1(e); Luật TCTT Điều 17.1', requirements: ['ND42-CONTENT-06', 'TCTT-17'], levels: ALL,
    check: { kind: 'fieldsComplete', subject: 'focalPoint' }, weight: 1,
  },
  {
    id: 'TT32-FOOTER', title: 'Chân trang ghi đủ cơ quan chủ quản, người chịu trách nhiệm, địa chỉ, điện thoại, thư điện tử',
    legalBasis: 'TT 32/2017 Điều 16.3(c); NĐ 42/2022 Điều 4.1(e)', requirements: ['CITY-WF-10', 'ND42-CONTENT-06'], levels: ALL,
    check: { kind: 'fieldsComplete', subject: 'footer' }, weight: 1,
  },
  {
    id: 'PRESS-01', title: 'Công bố người phát ngôn: họ tên, chức vụ, điện thoại, thư điện tử',
    legalBasis: 'NĐ 09/2017 Điều 3.4', requirements: ['PRESS-01', 'CITY-WF-11'], levels: ALL,
    check: { kind: 'fieldsComplete', subject: 'spokesperson' }, weight: 1,
  },
  {
    id: 'PRESS-03', title: 'Công bố các trang mạng xã hội chính thức của cơ quan trên cổng',
    legalBasis: 'NĐ 09/2017 Điều 4.2', requirements: ['PRESS-03'], levels: ALL,
    check: { kind: 'fieldsComplete', subject: 'socialAccounts' }, weight: 0.5,
  },
  {
    id: 'PRESS-04', title: 'Cung cấp thông tin cho báo chí định kỳ hằng tháng',
    legalBasis: 'NĐ 09/2017 Điều 5', requirements: ['PRESS-04'], levels: CITY,
    check: { kind: 'minItemsPerPeriod', section: { slug: 'thong-tin-bao-chi', kind: 'press', name: 'Thông tin cho báo chí' }, period: 'month', min: 1, periods: 1 }, weight: 0.5,
  },
  {
    id: 'ND13-06', title: 'Chuyên mục tiếp cận thông tin có danh mục thông tin phải được công khai',
    legalBasis: 'Luật TCTT Điều 19.1(g); NĐ 13/2018 Điều 6.3, Điều 11', requirements: ['ND13-06', 'ND13-11', 'ND42-CONTENT-08'], levels: ALL,
    check: { kind: 'sectionHasContent', section: { slug: 'tiep-can-thong-tin', kind: 'access_info', name: 'Tiếp cận thông tin' }, min: 1 }, weight: 1,
  },
  {
    id: 'DCCS-13', title: 'Công khai theo Luật Dân chủ ở cơ sở trên cổng, cập nhật hằng quý',
    legalBasis: 'Luật 10/2022/QH15 Điều 11, 12, 13', requirements: ['DCCS-11', 'DCCS-12', 'DCCS-13'], levels: WARDS,
    check: { kind: 'minItemsPerPeriod', section: { slug: 'cong-khai-dan-chu-co-so', kind: 'grassroots', name: 'Công khai theo Luật Dân chủ ở cơ sở' }, period: 'quarter', min: 1, periods: 1 }, weight: 1,
  },
  {
    id: 'ND42-FUNC-04', title: 'Có trang tiếng Anh: cơ cấu tổ chức, chức năng, nhiệm vụ, thông tin liên hệ',
    legalBasis: 'NĐ 42/2022 Điều 7.2', requirements: ['ND42-FUNC-04'], levels: CITY,
    check: { kind: 'sectionHasContent', section: { slug: 'english', kind: 'english', name: 'English' }, min: 1 }, weight: 0.5,
  },
  {
    id: 'ND42-INT-03', title: 'Có chuyên mục lấy ý kiến dự thảo văn bản',
    legalBasis: 'NĐ 42/2022 Điều 8.1(c)', requirements: ['ND42-INT-03'], levels: ALL,
    check: { kind: 'sectionHasContent', section: { slug: 'lay-y-kien-du-thao', name: 'Lấy ý kiến dự thảo' }, min: 0 }, weight: 0.5,
  },
  {
    id: 'ND42-INT-01', title: 'Có chuyên mục hỏi đáp, tiếp nhận phản ánh, kiến nghị',
    legalBasis: 'NĐ 42/2022 Điều 8.1(a)', requirements: ['ND42-INT-01'], levels: ALL,
    check: { kind: 'sectionHasContent', section: { slug: 'hoi-dap', name: 'Hỏi đáp' }, min: 0 }, weight: 0.5,
  },
];

export const ND42_PACK: RulePack = {
  id: 'nd42-2022',
  name: 'Nghị định 42/2022/NĐ-CP và Thông tư 22/2023/TT-BTTTT',
  version: '2026.11',
  description: 'Nội dung, thời hạn cập nhật và thông tin liên hệ bắt buộc theo NĐ 42/2022, TT 22/2023 và các luật được dẫn chiếu '
    + '(thời hạn theo NĐ 43/2011, Luật Tiếp cận thông tin, Luật Dân chủ ở cơ sở, Luật Ngân sách nhà nước, NĐ 09/2017).',
  rules: ND42_RULES,
};
