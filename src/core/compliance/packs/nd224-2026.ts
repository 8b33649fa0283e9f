/**
 * Rule pack: Decree 224/2026/NĐ-CP (Chapter III, Art. 9–21), which replaces ND 42/2022 from 01/7/2026
 * (regulations.md STATUS-01, still to be verified against the official text), with ND 244/2026 on
 * spokespersons and TT 26/2026/TT-BTC on budget disclosure. Most duties are restated from ND 42; the legal
 * bases are re-pointed, and Art. 11.4 (own .gov.vn domain for communes and wards) is added.
 */
import type { ComplianceRule, RulePack } from '../types.ts';
import { ND42_RULES } from './nd42-2022.ts';

/** New legal basis (and requirement ids) per rule id of the ND 42 pack; rules not listed keep theirs. */
const REPOINTED: Record<string, { legalBasis: string; requirements?: readonly string[]; title?: string }> = {
  'ND42-CONTENT-10-GT': {
    legalBasis: 'NĐ 224/2026 Điều 9.1(b)–(c)',
    title: 'Có trang giới thiệu: bộ máy hành chính, bản đồ địa giới, điều kiện tự nhiên, lịch sử, văn hóa, tiểu sử và nhiệm vụ lãnh đạo',
  },
  'ND43-DEADLINE-01-TIN': { legalBasis: 'NĐ 224/2026 Điều 9.3; NĐ 43/2011 Điều 17.1(a)' },
  'ND42-CONTENT-01': { legalBasis: 'NĐ 224/2026 Chương III; Luật TCTT Điều 19.1(a)' },
  'ND42-CONTENT-01-META': { legalBasis: 'NĐ 224/2026 Điều 11.5 (siêu dữ liệu); Luật TCTT Điều 19.1(a)' },
  'DVCQG-01': {
    legalBasis: 'NĐ 224/2026 Điều 14–15', requirements: ['DVCQG-01', 'DVCQG-02'],
    title: 'Thủ tục hành chính, dịch vụ công trực tuyến dẫn đến Cổng Dịch vụ công quốc gia',
  },
  'NSNN-15': { legalBasis: 'Luật NSNN 83/2015 Điều 15; TT 26/2026/TT-BTC Điều 34', requirements: ['NSNN-15', 'STATUS-04'] },
  'PRESS-01': {
    legalBasis: 'NĐ 244/2026 Điều 3.3', requirements: ['PRESS-02'],
    title: 'Công bố người phát ngôn (họ tên, chức vụ, điện thoại, thư điện tử công vụ) trong 24 giờ kể từ khi được giao',
  },
  'PRESS-03': { legalBasis: 'NĐ 244/2026 Điều 5.2' },
  'PRESS-04': { legalBasis: 'NĐ 244/2026 Điều 6.2–6.3' },
};

const rules: ComplianceRule[] = [
  ...ND42_RULES.map((r) => {
    const to = REPOINTED[r.id];
    return to ? { ...r, legalBasis: to.legalBasis, requirements: to.requirements ?? r.requirements, title: to.title ?? r.title } : r;
  }),
  {
    id: 'ND224-11.4', title: 'Cổng dùng tên miền .gov.vn riêng (xã, phường: tenphuongxa.tentinhthanh.gov.vn)',
    legalBasis: 'NĐ 224/2026 Điều 11.4', requirements: ['ND42-PORTAL-01'], levels: ['city', 'ward', 'commune'],
    check: { kind: 'fieldsComplete', subject: 'domain' }, weight: 0.5,
  },
];

export const ND224_PACK: RulePack = {
  id: 'nd224-2026',
  name: 'Nghị định 224/2026/NĐ-CP (Chương III)',
  version: '2026.11',
  description: 'Quy định về cung cấp thông tin trên cổng thông tin điện tử theo NĐ 224/2026 hướng dẫn Luật Chuyển đổi số '
    + '(thay thế NĐ 42/2022 từ 01/7/2026 – cần đối chiếu văn bản chính thức), NĐ 244/2026 về phát ngôn và TT 26/2026/TT-BTC.',
  rules,
};
