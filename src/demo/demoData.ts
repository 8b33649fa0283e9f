/**
 * The demo city: its wards and communes, units, people's names, streets and press sources.
 * Place names follow Tây Ninh (the customer in docs/seeds); people, phone numbers and addresses
 * are invented.
 */
import type { SiteLevel, UnitKind } from '../core/types.ts';
import type { Rng } from './random.ts';

export const EMAIL_DOMAIN = 'tayninh.gov.vn';
/** Login accounts get addresses on a reserved domain (RFC 2606), so a demo never mails a real person. */
export const ACCOUNT_EMAIL_DOMAIN = 'tayninh-demo.example';

export interface CitySpec {
  slug: string;
  name: string;
  fullName: string;
  /** "thành phố Tây Ninh" mid-sentence. */
  place: string;
  host: string;
  address: string;
  phone: string;
  email: string;
}

export const CITY: CitySpec = {
  slug: 'thanh-pho',
  name: 'Thành phố Tây Ninh',
  fullName: 'Ủy ban nhân dân thành phố Tây Ninh',
  place: 'thành phố Tây Ninh',
  host: 'localhost',
  address: 'Số 89 đường Cách Mạng Tháng Tám, phường Tân Ninh, thành phố Tây Ninh',
  phone: '0276 3822 120',
  email: `ubndtp@${EMAIL_DOMAIN}`,
};

export interface WardSpec {
  slug: string;
  /** Used in account names and e-mail addresses: "tanninh". */
  short: string;
  /** "Phường Tân Ninh". */
  name: string;
  level: Extract<SiteLevel, 'ward' | 'commune'>;
  /** Where it lies from the city centre, completes "nằm ở …". */
  direction: string;
  /** Residential areas: khu phố (wards) or ấp (communes). */
  areas: string[];
  /** What the local economy rests on, completes "kinh tế chủ yếu là …". */
  economy: string;
  /** Notable places, completes "trên địa bàn có …". */
  landmarks: string;
  street: string;
  houseNumber: number;
  phone: string;
}

const khuPho = (n: number) => Array.from({ length: n }, (_, i) => `khu phố ${i + 1}`);

export const WARDS: readonly WardSpec[] = [
  {
    slug: 'phuong-tan-ninh', short: 'tanninh', name: 'Phường Tân Ninh', level: 'ward',
    direction: 'ở trung tâm thành phố', areas: khuPho(9),
    economy: 'thương mại, dịch vụ, tài chính – ngân hàng',
    landmarks: 'chợ trung tâm, công viên, nhiều cơ quan, trường học và bệnh viện',
    street: 'đường Cách Mạng Tháng Tám', houseNumber: 112, phone: '0276 3822 415',
  },
  {
    slug: 'phuong-binh-minh', short: 'binhminh', name: 'Phường Bình Minh', level: 'ward',
    direction: 'ở phía tây bắc trung tâm thành phố', areas: khuPho(7),
    economy: 'dịch vụ, tiểu thủ công nghiệp và vườn cây ăn trái',
    landmarks: 'các tuyến đường ven rạch, khu dân cư mới và nhiều vườn mãng cầu',
    street: 'đường Nguyễn Chí Thanh', houseNumber: 45, phone: '0276 3827 302',
  },
  {
    slug: 'phuong-ninh-thanh', short: 'ninhthanh', name: 'Phường Ninh Thạnh', level: 'ward',
    direction: 'ở phía đông bắc trung tâm thành phố', areas: khuPho(6),
    economy: 'thương mại, dịch vụ và sản xuất nhỏ',
    landmarks: 'khu dân cư tập trung, các cơ sở chế biến nông sản và chợ phường',
    street: 'đường Điện Biên Phủ', houseNumber: 210, phone: '0276 3840 118',
  },
  {
    slug: 'phuong-ninh-son', short: 'ninhson', name: 'Phường Ninh Sơn', level: 'ward',
    direction: 'ở phía bắc trung tâm thành phố, trên trục đường lên núi Bà Đen', areas: khuPho(6),
    economy: 'dịch vụ du lịch, thương mại và nông nghiệp đô thị',
    landmarks: 'nhiều cơ sở thờ tự, điểm dừng chân của du khách về núi Bà Đen',
    street: 'đường Bời Lời', houseNumber: 18, phone: '0276 3843 226',
  },
  {
    slug: 'phuong-hiep-ninh', short: 'hiepninh', name: 'Phường Hiệp Ninh', level: 'ward',
    direction: 'ở phía đông trung tâm thành phố', areas: khuPho(6),
    economy: 'thương mại, dịch vụ ăn uống và vận tải',
    landmarks: 'bến xe, chợ đêm và các tuyến phố ẩm thực',
    street: 'đường 30 Tháng 4', houseNumber: 56, phone: '0276 3821 730',
  },
  {
    slug: 'phuong-long-hoa', short: 'longhoa', name: 'Phường Long Hoa', level: 'ward',
    direction: 'ở phía nam trung tâm thành phố', areas: khuPho(8),
    economy: 'thương mại, dịch vụ và sản xuất bánh tráng, muối tôm',
    landmarks: 'chợ lớn, làng nghề truyền thống và nhiều công trình kiến trúc tôn giáo',
    street: 'đường Phạm Văn Đồng', houseNumber: 7, phone: '0276 3841 559',
  },
  {
    slug: 'phuong-hoa-thanh', short: 'hoathanh', name: 'Phường Hòa Thành', level: 'ward',
    direction: 'ở phía đông nam trung tâm thành phố', areas: khuPho(7),
    economy: 'thương mại, dịch vụ và làng nghề',
    landmarks: 'các tuyến phố thương mại, trường học và công viên ven hồ',
    street: 'đường Lạc Long Quân', houseNumber: 301, phone: '0276 3841 802',
  },
  {
    slug: 'phuong-thanh-dien', short: 'thanhdien', name: 'Phường Thanh Điền', level: 'ward',
    direction: 'ở phía nam thành phố, giáp sông Vàm Cỏ Đông', areas: khuPho(5),
    economy: 'công nghiệp, tiểu thủ công nghiệp và dịch vụ',
    landmarks: 'cụm công nghiệp, bến sông và các khu nhà trọ công nhân',
    street: 'đường Trần Văn Trà', houseNumber: 92, phone: '0276 3859 214',
  },
  {
    slug: 'phuong-gia-loc', short: 'gialoc', name: 'Phường Gia Lộc', level: 'ward',
    direction: 'ở phía đông nam thành phố, trên trục quốc lộ', areas: khuPho(6),
    economy: 'dịch vụ vận tải, thương mại và công nghiệp',
    landmarks: 'chợ phường, khu công nghiệp và nhiều doanh nghiệp vừa và nhỏ',
    street: 'đường Xuyên Á', houseNumber: 15,
    phone: '', // left empty on purpose: the footer and the compliance audit must cope with a missing phone
  },
  {
    slug: 'xa-thanh-tan', short: 'thanhtan', name: 'Xã Thạnh Tân', level: 'commune',
    direction: 'ở phía đông bắc thành phố, dưới chân núi Bà Đen',
    areas: ['ấp Thạnh Trung', 'ấp Thạnh Hiệp', 'ấp Thạnh Lợi', 'ấp Thạnh Hòa', 'ấp Thạnh Phước'],
    economy: 'nông nghiệp (mãng cầu, lúa, rau màu) và du lịch sinh thái',
    landmarks: 'vườn mãng cầu, hồ chứa nước và các điểm du lịch chân núi',
    street: 'đường Bời Lời', houseNumber: 402, phone: '0276 3866 140',
  },
  {
    slug: 'xa-tan-binh', short: 'tanbinh', name: 'Xã Tân Bình', level: 'commune',
    direction: 'ở phía bắc thành phố',
    areas: ['ấp Tân Trung', 'ấp Tân Lập', 'ấp Tân Hòa', 'ấp Tân Phước', 'ấp Tân Thanh'],
    economy: 'nông nghiệp (lúa, mì, cây ăn trái) và chăn nuôi',
    landmarks: 'cánh đồng lúa, kênh thủy lợi và khu di tích kháng chiến',
    street: 'đường Tua Hai', houseNumber: 11, phone: '0276 3866 575',
  },
  {
    slug: 'xa-suoi-da', short: 'suoida', name: 'Xã Suối Đá', level: 'commune',
    direction: 'ở phía đông thành phố, ven hồ Dầu Tiếng',
    areas: ['ấp Phước Lộc', 'ấp Phước Hòa', 'ấp Phước Tân', 'ấp Khởi Trung', 'ấp Khởi Hà', 'ấp Suối Đá'],
    economy: 'nông nghiệp, nuôi trồng thủy sản và du lịch hồ',
    landmarks: 'hồ Dầu Tiếng, các trang trại và bến thuyền',
    street: 'đường tỉnh 781', houseNumber: 3, phone: '0276 3867 033',
  },
];

export interface UnitSpec {
  name: string;
  kind: UnitKind;
  leaderTitle: string;
  /** Local part of the unit's e-mail address. */
  email: string;
}

export const CITY_UNITS: readonly UnitSpec[] = [
  { name: 'Văn phòng HĐND và UBND thành phố', kind: 'office', leaderTitle: 'Chánh Văn phòng', email: 'vanphong.tp' },
  { name: 'Phòng Nội vụ', kind: 'office', leaderTitle: 'Trưởng phòng', email: 'noivu.tp' },
  { name: 'Phòng Văn hóa và Thông tin', kind: 'office', leaderTitle: 'Trưởng phòng', email: 'vhtt.tp' },
  { name: 'Phòng Tài chính – Kế hoạch', kind: 'office', leaderTitle: 'Trưởng phòng', email: 'tckh.tp' },
  { name: 'Phòng Kinh tế', kind: 'office', leaderTitle: 'Trưởng phòng', email: 'kinhte.tp' },
  { name: 'Phòng Quản lý đô thị', kind: 'office', leaderTitle: 'Trưởng phòng', email: 'qldt.tp' },
  { name: 'Phòng Tư pháp', kind: 'office', leaderTitle: 'Trưởng phòng', email: 'tuphap.tp' },
  { name: 'Phòng Y tế', kind: 'office', leaderTitle: 'Trưởng phòng', email: 'yte.tp' },
  { name: 'Phòng Giáo dục và Đào tạo', kind: 'office', leaderTitle: 'Trưởng phòng', email: 'gddt.tp' },
  { name: 'Phòng Tài nguyên và Môi trường', kind: 'office', leaderTitle: 'Trưởng phòng', email: 'tnmt.tp' },
  { name: 'Thanh tra thành phố', kind: 'office', leaderTitle: 'Chánh Thanh tra', email: 'thanhtra.tp' },
  { name: 'Ban Quản lý dự án đầu tư xây dựng thành phố', kind: 'office', leaderTitle: 'Giám đốc', email: 'bqlda.tp' },
  { name: 'Văn phòng Thành ủy', kind: 'party', leaderTitle: 'Chánh Văn phòng', email: 'vpthanhuy' },
  { name: 'Ban Tuyên giáo và Dân vận Thành ủy', kind: 'party', leaderTitle: 'Trưởng ban', email: 'tgdv.thanhuy' },
  { name: 'Thường trực Hội đồng nhân dân thành phố', kind: 'council', leaderTitle: 'Chủ tịch HĐND', email: 'hdnd.tp' },
  { name: 'Ủy ban MTTQ Việt Nam thành phố', kind: 'mass_org', leaderTitle: 'Chủ tịch', email: 'mttq.tp' },
  { name: 'Thành đoàn Tây Ninh', kind: 'mass_org', leaderTitle: 'Bí thư Thành đoàn', email: 'thanhdoan' },
  { name: 'Hội Liên hiệp Phụ nữ thành phố', kind: 'mass_org', leaderTitle: 'Chủ tịch', email: 'hoiphunu.tp' },
  { name: 'Hội Nông dân thành phố', kind: 'mass_org', leaderTitle: 'Chủ tịch', email: 'hoinongdan.tp' },
  { name: 'Hội Cựu chiến binh thành phố', kind: 'mass_org', leaderTitle: 'Chủ tịch', email: 'hoiccb.tp' },
  { name: 'Liên đoàn Lao động thành phố', kind: 'mass_org', leaderTitle: 'Chủ tịch', email: 'ldld.tp' },
  { name: 'Đài Truyền thanh thành phố', kind: 'radio', leaderTitle: 'Giám đốc', email: 'daitruyenthanh.tp' },
];

/** "phường Tân Ninh" / "xã Thạnh Tân": the name as written mid-sentence. */
export function placeOf(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function wardUnits(ward: WardSpec): UnitSpec[] {
  const place = placeOf(ward.name);
  const levelWord = ward.level === 'ward' ? 'phường' : 'xã';
  return [
    { name: `Văn phòng HĐND và UBND ${levelWord}`, kind: 'ward_office', leaderTitle: 'Chánh Văn phòng', email: `vanphong.${ward.short}` },
    { name: `Ủy ban MTTQ Việt Nam ${place}`, kind: 'mass_org', leaderTitle: 'Chủ tịch', email: `mttq.${ward.short}` },
    { name: `Đoàn ${place}`, kind: 'mass_org', leaderTitle: 'Bí thư Đoàn', email: `doan.${ward.short}` },
    { name: `Trạm Truyền thanh ${place}`, kind: 'radio', leaderTitle: 'Trưởng trạm', email: `truyenthanh.${ward.short}` },
  ];
}

/* ---------------------------------------------------------------- people */

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương', 'Đoàn', 'Mai', 'Châu', 'Lâm'] as const;
const MIDDLE_M = ['Văn', 'Hữu', 'Minh', 'Quốc', 'Thanh', 'Đức', 'Công', 'Hoàng', 'Tấn', 'Trọng', 'Ngọc', 'Thành'] as const;
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Kim', 'Bích', 'Thanh', 'Mỹ', 'Thúy', 'Hồng', 'Diệu'] as const;
const GIVEN_M = ['Hùng', 'Dũng', 'Tuấn', 'Phước', 'Long', 'Tâm', 'Sơn', 'Hải', 'Trung', 'Khang', 'Lộc', 'Tài', 'Hiếu', 'Nghĩa', 'Bình', 'Thắng', 'Quang', 'Vinh', 'Toàn', 'Nhân', 'Đạt', 'Phúc', 'Thịnh', 'Khoa'] as const;
const GIVEN_F = ['Lan', 'Hương', 'Mai', 'Hạnh', 'Trang', 'Thảo', 'Nhung', 'Yến', 'Loan', 'Phượng', 'Hà', 'Vân', 'Diễm', 'Linh', 'Ngân', 'Trinh', 'Uyên', 'Thủy', 'Quyên', 'Hiền'] as const;

export interface Person {
  name: string;
  female: boolean;
}

/** Hands out Vietnamese full names, never the same one twice in a run. */
export class NameBook {
  private used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(female = this.rng.chance(0.45)): Person {
    for (let attempt = 0; attempt < 200; attempt++) {
      const name = `${this.rng.pick(FAMILY)} ${this.rng.pick(female ? MIDDLE_F : MIDDLE_M)} ${this.rng.pick(female ? GIVEN_F : GIVEN_M)}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return { name, female };
      }
    }
    throw new Error('NameBook: out of names');
  }

  /** Reserves a fixed name (a demo account's), so the generator never repeats it. */
  take(name: string, female: boolean): Person {
    this.used.add(name);
    return { name, female };
  }
}

export function honorific(p: Person): 'Ông' | 'Bà' {
  return p.female ? 'Bà' : 'Ông';
}

/* ---------------------------------------------------------------- places and press */

export const STREETS = [
  'đường Cách Mạng Tháng Tám', 'đường 30 Tháng 4', 'đường Trần Hưng Đạo', 'đường Nguyễn Chí Thanh', 'đường Lạc Long Quân',
  'đường Điện Biên Phủ', 'đường Võ Thị Sáu', 'đường Nguyễn Văn Rốp', 'đường Lê Lợi', 'đường Huỳnh Tấn Phát',
  'đường Trưng Nữ Vương', 'đường Hoàng Lê Kha', 'đường Nguyễn Thái Học', 'đường Phạm Tung', 'đường Tôn Đức Thắng',
] as const;

export const SCHOOLS = [
  'Trường Tiểu học Lê Văn Tám', 'Trường THCS Nguyễn Du', 'Trường Tiểu học Kim Đồng', 'Trường THCS Trần Quốc Toản',
  'Trường Mầm non Hoa Sen', 'Trường Tiểu học Nguyễn Bá Ngọc', 'Trường THCS Võ Văn Kiệt', 'Trường THPT Trần Đại Nghĩa',
  'Trường Tiểu học Lý Tự Trọng', 'Trường THCS Chu Văn An',
] as const;

export interface PressSource {
  name: string;
  /** Base URL; the demo article path is appended. */
  base: string;
  /** How the source's article URLs look: path from a slug and a number. */
  path: (slug: string, n: number) => string;
}

export const PRESS_SOURCES: readonly PressSource[] = [
  { name: 'Báo Tây Ninh', base: 'https://baotayninh.vn', path: (s, n) => `/${s}-a${n}.html` },
  { name: 'Báo Nhân Dân', base: 'https://nhandan.vn', path: (s, n) => `/${s}-post${n}.html` },
  { name: 'Thông tấn xã Việt Nam', base: 'https://www.vietnamplus.vn', path: (s, n) => `/${s}-post${n}.vnp` },
  { name: 'Báo Tuổi Trẻ', base: 'https://tuoitre.vn', path: (s, n) => `/${s}-2026${String(n).padStart(10, '0')}.htm` },
  { name: 'Báo Thanh Niên', base: 'https://thanhnien.vn', path: (s, n) => `/${s}-18526${String(n).padStart(9, '0')}.htm` },
];
