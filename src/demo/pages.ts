/**
 * Static pages of the demo sites: introduction, functions and duties, organisation chart,
 * leaders, phone directory and (city) an English page. HTML uses only <p>, <strong>, <em>,
 * <ul>/<li> and <h2>.
 */
import type { UnitKind } from '../core/types.ts';
import { type Person, type WardSpec, honorific } from './demoData.ts';

export interface LeaderInfo {
  person: Person;
  /** "Chủ tịch UBND phường Tân Ninh". */
  title: string;
  born: number;
  hometown: string;
  education: string;
  duties: string;
  phone: string;
  email: string;
}

export interface UnitInfo {
  name: string;
  kind: UnitKind;
  leaderName: string;
  leaderTitle: string;
  phone: string;
  email: string;
}

export interface PageSiteInfo {
  isCity: boolean;
  name: string; // "Phường Tân Ninh"
  fullName: string; // "Ủy ban nhân dân phường Tân Ninh"
  place: string; // "phường Tân Ninh"
  address: string;
  phone: string;
  email: string;
  leaders: LeaderInfo[];
  units: UnitInfo[];
  ward?: WardSpec;
  /** City only: its wards and communes. */
  children?: { name: string; level: string }[];
}

export interface PageDraft {
  title: string;
  summary: string;
  bodyHtml: string;
}

const li = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
const contact = (phone: string, email: string) =>
  [phone ? `Điện thoại: ${phone}` : '', email ? `Thư điện tử: ${email}` : ''].filter(Boolean).join(' – ');

function introduction(s: PageSiteInfo): PageDraft {
  if (s.isCity) {
    const wards = (s.children ?? []).filter((c) => c.level === 'ward');
    const communes = (s.children ?? []).filter((c) => c.level === 'commune');
    return {
      title: 'Giới thiệu chung',
      summary: 'Khái quát vị trí địa lý, lịch sử hình thành, văn hóa và định hướng phát triển của thành phố Tây Ninh.',
      bodyHtml: [
        '<h2>Vị trí địa lý</h2>',
        `<p>Thành phố Tây Ninh là trung tâm chính trị, hành chính, kinh tế và văn hóa của tỉnh Tây Ninh, nằm ở vùng Đông Nam Bộ, cách Thành phố Hồ Chí Minh khoảng 100 km về phía tây bắc. Rạch Tây Ninh chảy qua trung tâm thành phố; phía đông bắc là núi Bà Đen, ngọn núi cao nhất Nam Bộ.</p>`,
        `<p>Thành phố có ${wards.length + communes.length} đơn vị hành chính cơ sở, gồm ${wards.length} phường và ${communes.length} xã:</p>`,
        li((s.children ?? []).map((c) => c.name)),
        '<h2>Lịch sử hình thành</h2>',
        '<p>Vùng đất Tây Ninh được khai phá từ cuối thế kỷ XVII và trở thành trung tâm hành chính của tỉnh từ thời Pháp thuộc. Trải qua hai cuộc kháng chiến, nhân dân Tây Ninh đã đóng góp nhiều sức người, sức của cho sự nghiệp giải phóng dân tộc. Năm 2013, thị xã Tây Ninh được công nhận là thành phố thuộc tỉnh; thành phố hiện thực hiện mô hình chính quyền địa phương hai cấp.</p>',
        '<h2>Văn hóa – du lịch</h2>',
        '<p>Tây Ninh nổi tiếng với Khu du lịch quốc gia núi Bà Đen cùng lễ hội Xuân núi Bà diễn ra hằng năm, thu hút đông đảo du khách thập phương. Đặc sản của địa phương gồm bánh tráng phơi sương, muối tôm và trái mãng cầu.</p>',
        '<h2>Định hướng phát triển</h2>',
        '<p>Thành phố tập trung phát triển thương mại – dịch vụ và du lịch, xây dựng đô thị xanh, thông minh; đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan nhà nước, nâng cao chất lượng phục vụ người dân và doanh nghiệp.</p>',
      ].join('\n'),
    };
  }
  const w = s.ward!;
  const levelWord = w.level === 'ward' ? 'phường' : 'xã';
  const areaWord = w.level === 'ward' ? 'khu phố' : 'ấp';
  return {
    title: 'Giới thiệu chung',
    summary: `Khái quát vị trí, đơn vị hành chính, kinh tế và văn hóa của ${s.place}.`,
    bodyHtml: [
      '<h2>Vị trí địa lý</h2>',
      `<p>${s.name} nằm ${w.direction}. Trụ sở Ủy ban nhân dân ${levelWord} đặt tại ${s.address}.</p>`,
      '<h2>Đơn vị hành chính</h2>',
      `<p>${s.name} có ${w.areas.length} ${areaWord}:</p>`,
      li(w.areas.map((a) => a.charAt(0).toUpperCase() + a.slice(1))),
      '<h2>Kinh tế – xã hội</h2>',
      `<p>Kinh tế của ${levelWord} chủ yếu là ${w.economy}. Trên địa bàn có ${w.landmarks}. Đời sống vật chất và tinh thần của người dân ngày càng được nâng lên; an ninh chính trị, trật tự an toàn xã hội được giữ vững.</p>`,
      '<h2>Văn hóa</h2>',
      `<p>Phong trào <em>“Toàn dân đoàn kết xây dựng đời sống văn hóa”</em> được nhân dân hưởng ứng tích cực; phần lớn các ${areaWord} đạt danh hiệu ${areaWord === 'ấp' ? 'ấp' : 'khu phố'} văn hóa, nhiều hộ gia đình đạt danh hiệu “Gia đình văn hóa” nhiều năm liền.</p>`,
    ].join('\n'),
  };
}

function functions(s: PageSiteInfo): PageDraft {
  const who = s.isCity ? 'Ủy ban nhân dân thành phố' : `Ủy ban nhân dân ${s.ward!.level === 'ward' ? 'phường' : 'xã'}`;
  const common = [
    'Xây dựng, trình Hội đồng nhân dân cùng cấp quyết định các nội dung thuộc thẩm quyền và tổ chức thực hiện nghị quyết của Hội đồng nhân dân',
    'Tổ chức thực hiện ngân sách địa phương; quản lý tài sản công, đất đai, tài nguyên theo quy định',
    'Tổ chức thực hiện Hiến pháp, pháp luật, bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn',
    'Quản lý nhà nước về kinh tế, văn hóa, xã hội, giáo dục, y tế, khoa học, công nghệ, môi trường trên địa bàn',
    'Giải quyết thủ tục hành chính cho người dân, doanh nghiệp; tiếp công dân, giải quyết khiếu nại, tố cáo',
    'Thực hiện dân chủ ở cơ sở; công khai thông tin theo quy định của pháp luật',
  ];
  const cityOnly = [
    'Quyết định quy hoạch, kế hoạch phát triển kinh tế – xã hội của thành phố; chỉ đạo, hướng dẫn, kiểm tra Ủy ban nhân dân các phường, xã',
    'Tổ chức bộ máy, quản lý cán bộ, công chức, viên chức theo phân cấp',
  ];
  const wardOnly = [
    'Quản lý dân cư, hộ tịch, chứng thực; tổ chức đăng ký, quản lý cư trú phối hợp với công an',
    'Chỉ đạo Ban điều hành các khu phố, ấp; hòa giải ở cơ sở',
  ];
  return {
    title: 'Chức năng, nhiệm vụ',
    summary: `Chức năng, nhiệm vụ, quyền hạn của ${who} theo Luật Tổ chức chính quyền địa phương.`,
    bodyHtml: [
      '<h2>Vị trí, chức năng</h2>',
      `<p>${who} do Hội đồng nhân dân cùng cấp bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước nhân dân địa phương, Hội đồng nhân dân cùng cấp và cơ quan hành chính nhà nước cấp trên.</p>`,
      '<h2>Nhiệm vụ, quyền hạn</h2>',
      li([...common, ...(s.isCity ? cityOnly : wardOnly)]),
      '<p><em>Căn cứ: Luật Tổ chức chính quyền địa phương số 72/2025/QH15 và các văn bản hướng dẫn thi hành.</em></p>',
    ].join('\n'),
  };
}

function organisation(s: PageSiteInfo): PageDraft {
  const of = (kinds: UnitKind[]) => s.units.filter((u) => kinds.includes(u.kind))
    .map((u) => `${u.name}${u.leaderName ? `: ${u.leaderTitle} ${u.leaderName}` : ''}`);
  const leaders = s.leaders.map((l) => `${l.title}: ${l.person.name}`);
  const groups: [string, string[]][] = s.isCity
    ? [
      ['Lãnh đạo Ủy ban nhân dân thành phố', leaders],
      ['Cơ quan chuyên môn thuộc Ủy ban nhân dân thành phố', of(['office'])],
      ['Cơ quan Đảng, Hội đồng nhân dân', of(['party', 'council'])],
      ['Mặt trận Tổ quốc và các tổ chức chính trị – xã hội', of(['mass_org'])],
      ['Đơn vị sự nghiệp', of(['radio'])],
    ]
    : [
      ['Lãnh đạo Ủy ban nhân dân', leaders],
      ['Bộ phận tham mưu, giúp việc', [
        ...of(['ward_office']),
        'Công chức Tư pháp – Hộ tịch', 'Công chức Địa chính – Xây dựng – Đô thị và Môi trường',
        'Công chức Văn hóa – Xã hội', 'Công chức Tài chính – Kế toán', 'Bộ phận Một cửa',
      ]],
      ['Mặt trận Tổ quốc và các đoàn thể', of(['mass_org'])],
      ['Đơn vị sự nghiệp', of(['radio'])],
      [`Ban điều hành các ${s.ward!.level === 'ward' ? 'khu phố' : 'ấp'}`, s.ward!.areas.map((a) => a.charAt(0).toUpperCase() + a.slice(1))],
    ];
  return {
    title: 'Cơ cấu tổ chức',
    summary: `Sơ đồ tổ chức bộ máy của ${s.fullName}.`,
    bodyHtml: [
      `<p>Sơ đồ tổ chức bộ máy của <strong>${s.fullName}</strong>:</p>`,
      `<ul>${groups.filter(([, items]) => items.length > 0)
        .map(([label, items]) => `<li><strong>${label}</strong>${li(items)}</li>`).join('')}</ul>`,
    ].join('\n'),
  };
}

function leadersPage(s: PageSiteInfo): PageDraft {
  return {
    title: 'Lãnh đạo',
    summary: `Thông tin về lãnh đạo ${s.fullName}: chức vụ, tiểu sử tóm tắt, nhiệm vụ được phân công và thông tin liên hệ.`,
    bodyHtml: s.leaders.map((l) => [
      `<h2>${honorific(l.person)} ${l.person.name}</h2>`,
      `<p><strong>Chức vụ:</strong> ${l.title}</p>`,
      `<p><strong>Tiểu sử tóm tắt:</strong> Sinh năm ${l.born}; quê quán: ${l.hometown}; trình độ chuyên môn: ${l.education}; lý luận chính trị: Cao cấp.</p>`,
      `<p><strong>Nhiệm vụ được phân công:</strong> ${l.duties}</p>`,
      `<p><strong>Liên hệ:</strong> ${contact(l.phone, l.email)}</p>`,
    ].join('\n')).join('\n'),
  };
}

function directory(s: PageSiteInfo): PageDraft {
  const office = s.units.find((u) => u.kind === 'office' || u.kind === 'ward_office');
  return {
    title: 'Danh bạ điện thoại',
    summary: `Địa chỉ, điện thoại, thư điện tử của ${s.fullName}, lãnh đạo và các đơn vị.`,
    bodyHtml: [
      '<h2>Cơ quan</h2>',
      `<p><strong>${s.fullName}</strong> – Địa chỉ: ${s.address}</p>`,
      `<p>${contact(s.phone, s.email) || 'Điện thoại: đang cập nhật'}</p>`,
      '<h2>Lãnh đạo</h2>',
      li(s.leaders.map((l) => `<strong>${l.person.name}</strong>, ${l.title} – ${contact(l.phone, l.email)}`)),
      '<h2>Các đơn vị</h2>',
      li(s.units.map((u) => `<strong>${u.name}</strong>${u.leaderName ? ` – ${u.leaderTitle}: ${u.leaderName}` : ''} – ${contact(u.phone, u.email)}`)),
      '<h2>Đầu mối cung cấp thông tin</h2>',
      `<p>Đầu mối tiếp nhận yêu cầu cung cấp thông tin theo Luật Tiếp cận thông tin: ${office ? `${office.name}, ${contact(office.phone, office.email)}` : s.fullName}.</p>`,
    ].join('\n'),
  };
}

/** Minimum English content (ND 42/2022 Art. 7.2): organisation, functions and contacts. */
function english(s: PageSiteInfo): PageDraft {
  const en: Record<string, string> = {
    'Văn phòng HĐND và UBND thành phố': 'Office of the People’s Council and People’s Committee',
    'Phòng Nội vụ': 'Division of Home Affairs',
    'Phòng Văn hóa và Thông tin': 'Division of Culture and Information',
    'Phòng Tài chính – Kế hoạch': 'Division of Finance and Planning',
    'Phòng Kinh tế': 'Division of Economy',
    'Phòng Quản lý đô thị': 'Division of Urban Management',
    'Phòng Tư pháp': 'Division of Justice',
    'Phòng Y tế': 'Division of Health',
    'Phòng Giáo dục và Đào tạo': 'Division of Education and Training',
    'Phòng Tài nguyên và Môi trường': 'Division of Natural Resources and Environment',
    'Thanh tra thành phố': 'City Inspectorate',
  };
  const offices = s.units.filter((u) => en[u.name]);
  return {
    title: 'Introduction – Tay Ninh City People’s Committee',
    summary: 'Organisation, functions and contacts of the People’s Committee of Tay Ninh City.',
    bodyHtml: [
      '<h2>About the People’s Committee</h2>',
      '<p>The People’s Committee of Tay Ninh City is the executive body of the City People’s Council and the local state administrative authority. It implements the Constitution, laws and resolutions of the People’s Council, manages the local budget, land and public services, and directs the People’s Committees of the wards and communes of the city.</p>',
      '<h2>Leadership</h2>',
      li(s.leaders.map((l, i) => `${l.person.name}, ${i === 0 ? 'Chairman' : 'Vice Chairman'} – Tel: ${l.phone} – Email: ${l.email}`)),
      '<h2>Specialised divisions</h2>',
      li(offices.map((u) => `${en[u.name]} (${u.name}) – Head: ${u.leaderName} – Tel: ${u.phone} – Email: ${u.email}`)),
      '<h2>Contact</h2>',
      `<p>Address: ${s.address}. Tel: ${s.phone}. Email: ${s.email}.</p>`,
    ].join('\n'),
  };
}

/** Pages in the "Giới thiệu" section, in menu order. */
export function introductionPages(s: PageSiteInfo): PageDraft[] {
  return [introduction(s), functions(s), organisation(s), leadersPage(s)];
}

export function directoryPage(s: PageSiteInfo): PageDraft {
  return directory(s);
}

export function englishPage(s: PageSiteInfo): PageDraft {
  return english(s);
}
