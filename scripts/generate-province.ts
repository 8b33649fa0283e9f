/**
 * `npm run generate -- [--sites 150] [--news 1000000] [--documents 100000] [--seed 7]`
 *
 * Builds a province-sized installation (issue 7) into DATABASE_URL — a SQLite path or a postgres:// URL —
 * with its photos in DATA_DIR/media: one parent portal (the city of the demo) and `sites − 1` wards and
 * communes, each with the default sections of its level, its units, leaders and static pages; `news` published
 * news items over the last two years (realistic Vietnamese text from src/demo, a cover photo each, some
 * featured, search text folded); and, when the migrated schema has a `documents` table, `documents` legal and
 * administrative documents (number/symbol, type, issuer, signer, dates, abstract, field, validity), filling
 * only the columns that table has.
 *
 * Seed rows, written fast and without history: sites, sections, units and media go through Kysely; news,
 * pages and documents go through a bulk path (better-sqlite3 prepared statements in large transactions on
 * SQLite, multi-row INSERTs of 500 rows on PostgreSQL). Bulk rows get no audit events, no revisions and no
 * content_statuses rows — like rows imported from an older portal: they are published from the start, the
 * first edit through the admin writes revision 2 with its history as usual, and the page caches of running
 * servers have nothing to invalidate because no server runs on a database being generated.
 * The database is consistent (every foreign key points at a row) but only complete once the script ends:
 * an interrupted run leaves a partial database — delete it and start again.
 *
 * It refuses to write into a database that already has sites: nothing is ever deleted. Point DATABASE_URL at a
 * new SQLite file or an empty PostgreSQL database.
 */
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config/env.ts';
import { defaultSectionsFor } from '../src/core/sites/defaultSections.ts';
import type { SiteLevel, UnitKind } from '../src/core/types.ts';
import { foldDiacritics, slugify } from '../src/core/text/vietnamese.ts';
import { createDb, isPostgresUrl } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { DB } from '../src/db/schema.ts';
import {
  CITY, CITY_UNITS, EMAIL_DOMAIN, NameBook, PRESS_SOURCES, type Person, SCHOOLS, STREETS, type UnitSpec, WARDS,
  type WardSpec, honorific, placeOf, wardUnits,
} from '../src/demo/demoData.ts';
import { type NewsContext, type NewsTemplate, NEWS_TEMPLATES, composeNews, periodOf, stripTags } from '../src/demo/newsTemplates.ts';
import { type LeaderInfo, type PageSiteInfo, directoryPage, introductionPages } from '../src/demo/pages.ts';
import { Rng } from '../src/demo/random.ts';
import { type SceneSpec, renderScenePng, sceneSpecs } from '../src/demo/scenes.ts';
import { type ProcessedImage, processImage } from '../src/media/imageProcessor.ts';

export interface GenerateOptions {
  databaseUrl: string;
  mediaDir: string;
  sites: number;
  news: number;
  documents: number;
  seed: number;
  /** The installation's "today"; news spread over the two years before it. */
  now?: Date;
  log?: (message: string) => void;
}

export interface GenerateSummary {
  sites: number;
  news: number;
  pages: number;
  documents: number;
  /** Why documents were not generated, when they were not. */
  documentsSkipped: string | null;
  media: number;
  seconds: number;
}

export class RefusedError extends Error {}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const PORTAL_OFFSET = 7 * HOUR; // Asia/Ho_Chi_Minh
const NEWS_SPAN_DAYS = 730;
const SCENES = 20;
const CHUNK = 5000;
const PG_ROWS_PER_INSERT = 500;
const numberFormat = new Intl.NumberFormat('vi-VN');
const fmt = (n: number) => numberFormat.format(Math.round(n));
const iso = (t: number) => new Date(t).toISOString();

/* ------------------------------------------------------------------ sites */

interface SiteModel {
  slug: string;
  name: string;
  fullName: string;
  level: SiteLevel;
  place: string;
  address: string;
  phone: string;
  email: string;
  host: string | null;
  ward?: WardSpec;
  leaders: LeaderInfo[];
  units: (UnitSpec & { leader: Person; phone: string })[];
  /** Share of the news written on this site. */
  weight: number;
  authors: string[];
  id: number;
  unitIds: number[];
  sectionIds: Map<string, number>;
  mediaIds: number[];
}

const FIRST = ['Tân', 'Long', 'Phước', 'Thạnh', 'An', 'Bình', 'Hòa', 'Mỹ', 'Vĩnh', 'Trường', 'Hiệp', 'Thái', 'Ninh', 'Lộc', 'Hưng',
  'Phú', 'Thành', 'Gia', 'Đông', 'Nam', 'Châu', 'Cẩm', 'Hảo', 'Trà', 'Lợi', 'Khánh', 'Định', 'Quang', 'Đức', 'Minh'] as const;
const SECOND = ['Thuận', 'Đông', 'Tây', 'Hòa', 'Bình', 'Hưng', 'Phú', 'Lợi', 'Thành', 'Ninh', 'Long', 'Phước', 'Mỹ', 'Hiệp', 'Lộc',
  'An', 'Điền', 'Đức', 'Tiến', 'Chánh', 'Thạnh', 'Trung', 'Nghĩa', 'Hội', 'Sơn', 'Khương', 'Quới', 'Xuân', 'Hạnh', 'Phong'] as const;
const DIRECTIONS = ['ở phía bắc tỉnh, giáp biên giới Campuchia', 'ở phía nam tỉnh, ven sông Vàm Cỏ Đông', 'ở phía đông tỉnh, ven hồ Dầu Tiếng',
  'ở phía tây tỉnh', 'ở trung tâm tỉnh', 'ở phía đông nam tỉnh, trên trục quốc lộ 22', 'ở phía tây nam tỉnh, giáp sông Vàm Cỏ Đông'] as const;
const ECONOMIES = ['nông nghiệp (lúa, mía, mì, cao su) và chăn nuôi', 'thương mại, dịch vụ và tiểu thủ công nghiệp', 'công nghiệp, dịch vụ vận tải và nhà trọ công nhân',
  'trồng cây ăn trái, rau màu và du lịch sinh thái', 'nông nghiệp công nghệ cao và chế biến nông sản', 'dịch vụ, thương mại cửa khẩu và vận tải'] as const;
const LANDMARKS = ['chợ xã, trường học và trạm y tế mới xây', 'cánh đồng lúa, kênh thủy lợi và khu di tích kháng chiến', 'khu công nghiệp và các tuyến đường mới mở',
  'vườn cây ăn trái, các điểm du lịch sinh thái và bến sông', 'nhiều cơ sở thờ tự và các lễ hội truyền thống', 'cửa khẩu, chợ biên giới và các trang trại'] as const;
const PROVINCE_UNITS: readonly UnitSpec[] = CITY_UNITS;
const HOMETOWNS = ['Tây Ninh', 'Long An', 'Bến Tre', 'Tiền Giang', 'Bình Dương', 'Đồng Tháp', 'Thành phố Hồ Chí Minh', 'Bình Phước'] as const;
const EDUCATION = ['Thạc sĩ Quản lý công', 'Cử nhân Luật', 'Thạc sĩ Kinh tế', 'Cử nhân Hành chính', 'Kỹ sư Xây dựng', 'Thạc sĩ Quản trị kinh doanh'] as const;

/**
 * foldDiacritics through a table of every UTF-16 code unit, built once: the same result on precomposed text
 * (NFD works per character there; text with combining marks or surrogates takes the slow path), and three
 * times faster on a million bodies.
 */
const FOLD = (() => {
  const table = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const f = foldDiacritics(String.fromCharCode(c));
    if (f.length === 1) table[c] = f.charCodeAt(0);
  }
  return table;
})();
const utf16 = new TextDecoder('utf-16le');
function fastFold(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const m = FOLD[text.charCodeAt(i)]!;
    if (m === 0) return foldDiacritics(text);
    out[i] = m;
  }
  return utf16.decode(out);
}

function mailbox(name: string): string {
  const parts = foldDiacritics(name).split(/\s+/);
  return parts.slice(0, -1).map((p) => p[0]).join('') + parts.at(-1);
}

function leadersFor(rng: Rng, names: NameBook, isCity: boolean, place: string, phonePrefix: string): LeaderInfo[] {
  const ubnd = `UBND ${place}`;
  const specs = [
    { title: `Chủ tịch ${ubnd}`, duties: 'Lãnh đạo, điều hành chung mọi hoạt động của Ủy ban nhân dân; trực tiếp phụ trách nội vụ, quốc phòng – an ninh, thanh tra, tiếp công dân, cải cách hành chính.' },
    { title: isCity ? `Phó Chủ tịch Thường trực ${ubnd}` : `Phó Chủ tịch ${ubnd}`, duties: 'Giúp Chủ tịch phụ trách kinh tế, tài chính – ngân sách, quy hoạch, xây dựng, đất đai, tài nguyên – môi trường, giao thông và trật tự đô thị.' },
    { title: `Phó Chủ tịch ${ubnd}`, duties: 'Giúp Chủ tịch phụ trách văn hóa – xã hội, giáo dục, y tế, lao động, thông tin – truyền thông; Trưởng Ban Biên tập cổng thông tin điện tử.' },
  ];
  return specs.map((s) => {
    const person = names.next();
    return {
      person, title: s.title, born: rng.int(1968, 1986), hometown: rng.pick(HOMETOWNS), education: rng.pick(EDUCATION),
      duties: s.duties, phone: `${phonePrefix} ${rng.int(100, 999)}`, email: `${mailbox(person.name)}@${EMAIL_DOMAIN}`,
    };
  });
}

/** The demo's wards first (their descriptions are hand-written), then invented ones with unique names. */
function wardSpecs(rng: Rng, count: number): WardSpec[] {
  const out: WardSpec[] = WARDS.slice(0, count).map((w) => ({ ...w }));
  const names = new Set(out.map((w) => w.name.replace(/^(Phường|Xã) /, '')));
  const slugs = new Set(out.map((w) => w.slug));
  while (out.length < count) {
    const a = rng.pick(FIRST);
    const b = rng.pick(SECOND);
    if (a === b) continue;
    const base = `${a} ${b}`;
    if (names.has(base)) {
      if (names.size >= FIRST.length * SECOND.length - FIRST.length) throw new Error('too many sites for the name lists');
      continue;
    }
    const level = rng.chance(0.3) ? 'ward' : 'commune';
    const name = `${level === 'ward' ? 'Phường' : 'Xã'} ${base}`;
    const slug = slugify(name);
    if (slugs.has(slug)) continue;
    names.add(base);
    slugs.add(slug);
    const areaCount = rng.int(4, 10);
    const areas = level === 'ward'
      ? Array.from({ length: areaCount }, (_, i) => `khu phố ${i + 1}`)
      : [...new Set(Array.from({ length: areaCount * 2 }, () => `ấp ${rng.pick(FIRST)} ${rng.pick(SECOND)}`))].slice(0, areaCount);
    out.push({
      slug, short: slugify(base).replace(/-/g, ''), name, level, direction: rng.pick(DIRECTIONS), areas,
      economy: rng.pick(ECONOMIES), landmarks: rng.pick(LANDMARKS), street: rng.pick(STREETS), houseNumber: rng.int(1, 450),
      phone: `0276 38${rng.int(10, 99)} ${rng.int(100, 999)}`,
    });
  }
  return out;
}

function buildSites(rng: Rng, names: NameBook, count: number): SiteModel[] {
  const blank = { id: 0, unitIds: [] as number[], sectionIds: new Map<string, number>(), mediaIds: [] as number[] };
  const authors = (n: number) => Array.from({ length: n }, () => names.next().name);
  const city: SiteModel = {
    ...blank, slug: CITY.slug, name: CITY.name, fullName: CITY.fullName, level: 'city', place: 'thành phố',
    address: CITY.address, phone: CITY.phone, email: CITY.email, host: CITY.host,
    leaders: leadersFor(rng, names, true, 'thành phố', '0276 3822'),
    units: PROVINCE_UNITS.map((u, i) => ({ ...u, leader: names.next(), phone: `0276 3822 ${String(200 + i * 7).padStart(3, '0')}` })),
    // The parent portal publishes about a tenth of everything.
    weight: Math.max(1, (count - 1) * 0.11), authors: authors(10),
  };
  const wards = wardSpecs(rng, count - 1).map((w): SiteModel => {
    const place = placeOf(w.name);
    const prefix = w.phone ? w.phone.slice(0, 9) : '0276 3850';
    return {
      ...blank, unitIds: [], sectionIds: new Map(), mediaIds: [],
      slug: w.slug, name: w.name, fullName: `Ủy ban nhân dân ${place}`, level: w.level, place,
      address: `Số ${w.houseNumber} ${w.street}, ${place}, tỉnh Tây Ninh`, phone: w.phone, email: `ubnd.${w.short}@${EMAIL_DOMAIN}`,
      host: null, ward: w, leaders: leadersFor(rng, names, false, place, prefix),
      units: wardUnits(w).map((u) => ({ ...u, leader: names.next(), phone: `${prefix} ${rng.int(100, 999)}` })),
      // Some wards write a lot, some little.
      weight: 0.4 + rng.next() * 1.2, authors: authors(3),
    };
  });
  return [city, ...wards];
}

/* ------------------------------------------------------------------ news text */

/** Extra kinds of items for the sections the demo templates do not cover (notices, legal education, drafts). */
const NOTICE_SECTIONS = ['thong-bao', 'pho-bien-giao-duc-phap-luat', 'lay-y-kien-du-thao', 'y-kien-chi-dao', 'hoi-dap', 'dang-bo', 'hoi-dong-nhan-dan', 'mat-tran-doan-the'] as const;

const NOTICE_TITLES: Record<(typeof NOTICE_SECTIONS)[number], readonly ((c: NewsContext) => string)[]> = {
  'thong-bao': [
    (c) => `Thông báo lịch tiếp công dân định kỳ tháng ${c.month}/${c.year} của ${c.ubnd}`,
    (c) => `Thông báo tạm ngừng cung cấp điện khu vực ${c.area} ngày ${c.day}/${c.month}`,
    (c) => `Thông báo kết quả xét tuyển công chức cấp xã năm ${c.year}`,
    (c) => `Thông báo thời gian nghỉ lễ và bố trí trực giải quyết thủ tục hành chính tại ${c.ubnd}`,
  ],
  'pho-bien-giao-duc-phap-luat': [
    (c) => `Tuyên truyền, phổ biến quy định mới về cư trú, căn cước đến người dân ${c.area}`,
    (c) => `${c.Place} tổ chức Ngày Pháp luật tại ${c.area}`,
    () => 'Những điểm mới của Luật Đất đai người dân cần biết',
  ],
  'lay-y-kien-du-thao': [
    (c) => `Lấy ý kiến nhân dân về dự thảo quy hoạch chi tiết khu dân cư ${c.area}`,
    (c) => `Lấy ý kiến góp ý dự thảo kế hoạch chỉnh trang ${c.street}`,
  ],
  'y-kien-chi-dao': [
    (c) => `${c.ubnd} chỉ đạo tăng cường công tác phòng, chống dịch bệnh trên địa bàn`,
    (c) => `Chỉ đạo đẩy nhanh tiến độ giải ngân vốn đầu tư công năm ${c.year}`,
  ],
  'hoi-dap': [
    () => 'Hỏi: Thủ tục đăng ký khai sinh trực tuyến thực hiện như thế nào?',
    () => 'Hỏi: Hồ sơ đề nghị hỗ trợ hộ nghèo gồm những giấy tờ gì?',
  ],
  'dang-bo': [
    (c) => `Đảng ủy ${c.place} sơ kết công tác xây dựng Đảng ${c.period.label}`,
    (c) => `Chi bộ ${c.area} tổ chức sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh`,
  ],
  'hoi-dong-nhan-dan': [
    (c) => `Kỳ họp thường lệ của Hội đồng nhân dân ${c.place} thông qua ${c.num('nq', 6, 15)} nghị quyết`,
    (c) => `Thường trực HĐND ${c.place} giám sát việc giải quyết kiến nghị cử tri ${c.area}`,
  ],
  'mat-tran-doan-the': [
    (c) => `${c.front} trao nhà Đại đoàn kết cho hộ khó khăn ở ${c.area}`,
    (c) => `${c.women} ra mắt mô hình “Phụ nữ tham gia bảo vệ môi trường” tại ${c.area}`,
  ],
};

const NOTICE_PARAGRAPHS: readonly ((c: NewsContext) => string)[] = [
  (c) => `Căn cứ kế hoạch công tác năm ${c.year}, ${c.ubnd} thông tin đến các cơ quan, đơn vị, tổ chức và nhân dân trên địa bàn nội dung nêu trên để biết, phối hợp thực hiện.`,
  (c) => `Các ${c.areaWord} có trách nhiệm thông báo rộng rãi trên hệ thống truyền thanh, niêm yết công khai tại nhà văn hóa và các điểm sinh hoạt cộng đồng; kịp thời phản ánh những khó khăn, vướng mắc phát sinh về ${c.ubnd} để được hướng dẫn giải quyết.`,
  (c) => `Trong quá trình thực hiện, người dân có ý kiến góp ý hoặc cần giải đáp có thể liên hệ trực tiếp Bộ phận Một cửa ${c.ubnd}, địa chỉ ${c.street}, hoặc gửi thư điện tử đến hộp thư công vụ của ${c.place} trước ngày ${Math.min(28, c.day + 10)}/${c.month}/${c.year}.`,
  (c) => `Theo đánh giá, đến nay đã có ${c.num('pt', 60, 97)}% hộ gia đình ở ${c.area} và ${c.area2} được tiếp cận thông tin; ${c.num('ch', 5, 40)} ý kiến đóng góp đã được tổng hợp, tiếp thu, giải trình đầy đủ.`,
  (c) => `${c.ubnd} đề nghị Thủ trưởng các cơ quan, đơn vị, Trưởng các ${c.areaWord} nghiêm túc triển khai, định kỳ báo cáo kết quả thực hiện về Văn phòng trước ngày 25 hằng tháng để tổng hợp, báo cáo cấp trên.`,
];

/** Background, voices and next steps: one to three of these lengthen a composed item to a usual 1–3 KB. */
const MORE_PARAGRAPHS: readonly ((c: NewsContext) => string)[] = [
  (c) => `Trước đó, ${c.ubnd} đã ban hành kế hoạch, phân công cụ thể cho từng cơ quan, đơn vị và các ${c.areaWord}; tổ chức rà soát, nắm tình hình thực tế tại ${c.area} và ${c.area2} để có giải pháp phù hợp với điều kiện của địa phương.`,
  (c) => `Chia sẻ tại buổi làm việc, đại diện người dân ${c.area} cho biết thời gian qua chính quyền đã lắng nghe, giải quyết kịp thời nhiều kiến nghị chính đáng; người dân mong muốn các hoạt động tiếp tục được duy trì thường xuyên, thiết thực hơn nữa.`,
  (c) => `Theo ${c.ubnd}, kinh phí thực hiện được bố trí từ ngân sách địa phương và nguồn xã hội hóa, với tổng giá trị hơn ${c.fmt(c.num('kp', 120, 2500))} triệu đồng; các hạng mục được công khai tại trụ sở và trên cổng thông tin điện tử của ${c.place}.`,
  (c) => `Dịp này, ${c.front} và ${c.women} đã vận động các nhà hảo tâm trao tặng ${c.num('qua', 20, 150)} phần quà cho hộ nghèo, hộ cận nghèo và gia đình có hoàn cảnh khó khăn, mỗi phần quà trị giá từ 500.000 đồng đến 1.000.000 đồng.`,
  (c) => `${c.police} đã bố trí lực lượng bảo đảm an ninh trật tự, an toàn giao thông; ${c.health} phân công nhân viên y tế trực, sẵn sàng hỗ trợ người dân trong suốt thời gian diễn ra hoạt động.`,
  (c) => `Cũng trong ${c.period.label}, ${c.place} đã tiếp nhận và giải quyết ${c.fmt(c.num('hs', 300, 4000))} hồ sơ thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn trình đạt ${c.num('tt3', 45, 90)}%; không có hồ sơ trễ hạn, không để xảy ra khiếu nại vượt cấp.`,
  (c) => `Ban tổ chức đánh giá cao sự phối hợp của ${c.youth}, ${c.farmers} cùng các tổ chức, cá nhân trên địa bàn; đồng thời đề nghị các ${c.areaWord} tiếp tục nhân rộng các mô hình hay, cách làm hiệu quả, tạo sức lan tỏa trong cộng đồng.`,
  (c) => `Được biết, đây là hoạt động nằm trong chuỗi các hoạt động thiết thực chào mừng các ngày lễ lớn của đất nước năm ${c.year}, hướng tới mục tiêu xây dựng ${c.place} ngày càng văn minh, hiện đại, nghĩa tình.`,
];

function noticeBody(c: NewsContext, rng: Rng): { summary: string; bodyHtml: string } {
  const paras = rng.sample(NOTICE_PARAGRAPHS, rng.int(3, 5)).map((p) => p(c));
  return { summary: paras[0]!, bodyHtml: paras.map((p) => `<p>${p}</p>`).join('\n') };
}

/* ------------------------------------------------------------------ documents */

const DOC_TYPES = [
  { code: 'quyet-dinh', label: 'Quyết định', abbr: 'QĐ', weight: 40 },
  { code: 'ke-hoach', label: 'Kế hoạch', abbr: 'KH', weight: 15 },
  { code: 'thong-bao', label: 'Thông báo', abbr: 'TB', weight: 12 },
  { code: 'cong-van', label: 'Công văn', abbr: '', weight: 15 },
  { code: 'bao-cao', label: 'Báo cáo', abbr: 'BC', weight: 8 },
  { code: 'nghi-quyet', label: 'Nghị quyết', abbr: 'NQ', weight: 4 },
  { code: 'chi-thi', label: 'Chỉ thị', abbr: 'CT', weight: 2 },
  { code: 'huong-dan', label: 'Hướng dẫn', abbr: 'HD', weight: 2 },
  { code: 'quy-che', label: 'Quy chế', abbr: 'QC', weight: 2 },
] as const;
const DOC_FIELDS = [
  { code: 'hanh-chinh', topics: ['kiện toàn Tổ công tác cải cách hành chính', 'ban hành Quy chế làm việc của Ủy ban nhân dân', 'công bố danh mục thủ tục hành chính được chuẩn hóa', 'thực hiện cơ chế một cửa, một cửa liên thông'] },
  { code: 'noi-vu', topics: ['kiện toàn tổ chức bộ máy các cơ quan chuyên môn', 'tuyển dụng công chức cấp xã', 'khen thưởng các tập thể, cá nhân có thành tích xuất sắc', 'điều động, bổ nhiệm cán bộ'] },
  { code: 'tai-chinh', topics: ['giao dự toán thu, chi ngân sách', 'công khai quyết toán ngân sách', 'phân bổ kinh phí thực hiện chính sách an sinh xã hội', 'điều chỉnh dự toán ngân sách'] },
  { code: 'dat-dai', topics: ['thu hồi đất để thực hiện dự án nâng cấp đường giao thông', 'phê duyệt phương án bồi thường, hỗ trợ, tái định cư', 'cấp giấy chứng nhận quyền sử dụng đất', 'kế hoạch sử dụng đất hằng năm'] },
  { code: 'xay-dung', topics: ['phê duyệt báo cáo kinh tế – kỹ thuật công trình nhà văn hóa', 'chỉnh trang đô thị, lắp đặt đèn chiếu sáng công cộng', 'xử lý vi phạm trật tự xây dựng', 'đầu tư xây dựng tuyến đường giao thông nông thôn'] },
  { code: 'nong-nghiep', topics: ['phòng, chống dịch bệnh trên đàn gia súc, gia cầm', 'chuyển đổi cơ cấu cây trồng', 'xây dựng nông thôn mới nâng cao', 'phòng, chống thiên tai và tìm kiếm cứu nạn'] },
  { code: 'giao-duc', topics: ['công nhận trường đạt chuẩn quốc gia', 'kế hoạch thời gian năm học', 'phổ cập giáo dục, xóa mù chữ', 'tuyển sinh vào lớp 1 và lớp 6'] },
  { code: 'y-te', topics: ['tiêm chủng mở rộng', 'phòng, chống sốt xuất huyết', 'bảo hiểm y tế toàn dân', 'bảo đảm an toàn thực phẩm dịp Tết'] },
  { code: 'van-hoa', topics: ['tổ chức các hoạt động mừng Đảng, mừng Xuân', 'công nhận gia đình văn hóa, khu phố văn hóa', 'tổ chức giải thể thao quần chúng', 'chuyển đổi số và thông tin cơ sở'] },
  { code: 'xa-hoi', topics: ['phê duyệt danh sách hộ nghèo, hộ cận nghèo', 'trợ cấp xã hội hằng tháng cho đối tượng bảo trợ xã hội', 'hỗ trợ người lao động mất việc làm', 'tặng quà gia đình chính sách nhân dịp Tết'] },
  { code: 'quoc-phong', topics: ['giao chỉ tiêu tuyển quân', 'diễn tập khu vực phòng thủ', 'bảo đảm an ninh trật tự dịp lễ, Tết', 'huấn luyện dân quân tự vệ'] },
  { code: 'tu-phap', topics: ['phổ biến, giáo dục pháp luật', 'hòa giải ở cơ sở', 'kiểm tra, rà soát văn bản quy phạm pháp luật', 'chứng thực và hộ tịch'] },
] as const;
const VERBS: Record<string, readonly string[]> = {
  'quyet-dinh': ['Về việc', 'Về việc ban hành', 'Về việc phê duyệt', 'Về việc thành lập Ban chỉ đạo'],
  'ke-hoach': ['Kế hoạch thực hiện', 'Kế hoạch triển khai', 'Kế hoạch tổ chức'],
  'thong-bao': ['Thông báo về', 'Thông báo kết luận của Chủ tịch về'],
  'cong-van': ['V/v triển khai', 'V/v đôn đốc', 'V/v báo cáo tình hình'],
  'bao-cao': ['Báo cáo kết quả', 'Báo cáo sơ kết', 'Báo cáo tổng kết'],
  'nghi-quyet': ['Nghị quyết về', 'Nghị quyết thông qua'],
  'chi-thi': ['Chỉ thị về tăng cường'],
  'huong-dan': ['Hướng dẫn thực hiện'],
  'quy-che': ['Quy chế phối hợp trong'],
};

/* ------------------------------------------------------------------ bulk writing */

interface BulkWriter {
  /** Columns of a table as they exist after migration. */
  columns(table: string): Promise<ColumnInfo[]>;
  insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void>;
  finish(): Promise<void>;
  close(): Promise<void>;
}

interface ColumnInfo {
  name: string;
  dataType: string;
  isNullable: boolean;
  hasDefaultValue: boolean;
  isAutoIncrementing: boolean;
}

class SqliteBulk implements BulkWriter {
  private readonly db: SQLite.Database;
  private readonly statements = new Map<string, SQLite.Statement>();

  constructor(file: string) {
    this.db = new SQLite(file);
    // Seed load: no rollback journal, no fsync; the header of this script says what an interruption means.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    this.db.pragma('cache_size = -1048576');
    this.db.pragma('temp_store = MEMORY');
    this.db.pragma('foreign_keys = ON');
  }

  async columns(table: string): Promise<ColumnInfo[]> {
    const rows = this.db.prepare(`select name, type, "notnull" as nn, dflt_value as dflt, pk from pragma_table_info(?)`).all(table) as
      { name: string; type: string; nn: number; dflt: unknown; pk: number }[];
    return rows.map((r) => ({ name: r.name, dataType: r.type.toLowerCase(), isNullable: r.nn === 0 && r.pk === 0, hasDefaultValue: r.dflt !== null, isAutoIncrementing: r.pk === 1 }));
  }

  async insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
    const key = `${table}(${columns.join(',')})`;
    let stmt = this.statements.get(key);
    if (!stmt) {
      stmt = this.db.prepare(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`);
      this.statements.set(key, stmt);
    }
    const s = stmt;
    this.db.transaction(() => {
      for (const r of rows) s.run(r);
    })();
  }

  async finish(): Promise<void> {
    this.db.pragma('journal_mode = WAL');
    // Full statistics (a few seconds): PRAGMA optimize samples, and sampled counts led the planner to walk every
    // site's items for one site's listing (see the listing-indexes migration).
    this.db.exec('analyze');
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

class PostgresBulk implements BulkWriter {
  private readonly client: pg.Client;
  private connected: Promise<void>;

  constructor(url: string) {
    this.client = new pg.Client({ connectionString: url });
    this.connected = this.client.connect().then(async () => {
      await this.client.query('set synchronous_commit = off');
    });
  }

  async columns(table: string): Promise<ColumnInfo[]> {
    await this.connected;
    const r = await this.client.query<{ column_name: string; data_type: string; is_nullable: string; column_default: string | null }>(
      `select column_name, data_type, is_nullable, column_default from information_schema.columns
        where table_schema = current_schema() and table_name = $1 order by ordinal_position`, [table]);
    return r.rows.map((c) => ({
      name: c.column_name, dataType: c.data_type.toLowerCase(), isNullable: c.is_nullable === 'YES',
      hasDefaultValue: c.column_default !== null, isAutoIncrementing: (c.column_default ?? '').startsWith('nextval('),
    }));
  }

  async insert(table: string, columns: readonly string[], rows: readonly unknown[][]): Promise<void> {
    await this.connected;
    const cols = columns.map((c) => `"${c}"`).join(', ');
    await this.client.query('begin');
    try {
      for (let i = 0; i < rows.length; i += PG_ROWS_PER_INSERT) {
        const part = rows.slice(i, i + PG_ROWS_PER_INSERT);
        const params: unknown[] = [];
        const tuples = part.map((r) => `(${r.map((v) => { params.push(v); return `$${params.length}`; }).join(', ')})`);
        // Full-size statements are prepared once per connection (a 500-row VALUES list takes a while to plan).
        const text = `insert into "${table}" (${cols}) values ${tuples.join(', ')}`;
        const name = part.length === PG_ROWS_PER_INSERT ? `bulk_${table}_${columns.length}` : undefined;
        await this.client.query(name ? { name, text, values: params } : { text, values: params });
      }
      await this.client.query('commit');
    } catch (err) {
      await this.client.query('rollback').catch(() => undefined);
      throw err;
    }
  }

  async finish(): Promise<void> {
    await this.connected;
    await this.client.query('analyze');
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/** Writes chunks through the bulk writer while the next chunk is being generated (PostgreSQL overlaps; SQLite is synchronous anyway). */
class Pipeline {
  private pending: Promise<void> = Promise.resolve();
  constructor(private readonly writer: BulkWriter) {}
  async push(table: string, columns: readonly string[], rows: unknown[][]): Promise<void> {
    await this.pending;
    this.pending = this.writer.insert(table, columns, rows);
  }
  drain(): Promise<void> {
    return this.pending;
  }
}

class Progress {
  private readonly started = Date.now();
  private last = 0;
  private lastDone = -1;
  constructor(private readonly label: string, private readonly total: number, private readonly log: (m: string) => void) {}
  tick(done: number, force = false): void {
    const now = Date.now();
    if ((!force && now - this.last < 2000) || done === this.lastDone) return;
    this.last = now;
    this.lastDone = done;
    const secs = (now - this.started) / 1000;
    const rate = done / Math.max(secs, 0.001);
    const eta = rate > 0 ? (this.total - done) / rate : 0;
    this.log(`  ${this.label}: ${fmt(done)}/${fmt(this.total)} (${fmt(rate)} dòng/giây${done < this.total ? `, còn khoảng ${Math.ceil(eta)} giây` : ''})`);
  }
  get seconds(): number {
    return (Date.now() - this.started) / 1000;
  }
}

/* ------------------------------------------------------------------ the generator */

export async function generateProvince(opts: GenerateOptions): Promise<GenerateSummary> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const started = Date.now();
  const now = opts.now ?? new Date();
  if (opts.sites < 2) throw new Error('--sites: at least 2 (the parent portal and one ward)');
  const database = createDb(opts.databaseUrl);
  const db = database.db;
  let images: { spec: SceneSpec; image: ProcessedImage }[] = [];
  let writer: BulkWriter | null = null;
  let complete = false;
  try {
    await migrateToLatest(db);
    if (await db.selectFrom('sites').select('id').limit(1).executeTakeFirst()) {
      throw new RefusedError(`Cơ sở dữ liệu ${database.describe} đã có cổng thông tin; trình tạo dữ liệu không ghi vào (và không bao giờ xóa) dữ liệu có sẵn. Hãy trỏ DATABASE_URL tới một tệp SQLite mới hoặc một cơ sở dữ liệu PostgreSQL trống.`);
    }
    log(`Tạo dữ liệu cấp tỉnh vào ${database.describe}: ${fmt(opts.sites)} cổng, ${fmt(opts.news)} tin bài, ${fmt(opts.documents)} văn bản (seed ${opts.seed}).`);

    const t0 = Date.now();
    images = await renderScenes(opts.mediaDir);
    log(`  ${images.length} ảnh minh họa đã xử lý vào ${opts.mediaDir} (${((Date.now() - t0) / 1000).toFixed(1)} giây).`);

    const rng = new Rng(opts.seed);
    const names = new NameBook(rng.fork(1));
    const sites = buildSites(rng.fork(2), names, opts.sites);
    const setupAt = iso(now.getTime() - (NEWS_SPAN_DAYS + 30) * DAY);
    await writeStructure(db, sites, images, setupAt, rng.fork(3), now);
    log(`  ${sites.length} cổng, ${fmt(sites.reduce((n, s) => n + s.sectionIds.size, 0))} chuyên mục, ${fmt(sites.reduce((n, s) => n + s.unitIds.length, 0))} đơn vị, ${fmt(sites.reduce((n, s) => n + s.mediaIds.length, 0))} ảnh trong thư viện.`);

    const postgres = isPostgresUrl(opts.databaseUrl);
    const tables = new Set((await db.introspection.getTables()).map((t) => t.name));
    if (!postgres) await database.close(); // the bulk connection takes over the file
    writer = postgres ? new PostgresBulk(opts.databaseUrl) : new SqliteBulk(sqliteFile(opts.databaseUrl));

    const pages = await writePages(writer, sites, setupAt, rng.fork(4));
    const news = await writeNews(writer, sites, images, opts.news, now, rng.fork(5), log);
    let documents = 0;
    let documentsSkipped: string | null = null;
    if (opts.documents > 0) {
      if (!tables.has('documents')) {
        documentsSkipped = 'lược đồ chưa có bảng documents (migration 20261125T1200-* của issue 5 chưa có)';
      } else {
        const r = await writeDocuments(writer, sites, opts.documents, now, rng.fork(6), log);
        documents = r.count;
        documentsSkipped = r.skipped;
      }
      if (documentsSkipped) log(`  Bỏ qua văn bản: ${documentsSkipped}.`);
    }
    log('  Hoàn tất: cập nhật thống kê cho bộ lập kế hoạch truy vấn…');
    await writer.finish();
    complete = true;
    const seconds = (Date.now() - started) / 1000;
    log(`Xong trong ${seconds.toFixed(0)} giây: ${sites.length} cổng, ${fmt(news)} tin bài, ${fmt(pages)} trang tĩnh, ${fmt(documents)} văn bản.`);
    return { sites: sites.length, news, pages, documents, documentsSkipped, media: images.length, seconds };
  } finally {
    await writer?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    if (!complete && images.length > 0) {
      await Promise.all(images.map((i) => rm(join(opts.mediaDir, i.image.storageKey), { recursive: true, force: true })));
    }
  }
}

function sqliteFile(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '');
}

async function renderScenes(mediaDir: string): Promise<{ spec: SceneSpec; image: ProcessedImage }[]> {
  const specs = sceneSpecs();
  // Every layout, under as many skies as fit in SCENES pictures.
  const chosen = specs.filter((_, i) => i % Math.ceil(specs.length / SCENES) === 0 || specs.length <= SCENES).slice(0, SCENES);
  for (const s of specs) if (chosen.length < Math.min(SCENES, specs.length) && !chosen.includes(s)) chosen.push(s);
  const out: { spec: SceneSpec; image: ProcessedImage }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < chosen.length) {
      const spec = chosen[next++]!;
      out.push({ spec, image: await processImage(await renderScenePng(spec), mediaDir, 50 * 1024 * 1024) });
    }
  };
  const done = await Promise.allSettled([worker(), worker()]);
  const failed = done.find((d): d is PromiseRejectedResult => d.status === 'rejected');
  if (failed) {
    await Promise.all(out.map((i) => rm(join(mediaDir, i.image.storageKey), { recursive: true, force: true })));
    throw failed.reason;
  }
  return out.sort((a, b) => a.spec.index - b.spec.index);
}

async function inChunks<T, R>(rows: readonly T[], size: number, f: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += size) out.push(...(await f(rows.slice(i, i + size))));
  return out;
}

/** Sites, sections, units, media rows and visit counts: small tables, through Kysely (ids come back). */
async function writeStructure(db: Kysely<DB>, sites: SiteModel[], images: { spec: SceneSpec; image: ProcessedImage }[], setupAt: string, rng: Rng, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const siteRow = (s: SiteModel, order: number, parentId: number | null) => {
      const editor = s.leaders[2]!;
      return {
        slug: s.slug, name: s.name, full_name: s.fullName, level: s.level, parent_id: parentId, host: s.host, logo_media_id: null,
        owner_agency: s.fullName, responsible_person: `${honorific(editor.person)} ${editor.person.name} – ${editor.title}, Trưởng Ban Biên tập`,
        address: s.address, phone: s.phone, email: s.email,
        license_info: `© Bản quyền thuộc ${s.fullName}. Ghi rõ nguồn “Cổng thông tin điện tử ${s.level === 'city' ? CITY.place : s.place}” khi phát hành lại thông tin từ cổng này.`,
        description: s.level === 'city'
          ? 'Cổng thông tin điện tử thành phố Tây Ninh: thông tin chính thống về chỉ đạo, điều hành của chính quyền, chính sách, pháp luật, thủ tục hành chính và đời sống kinh tế – xã hội.'
          : `Cổng thông tin điện tử ${s.place}: thông tin chính thống về hoạt động của chính quyền, chính sách, thủ tục hành chính và đời sống người dân trên địa bàn.`,
        settings: '{}', sort_order: order, created_at: setupAt, updated_at: setupAt,
      };
    };
    const [parent, ...children] = sites as [SiteModel, ...SiteModel[]];
    parent.id = (await trx.insertInto('sites').values(siteRow(parent, 0, null)).returning('id').executeTakeFirstOrThrow()).id;
    const ids = await inChunks(children.map((s, i) => siteRow(s, (i + 1) * 10, parent.id)), 100, (c) =>
      trx.insertInto('sites').values(c).returning(['id', 'slug']).execute());
    const bySlug = new Map(ids.map((r) => [r.slug, r.id]));
    for (const s of children) s.id = bySlug.get(s.slug)!;

    // Sections, level by level (a child needs its parent's id).
    const flat = new Map(sites.map((s) => [s, defaultSectionsFor(s.level)]));
    for (let depth = 0; ; depth++) {
      const rows = sites.flatMap((s) => flat.get(s)!
        .filter((d) => (d.parentSlug === null ? 0 : 1 + depthOf(flat.get(s)!, d.parentSlug)) === depth)
        .map((d) => ({
          site_id: s.id, parent_id: d.parentSlug ? s.sectionIds.get(d.parentSlug)! : null, slug: d.slug, name: d.name, kind: d.kind,
          description: d.description, legal_basis: d.legalBasis, external_url: d.externalUrl, in_menu: d.inMenu ? 1 : 0,
          on_home: d.onHome ? 1 : 0, sort_order: d.sortOrder, created_at: setupAt, updated_at: setupAt,
        })));
      if (rows.length === 0) break;
      const inserted = await inChunks(rows, 200, (c) => trx.insertInto('sections').values(c).returning(['id', 'site_id', 'slug']).execute());
      const byId = new Map(sites.map((s) => [s.id, s]));
      for (const r of inserted) byId.get(r.site_id)!.sectionIds.set(r.slug, r.id);
    }

    for (const s of sites) {
      const rows = s.units.map((u, i) => ({
        site_id: s.id, name: u.name, kind: u.kind as UnitKind, leader_name: u.leader.name, leader_title: u.leaderTitle, phone: u.phone,
        email: `${u.email}@${EMAIL_DOMAIN}`, address: s.address, sort_order: (i + 1) * 10, created_at: setupAt, updated_at: setupAt,
      }));
      s.unitIds = (await trx.insertInto('units').values(rows).returning('id').execute()).map((r) => r.id);
    }

    // Every site's photo library holds the same processed pictures (one set of files on disk).
    const mediaRows = sites.flatMap((s) => images.map(({ spec, image }) => ({
      site_id: s.id, kind: 'image', original_name: `${spec.key}.png`, mime: 'image/png', width: image.width, height: image.height,
      bytes: image.bytes, storage_key: image.storageKey, variants: JSON.stringify(image.variants), alt: spec.alt, caption: spec.caption,
      created_by: null, created_at: setupAt, sharpness: image.sharpness,
    })));
    const media = await inChunks(mediaRows, 300, (c) => trx.insertInto('media').values(c).returning(['id', 'site_id']).execute());
    const byId = new Map(sites.map((s) => [s.id, s]));
    for (const m of media) byId.get(m.site_id)!.mediaIds.push(m.id);

    const visits = sites.flatMap((s) => Array.from({ length: 30 }, (_, k) => ({
      site_id: s.id, day: new Date(now.getTime() + PORTAL_OFFSET - k * DAY).toISOString().slice(0, 10),
      visits: s.level === 'city' ? rng.int(2000, 9000) : rng.int(30, 400),
    })));
    await inChunks(visits, 500, async (c) => { await trx.insertInto('site_visits').values(c).execute(); return []; });
  });
}

function depthOf(list: readonly { slug: string; parentSlug: string | null }[], slug: string): number {
  let depth = 0;
  for (let s = list.find((x) => x.slug === slug); s?.parentSlug; s = list.find((x) => x.slug === s!.parentSlug)) depth++;
  return depth;
}

/** Only the columns the migrated table has (another migration may have added or renamed some). */
async function existingColumns(writer: BulkWriter, table: string, wanted: readonly string[]): Promise<{ columns: string[]; pick: (row: Record<string, unknown>) => unknown[] }> {
  const have = new Set((await writer.columns(table)).map((c) => c.name));
  const columns = wanted.filter((c) => have.has(c));
  return { columns, pick: (row) => columns.map((c) => row[c] ?? null) };
}

const CONTENT_COLUMNS = [
  'site_id', 'kind', 'section_id', 'unit_id', 'slug', 'title', 'summary', 'body_html', 'search_text', 'genre', 'author_name',
  'source_name', 'source_url', 'cover_media_id', 'cover_caption', 'cover_alt', 'is_featured', 'status', 'published_at', 'revision',
  'view_count', 'sort_order', 'origin_content_id', 'needs_review', 'status_changed_at', 'created_by', 'updated_by', 'created_at', 'updated_at',
] as const;

function pageInfo(s: SiteModel, sites: SiteModel[]): PageSiteInfo {
  return {
    isCity: s.level === 'city', name: s.name, fullName: s.fullName, place: s.level === 'city' ? CITY.place : s.place,
    address: s.address, phone: s.phone, email: s.email, leaders: s.leaders,
    units: s.units.map((u) => ({ name: u.name, kind: u.kind, leaderName: u.leader.name, leaderTitle: u.leaderTitle, phone: u.phone, email: `${u.email}@${EMAIL_DOMAIN}` })),
    ...(s.ward ? { ward: s.ward } : {}),
    ...(s.level === 'city' ? { children: sites.filter((c) => c !== s).map((c) => ({ name: c.name, level: c.level })) } : {}),
  };
}

async function writePages(writer: BulkWriter, sites: SiteModel[], setupAt: string, rng: Rng): Promise<number> {
  const { columns, pick } = await existingColumns(writer, 'contents', CONTENT_COLUMNS);
  const rows: unknown[][] = [];
  for (const s of sites) {
    const info = pageInfo(s, sites);
    const drafts = [...introductionPages(info).map((p) => ({ p, section: 'gioi-thieu' })), { p: directoryPage(info), section: 'danh-ba-lien-he' }];
    drafts.forEach(({ p, section }, i) => {
      rows.push(pick({
        site_id: s.id, kind: 'page', section_id: s.sectionIds.get(section) ?? null, unit_id: null, slug: slugify(p.title), title: p.title,
        summary: p.summary, body_html: p.bodyHtml, search_text: foldDiacritics(`${p.title} ${p.summary} ${stripTags(p.bodyHtml)}`),
        genre: 'article', author_name: '', source_name: '', source_url: '', cover_media_id: null, cover_caption: '', cover_alt: '',
        is_featured: 0, status: 'published', published_at: setupAt, revision: 1, view_count: rng.int(50, 3000), sort_order: i + 1,
        origin_content_id: null, needs_review: 0, status_changed_at: setupAt, created_by: null, updated_by: null, created_at: setupAt, updated_at: setupAt,
      }));
    });
  }
  await writer.insert('contents', columns, rows);
  return rows.length;
}

/** Picks a site in proportion to its weight (binary search over the running sums). */
function sitePicker(sites: SiteModel[]): (r: number) => SiteModel {
  const sums: number[] = [];
  let total = 0;
  for (const s of sites) sums.push((total += s.weight));
  return (r) => {
    const x = r * total;
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sums[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return sites[lo]!;
  };
}

function contextFor(site: SiteModel, areas: readonly string[], areaWord: string, local: Date, rng: Rng): NewsContext {
  const isCity = site.level === 'city';
  const place = isCity ? 'thành phố' : site.place;
  const shortName = site.name.replace(/^(Phường|Xã) /, '');
  const leaderRef = (l: LeaderInfo) => `${honorific(l.person).toLowerCase()} <strong>${l.person.name}</strong>, ${l.title},`;
  const [area, area2] = rng.sample(areas, 2) as [string, string];
  // When the event took place, as the lead says it: the day before for a morning item.
  const h = local.getUTCHours();
  const event = h < 11 ? new Date(local.getTime() - DAY) : local;
  const part = h < 11 ? rng.pick(['Chiều', 'Ngày', 'Tối']) : h < 17 ? 'Sáng' : rng.pick(['Chiều', 'Ngày']);
  const day = event.getUTCDate();
  const month = event.getUTCMonth() + 1;
  const year = event.getUTCFullYear();
  const values = new Map<string, number>();
  return {
    isCity, Place: isCity ? 'TP. Tây Ninh' : site.name, place, ubnd: `UBND ${place}`, areaWord, area, area2: area2 ?? area,
    street: rng.pick(STREETS), school: rng.pick(SCHOOLS), market: isCity ? 'chợ trung tâm thành phố' : `chợ ${shortName}`,
    youth: isCity ? 'Thành đoàn Tây Ninh' : `Đoàn ${place}`, front: `Ủy ban MTTQ Việt Nam ${place}`, women: `Hội Liên hiệp Phụ nữ ${place}`,
    farmers: `Hội Nông dân ${place}`, health: isCity ? 'Trung tâm Y tế thành phố' : `Trạm Y tế ${place}`, police: `Công an ${place}`,
    military: `Ban Chỉ huy Quân sự ${place}`, chair: leaderRef(site.leaders[0]!), speaker: leaderRef(rng.pick(site.leaders)),
    when: `${part} ${day}/${month}`, day, month, year, period: periodOf(month, year),
    num(key, min = 1, max = 10) {
      let v = values.get(key);
      if (v === undefined) values.set(key, (v = rng.int(min, max)));
      return v;
    },
    fmt: (n) => numberFormat.format(n),
  };
}

function unitIndexFor(t: NewsTemplate, site: SiteModel, rng: Rng): number {
  const radio = site.units.findIndex((u) => u.kind === 'radio');
  if (radio >= 0 && rng.chance(0.3)) return radio;
  for (const hint of t.unitHints) {
    const i = site.units.findIndex((u) => u.name.includes(hint));
    if (i >= 0) return i;
  }
  return rng.int(0, site.units.length - 1);
}

async function writeNews(writer: BulkWriter, sites: SiteModel[], images: { spec: SceneSpec }[], total: number, now: Date, rng: Rng, log: (m: string) => void): Promise<number> {
  if (total <= 0) return 0;
  const { columns, pick } = await existingColumns(writer, 'contents', CONTENT_COLUMNS);
  const pipeline = new Pipeline(writer);
  const progress = new Progress('tin bài', total, log);
  const pickSite = sitePicker(sites);
  const areasOf = new Map(sites.map((s) => [s, s.level === 'city' ? sites.filter((x) => x !== s).map((x) => x.place) : s.ward!.areas]));
  const byMonth = new Map<number, NewsTemplate[]>();
  for (let m = 1; m <= 12; m++) byMonth.set(m, NEWS_TEMPLATES.filter((t) => !t.months || t.months.includes(m)));
  // Ids follow time, as on a real portal: item i is published in the i-th slice of the two years.
  const end = now.getTime() - HOUR;
  const start = end - NEWS_SPAN_DAYS * DAY;
  const slice = (end - start) / total;
  let written = 0;
  let seq = 0;
  for (let from = 0; from < total; from += CHUNK) {
    const n = Math.min(CHUNK, total - from);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      // Published between 06:00 and 21:59 portal time on the slice's day.
      const t = start + (from + i + rng.next()) * slice;
      const localDay = Math.floor((t + PORTAL_OFFSET) / DAY) * DAY;
      const local = localDay + rng.int(6, 21) * HOUR + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000;
      times.push(Math.min(end, local - PORTAL_OFFSET));
    }
    times.sort((a, b) => a - b);
    const rows: unknown[][] = [];
    for (const t of times) {
      const site = pickSite(rng.next());
      const local = new Date(t + PORTAL_OFFSET);
      const isCity = site.level === 'city';
      const c = contextFor(site, areasOf.get(site)!, isCity ? 'phường, xã' : site.level === 'ward' ? 'khu phố' : 'ấp', local, rng);
      const genre = rng.chance(0.25) ? 'article' : 'news';
      let title: string;
      let summary: string;
      let bodyHtml: string;
      let caption: string;
      let sectionSlug: string;
      let template: NewsTemplate;
      if (rng.chance(0.15)) {
        // Notices, legal education, draft consultations…: plainer text in the other news sections.
        sectionSlug = rng.pick(NOTICE_SECTIONS);
        template = rng.pick(NEWS_TEMPLATES);
        title = rng.pick(NOTICE_TITLES[sectionSlug as (typeof NOTICE_SECTIONS)[number]])(c);
        ({ summary, bodyHtml } = noticeBody(c, rng));
        caption = template.caption(c);
      } else {
        template = rng.pick(byMonth.get(local.getUTCMonth() + 1)!);
        const composed = composeNews(template, c, genre, rng);
        ({ title, summary, caption } = composed);
        const more = rng.sample(MORE_PARAGRAPHS, rng.int(1, 3)).map((p) => `<p>${p(c)}</p>`);
        const blocks = composed.bodyHtml.split('\n');
        blocks.splice(Math.max(1, blocks.length - 1), 0, ...more);
        bodyHtml = blocks.join('\n');
        sectionSlug = rng.chance(0.1) ? 'tin-tuc-su-kien' : template.section;
      }
      const sectionId = site.sectionIds.get(sectionSlug) ?? site.sectionIds.get('tin-tuc-su-kien') ?? null;
      const sceneIndex = rng.int(0, images.length - 1);
      const scene = images[sceneIndex]!.spec;
      const press = rng.chance(0.12) ? rng.pick(PRESS_SOURCES) : null;
      const slug = `${slugify(title, 70)}-${(++seq).toString(36)}`;
      const publishedAt = iso(t);
      rows.push(pick({
        site_id: site.id, kind: 'news', section_id: sectionId, unit_id: site.unitIds[unitIndexFor(template, site, rng)] ?? null, slug,
        title, summary, body_html: bodyHtml, search_text: fastFold(`${title} ${summary} ${stripTags(bodyHtml)}`), genre,
        author_name: rng.pick(site.authors), source_name: press?.name ?? '',
        source_url: press ? press.base + press.path(slugify(title, 60), rng.int(100_000, 999_999)) : '',
        cover_media_id: site.mediaIds[sceneIndex] ?? null, cover_caption: `${caption} (ảnh minh họa)`, cover_alt: scene.alt,
        is_featured: rng.chance(0.02) ? 1 : 0, status: 'published', published_at: publishedAt, revision: 1,
        view_count: rng.int(20, 3000), sort_order: 0, origin_content_id: null, needs_review: 0, status_changed_at: publishedAt,
        created_by: null, updated_by: null, created_at: iso(t - rng.int(1, 20) * HOUR), updated_at: publishedAt,
      }));
    }
    await pipeline.push('contents', columns, rows);
    written += rows.length;
    progress.tick(written);
  }
  await pipeline.drain();
  progress.tick(written, true);
  return written;
}

/* ------------------------------------------------------------------ documents */

interface DocumentFacts {
  siteId: number;
  sectionId: number | null;
  numberSymbol: string;
  typeCode: string;
  typeLabel: string;
  issuer: string;
  signer: string;
  signerTitle: string;
  issuedOn: string;
  effectiveOn: string;
  expiresOn: string | null;
  abstract: string;
  field: string;
  validity: 'in_force' | 'expired' | 'replaced';
  /** A legal (normative) document: council resolutions, some decisions, directives. */
  normative: boolean;
  createdAt: string;
}

type DocumentGetter = (d: DocumentFacts, seq: number) => unknown;

/**
 * How to fill one column of the documents table, by its name (the table belongs to issue 5 and may change:
 * only columns that exist are set; null leaves the column to its default; a required column nobody can guess
 * stops the documents, not the run).
 */
function documentGetter(col: ColumnInfo): DocumentGetter | null {
  const n = col.name.toLowerCase();
  const at = /_at$/.test(n);
  const date = (v: string | null) => (v === null ? null : at ? `${v}T01:00:00.000Z` : v);
  const fixed = (v: unknown): DocumentGetter => () => v;
  if (n === 'site_id') return (d) => d.siteId;
  if (n === 'section_id') return (d) => d.sectionId;
  if (/signer_(title|position|role)/.test(n)) return (d) => d.signerTitle;
  if (/sign(er|ed_by)/.test(n)) return (d) => d.signer;
  if (/(number|symbol|so_ky_hieu|code_no)/.test(n)) return (d) => d.numberSymbol;
  if (/^(doc_|document_)?(type|form|kind)(_code)?$/.test(n)) return (d) => d.typeCode;
  if (/(issuer|issuing|agency|authority|co_quan)/.test(n)) return (d) => d.issuer;
  if (/(issued|issue_date|signed_(on|at|date)|promulgat)/.test(n)) return (d) => date(d.issuedOn);
  if (/effective_(on|from|date|at)|in_force_(on|from)/.test(n)) return (d) => date(d.effectiveOn);
  if (/(expir|effective_(to|until)|valid_until|ends?_(on|at))/.test(n)) return (d) => date(d.expiresOn);
  if (/(abstract|trich_yeu|summary|title|excerpt|subject)/.test(n)) return (d) => d.abstract;
  if (/(field|linh_vuc|domain|category|topic)/.test(n)) return (d) => d.field;
  if (/(validity|legal_status|hieu_luc|effect_status)/.test(n)) return (d) => d.validity;
  if (n === 'status') return fixed('published');
  if (n === 'published_at') return (d) => `${d.issuedOn}T02:00:00.000Z`;
  if (n === 'slug') return (d, seq) => `${slugify(`${d.typeLabel} ${d.numberSymbol}`, 80)}-${seq.toString(36)}`;
  if (n === 'search_text') return (d) => fastFold(`${d.numberSymbol} ${d.typeLabel} ${d.abstract} ${d.issuer} ${d.signer}`);
  if (n === 'created_at' || n === 'updated_at' || n === 'status_changed_at') return (d) => d.createdAt;
  if (n === 'is_normative') return (d) => (d.normative ? 1 : 0);
  if (n === 'is_own') return fixed(1);
  if (/^(is_|has_|show_)/.test(n)) return col.hasDefaultValue ? null : fixed(0);
  if (/_by$|_id$/.test(n)) return col.isNullable ? fixed(null) : null;
  if (n === 'revision') return fixed(1);
  if (n === 'view_count' || n === 'download_count' || n === 'sort_order') return col.hasDefaultValue ? null : fixed(0);
  if (/(body|content|note|html|description|text|url|reason)/.test(n)) return col.hasDefaultValue ? null : fixed('');
  return null;
}

async function writeDocuments(writer: BulkWriter, sites: SiteModel[], total: number, now: Date, rng: Rng, log: (m: string) => void): Promise<{ count: number; skipped: string | null }> {
  const cols = (await writer.columns('documents')).filter((c) => !c.isAutoIncrementing);
  const getters = cols.map((c) => ({ column: c, get: documentGetter(c) }));
  const unknown = getters.filter((g) => g.get === null && !g.column.hasDefaultValue && !g.column.isNullable).map((g) => g.column.name);
  if (unknown.length > 0) return { count: 0, skipped: `không đoán được giá trị cho cột bắt buộc của bảng documents: ${unknown.join(', ')}` };
  const used = getters.flatMap((g) => (g.get ? [{ name: g.column.name, get: g.get }] : []));
  const columns = used.map((c) => c.name);
  log(`  Văn bản: bảng documents có các cột ${cols.map((c) => c.name).join(', ')}; điền ${columns.length} cột.`);

  const pipeline = new Pipeline(writer);
  const progress = new Progress('văn bản', total, log);
  const pickSite = sitePicker(sites);
  const typeWeights = DOC_TYPES.reduce((n, t) => n + t.weight, 0);
  const pickType = () => {
    let x = rng.next() * typeWeights;
    for (const t of DOC_TYPES) if ((x -= t.weight) < 0) return t;
    return DOC_TYPES[0];
  };
  const counters = new Map<string, number>(); // "siteId:year:type" → last number
  const end = now.getTime() - DAY;
  const start = end - 8 * 365 * DAY;
  const slice = (end - start) / total;
  let written = 0;
  for (let from = 0; from < total; from += CHUNK) {
    const n = Math.min(CHUNK, total - from);
    const rows: unknown[][] = [];
    for (let i = 0; i < n; i++) {
      const seq = from + i + 1;
      const t = start + (from + i + rng.next()) * slice;
      const site = pickSite(rng.next());
      const type = pickType();
      const field = rng.pick(DOC_FIELDS);
      const issued = new Date(t + PORTAL_OFFSET).toISOString().slice(0, 10);
      const year = Number(issued.slice(0, 4));
      const council = type.code === 'nghi-quyet';
      const key = `${site.id}:${year}:${council ? 'hd' : 'ub'}`;
      const number = (counters.get(key) ?? 0) + rng.int(1, 3);
      counters.set(key, number);
      const body = council ? 'HĐND' : 'UBND';
      const numberSymbol = type.abbr ? `${number}/${type.abbr}-${body}` : `${number}/UBND-${rng.pick(['VP', 'KT', 'VHXH', 'TCKH'])}`;
      const leader = council ? site.leaders[0]! : rng.pick(site.leaders);
      const topic = rng.pick(field.topics);
      const abstract = `${rng.pick(VERBS[type.code] ?? ['Về việc'])} ${topic}${rng.chance(0.5) ? ` năm ${year}` : ''} trên địa bàn ${site.level === 'city' ? 'thành phố' : site.place}`;
      const effective = new Date(Date.parse(issued) + (council ? 10 : rng.int(0, 3)) * DAY).toISOString().slice(0, 10);
      const age = (end - t) / (365 * DAY);
      const validity = age > 3 && rng.chance(0.4) ? (rng.chance(0.5) ? 'replaced' : 'expired') : 'in_force';
      const d: DocumentFacts = {
        siteId: site.id,
        sectionId: site.sectionIds.get(council || type.code === 'chi-thi' || type.code === 'quy-che' ? 'van-ban-quy-pham-phap-luat' : 'van-ban-hanh-chinh') ?? null,
        numberSymbol, typeCode: type.code, typeLabel: type.label,
        issuer: council ? `Hội đồng nhân dân ${site.level === 'city' ? 'thành phố Tây Ninh' : site.place}` : site.fullName,
        signer: leader.person.name, signerTitle: leader.title, issuedOn: issued, effectiveOn: effective,
        expiresOn: validity === 'expired' ? new Date(Date.parse(effective) + rng.int(365, 1500) * DAY).toISOString().slice(0, 10) : null,
        abstract: abstract.charAt(0).toUpperCase() + abstract.slice(1), field: field.code, validity, createdAt: iso(t + HOUR),
        normative: council || type.code === 'chi-thi' || (type.code === 'quyet-dinh' && rng.chance(0.1)),
      };
      rows.push(used.map((c) => c.get(d, seq)));
    }
    await pipeline.push('documents', columns, rows);
    written += rows.length;
    progress.tick(written);
  }
  await pipeline.drain();
  progress.tick(written, true);
  return { count: written, skipped: null };
}

/* ------------------------------------------------------------------ command line */

function parseArgs(argv: string[]): { sites: number; news: number; documents: number; seed: number } {
  const out = { sites: 150, news: 1_000_000, documents: 100_000, seed: 7 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const m = /^--(sites|news|documents|seed)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`Tham số không hợp lệ: ${a} (dùng --sites, --news, --documents, --seed)`);
    const raw = m[2] ?? argv[++i];
    const value = Number(String(raw).replace(/[_,.]/g, ''));
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${m[1]}: cần một số nguyên không âm`);
    out[m[1] as keyof typeof out] = value;
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const mediaDir = join(config.dataDir, 'media');
  try {
    await generateProvince({ databaseUrl: config.databaseUrl, mediaDir, ...args });
  } catch (err) {
    if (err instanceof RefusedError) {
      console.error(err.message);
      process.exitCode = 3;
      return;
    }
    throw err;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error('Không tạo được dữ liệu:', err);
    process.exitCode = 1;
  });
}

