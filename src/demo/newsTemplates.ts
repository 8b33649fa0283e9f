/**
 * Templates for the demo news items: the everyday events of a Vietnamese city and its wards
 * (conferences, meetings with voters, clean-up days, vaccination, digital transformation…).
 * Each template describes one event; its title variants are rephrasings of that same event, and
 * every number drawn for an item (c.num) is drawn once, so title, summary and body agree.
 *
 * Body HTML uses only <p>, <strong>, <em>, <ul>/<li> and <h2>, and no character that needs escaping.
 */
import type { Rng } from './random.ts';
import type { SceneLayout } from './scenes.ts';

export type NewsSectionSlug = 'tin-tuc-su-kien' | 'chinh-tri' | 'kinh-te' | 'van-hoa-xa-hoi' | 'quoc-phong-an-ninh' | 'cai-cach-hanh-chinh';

/** Everything a template may say about the site, the place and the day of an item. */
export interface NewsContext {
  isCity: boolean;
  /** Start of a title: "TP. Tây Ninh" / "Phường Tân Ninh". */
  Place: string;
  /** Mid-sentence: "thành phố" / "phường Tân Ninh". */
  place: string;
  /** "UBND thành phố" / "UBND phường Tân Ninh". */
  ubnd: string;
  /** The residential areas' word: "phường, xã" (city) / "khu phố" / "ấp". */
  areaWord: string;
  /** One area: "phường Ninh Sơn" (city) / "khu phố 3" / "ấp Thạnh Lợi". */
  area: string;
  /** Another area, different from `area`. */
  area2: string;
  street: string;
  school: string;
  market: string;
  youth: string;
  front: string;
  women: string;
  farmers: string;
  health: string;
  police: string;
  military: string;
  /** "ông Nguyễn Văn Hùng, Chủ tịch UBND phường Tân Ninh". */
  chair: string;
  /** The chair or a vice-chair, whoever attends. */
  speaker: string;
  /** "Sáng 15/9". */
  when: string;
  day: number;
  month: number;
  year: number;
  period: { label: string; next: string; verb: string };
  /** A number drawn once per key for this item. */
  num(key: string, min?: number, max?: number): number;
  /** "1.250" */
  fmt(n: number): string;
}

export interface NewsTemplate {
  key: string;
  section: NewsSectionSlug;
  /** Substrings of unit names that would send this item (first match wins). */
  unitHints: readonly string[];
  layouts: readonly SceneLayout[];
  /** Local months in which the event makes sense; any month when absent. */
  months?: readonly number[];
  titles: readonly ((c: NewsContext) => string)[];
  /** The sapo (summary); may contain <em>, stripped for the summary field. */
  lead: (c: NewsContext) => string;
  details: readonly [(c: NewsContext) => string, (c: NewsContext) => string];
  results: (c: NewsContext) => { intro: string; items: string[] };
  heading: (c: NewsContext) => string;
  quote: (c: NewsContext) => string;
  caption: (c: NewsContext) => string;
}

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The reporting period an item written in `month` talks about. */
export function periodOf(month: number, year: number): { label: string; next: string; verb: string } {
  if (month === 6 || month === 7) return { label: `6 tháng đầu năm ${year}`, next: '6 tháng cuối năm', verb: 'sơ kết' };
  if (month === 9 || month === 10) return { label: `9 tháng năm ${year}`, next: 'quý IV', verb: 'đánh giá' };
  if (month === 12) return { label: `năm ${year}`, next: `năm ${year + 1}`, verb: 'tổng kết' };
  if (month === 1) return { label: `năm ${year - 1}`, next: `năm ${year}`, verb: 'tổng kết' };
  if (month === 4) return { label: `quý I năm ${year}`, next: 'quý II', verb: 'đánh giá' };
  const prev = month - 1;
  return { label: `tháng ${prev} năm ${year}`, next: `tháng ${month}`, verb: 'đánh giá' };
}

const ALL_BUT_SUMMER = [1, 2, 3, 4, 5, 9, 10, 11, 12] as const;
const RAINY = [4, 5, 6, 7, 8, 9, 10, 11] as const;

export const NEWS_TEMPLATES: readonly NewsTemplate[] = [
  {
    key: 'so-ket',
    section: 'chinh-tri',
    unitHints: ['Văn phòng HĐND'],
    layouts: ['civic'],
    titles: [
      (c) => `${c.Place} ${c.period.verb} tình hình kinh tế – xã hội ${c.period.label}`,
      (c) => `${c.Place} triển khai nhiệm vụ trọng tâm ${c.period.next}`,
      (c) => `Hội nghị ${c.period.verb} kết quả thực hiện nhiệm vụ ${c.period.label} của ${c.ubnd}`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} tổ chức hội nghị ${c.period.verb} tình hình kinh tế – xã hội, quốc phòng – an ninh ${c.period.label} và triển khai nhiệm vụ trọng tâm ${c.period.next}.`,
    details: [
      (c) => `Theo báo cáo, trong ${c.period.label}, ${c.place} đạt và vượt ${c.num('dat', 9, 14)}/${c.num('dat') + c.num('chua', 1, 3)} chỉ tiêu chủ yếu; thu ngân sách nhà nước ước đạt ${c.num('ns', 58, 96)}% dự toán; công tác chỉnh trang đô thị, bảo đảm an sinh xã hội được quan tâm thực hiện; tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững.`,
      (c) => `Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như tiến độ giải ngân vốn đầu tư công còn chậm; tình trạng lấn chiếm lòng lề đường, xả rác nơi công cộng vẫn còn xảy ra ở một số ${c.areaWord}; việc cập nhật thông tin lên cổng thông tin điện tử ở một số đơn vị chưa kịp thời.`,
    ],
    results: (c) => ({
      intro: 'Một số kết quả nổi bật trong kỳ:',
      items: [
        `${c.num('dh', 95, 99)}% hồ sơ thủ tục hành chính được giải quyết trước và đúng hạn, trong đó ${c.num('tt', 60, 88)}% hồ sơ nộp trực tuyến`,
        `Hỗ trợ ${c.num('ho', 12, 60)} hộ nghèo, hộ cận nghèo vay vốn sản xuất, kinh doanh`,
        `Tổ chức ${c.num('tt2', 8, 30)} cuộc tuyên truyền, phổ biến pháp luật với hơn ${c.fmt(c.num('luot', 600, 3000))} lượt người tham dự`,
        `Ra mắt ${c.num('mh', 2, 6)} mô hình tự quản về an ninh trật tự và bảo vệ môi trường`,
      ],
    }),
    heading: () => 'Nhiều chỉ tiêu đạt và vượt kế hoạch',
    quote: (c) => `Phát biểu chỉ đạo, ${c.speaker} đề nghị các ngành, đoàn thể và các ${c.areaWord} bám sát kế hoạch, tập trung tháo gỡ khó khăn, đẩy nhanh tiến độ các công trình trọng điểm, phấn đấu hoàn thành cao nhất các chỉ tiêu năm ${c.year}.`,
    caption: (c) => `Quang cảnh hội nghị ${c.period.verb} ${c.period.label} của ${c.ubnd}`,
  },
  {
    key: 'tiep-xuc-cu-tri',
    section: 'chinh-tri',
    unitHints: ['Hội đồng nhân dân', 'Văn phòng HĐND'],
    layouts: ['civic'],
    titles: [
      (c) => `Đại biểu HĐND ${c.place} tiếp xúc cử tri ${c.area}`,
      (c) => `Cử tri ${c.area} kiến nghị nâng cấp hạ tầng, bảo đảm an ninh trật tự`,
      (c) => `Tổ đại biểu HĐND ${c.place} lắng nghe ý kiến cử tri ${c.area}`,
    ],
    lead: (c) => `${c.when}, Tổ đại biểu Hội đồng nhân dân ${c.place} đơn vị bầu cử số ${c.num('dv', 1, 5)} tiếp xúc cử tri ${c.area} trước kỳ họp thường lệ của Hội đồng nhân dân.`,
    details: [
      (c) => `Tại buổi tiếp xúc, các đại biểu đã thông tin đến cử tri dự kiến nội dung kỳ họp, kết quả thực hiện nhiệm vụ phát triển kinh tế – xã hội và kết quả giải quyết các kiến nghị của cử tri từ kỳ họp trước. Đã có ${c.num('yk', 8, 18)} lượt cử tri phát biểu ý kiến.`,
      (c) => `Cử tri ${c.area} bày tỏ phấn khởi trước những chuyển biến về hạ tầng, cảnh quan đô thị và chất lượng phục vụ của bộ phận Một cửa, đồng thời mong muốn chính quyền tiếp tục quan tâm giải quyết dứt điểm những vấn đề dân sinh bức xúc.`,
    ],
    results: (c) => ({
      intro: 'Các ý kiến tập trung vào những nội dung:',
      items: [
        `Sửa chữa ${c.street} đã xuống cấp, thường xuyên đọng nước khi trời mưa lớn`,
        'Lắp đặt thêm đèn chiếu sáng công cộng tại các hẻm',
        'Xử lý tình trạng buôn bán lấn chiếm lòng lề đường, đậu xe không đúng nơi quy định',
        'Đẩy nhanh tiến độ cấp giấy chứng nhận quyền sử dụng đất',
      ],
    }),
    heading: () => 'Nhiều kiến nghị sát với đời sống',
    quote: (c) => `Tham dự buổi tiếp xúc, ${c.speaker} đã tiếp thu, giải trình các ý kiến thuộc thẩm quyền; những kiến nghị vượt thẩm quyền được tổng hợp, chuyển đến cơ quan có thẩm quyền xem xét, trả lời cử tri theo quy định.`,
    caption: (c) => `Cử tri ${c.area} phát biểu ý kiến tại buổi tiếp xúc`,
  },
  {
    key: 'tiep-cong-dan',
    section: 'chinh-tri',
    unitHints: ['Thanh tra', 'Văn phòng HĐND'],
    layouts: ['civic'],
    titles: [
      (c) => `Chủ tịch UBND ${c.place} tiếp công dân định kỳ tháng ${c.month}`,
      (c) => `${c.Place}: giải thích, hướng dẫn thấu đáo ${c.num('xong', 2, 4)} vụ việc tại buổi tiếp công dân`,
    ],
    lead: (c) => `${c.when}, ${c.chair} chủ trì buổi tiếp công dân định kỳ tháng ${c.month}, tiếp nhận ${c.num('luot', 6, 20)} lượt công dân đến trình bày ${c.num('xong') + c.num('con', 2, 8)} vụ việc.`,
    details: [
      (c) => `Các vụ việc chủ yếu liên quan đến tranh chấp ranh giới đất, cấp giấy chứng nhận quyền sử dụng đất, bồi thường, hỗ trợ khi Nhà nước thu hồi đất và trật tự xây dựng. Tham dự buổi tiếp có đại diện các cơ quan chuyên môn và lãnh đạo các ${c.areaWord} có liên quan.`,
      (c) => `Sau khi nghe công dân trình bày và ý kiến của các cơ quan chuyên môn, ${c.num('xong')} vụ việc đã được giải thích, hướng dẫn thấu đáo ngay tại buổi tiếp; các vụ việc còn lại được giao cơ quan chuyên môn kiểm tra, xác minh và báo cáo trong thời hạn quy định.`,
    ],
    results: (c) => ({
      intro: 'Kết luận buổi tiếp, Chủ tịch UBND giao:',
      items: [
        'Văn phòng tổng hợp, theo dõi tiến độ giải quyết từng vụ việc, thông báo kết quả cho công dân',
        'Công chức địa chính kiểm tra hiện trạng, đối chiếu hồ sơ địa chính đối với các trường hợp tranh chấp ranh giới',
        `${c.isCity ? 'UBND các phường, xã' : `Ban điều hành các ${c.areaWord}`} phối hợp hòa giải ở cơ sở, không để phát sinh khiếu nại vượt cấp`,
      ],
    }),
    heading: () => 'Giải quyết kịp thời, đúng thẩm quyền',
    quote: (c) => `Kết thúc buổi tiếp, ${c.chair} yêu cầu các cơ quan, đơn vị được giao nhiệm vụ khẩn trương giải quyết, trả lời công dân đúng thời hạn, không để vụ việc tồn đọng, kéo dài.`,
    caption: (c) => `Buổi tiếp công dân định kỳ tháng ${c.month} tại trụ sở ${c.ubnd}`,
  },
  {
    key: 'don-ve-sinh',
    section: 'van-hoa-xa-hoi',
    unitHints: ['Đoàn', 'Thành đoàn', 'Tài nguyên và Môi trường'],
    layouts: ['urban', 'riverside'],
    titles: [
      (c) => `${c.Place} ra quân dọn vệ sinh môi trường tại ${c.area}`,
      (c) => `Sôi nổi “Ngày Chủ nhật xanh” ở ${c.area}`,
      (c) => `Hơn ${c.num('nguoi', 150, 600)} đoàn viên, người dân chung tay làm sạch ${c.area}`,
    ],
    lead: (c) => `${c.when}, ${c.youth} phối hợp ${c.front} tổ chức ra quân hưởng ứng <em>“Ngày Chủ nhật xanh”</em> tại ${c.area}, thu hút hơn ${c.num('nguoi', 150, 600)} đoàn viên, thanh niên và người dân tham gia.`,
    details: [
      (c) => `Các lực lượng đã phát quang bụi rậm, thu gom rác thải dọc ${c.street} và các tuyến hẻm, nạo vét khoảng ${c.num('cong', 120, 600)} mét cống thoát nước, đồng thời vận động các hộ dân ký cam kết không xả rác ra đường, kênh rạch.`,
      (c) => `Đây là hoạt động được duy trì định kỳ hằng tháng, góp phần nâng cao ý thức bảo vệ môi trường của người dân và xây dựng cảnh quan ${c.place} ngày càng xanh – sạch – đẹp.`,
    ],
    results: (c) => ({
      intro: 'Kết quả sau buổi ra quân:',
      items: [
        `Thu gom khoảng ${c.num('tan', 2, 12)} tấn rác thải các loại`,
        `Phát quang ${c.fmt(c.num('m2', 800, 5000))} m² bụi rậm, cỏ dại`,
        `Trồng mới ${c.num('cay', 20, 150)} cây xanh trên các tuyến hẻm`,
        `Trao tặng ${c.num('thung', 30, 120)} thùng rác cho các hộ kinh doanh`,
      ],
    }),
    heading: () => 'Duy trì thành nếp sinh hoạt hằng tháng',
    quote: (c) => `Phát biểu tại chương trình, ${c.speaker} đề nghị mỗi hộ gia đình tự giác giữ gìn vệ sinh trước nhà, phân loại rác tại nguồn, cùng chung tay xây dựng ${c.place} xanh – sạch – đẹp.`,
    caption: (c) => `Đoàn viên, thanh niên ra quân dọn vệ sinh môi trường tại ${c.area}`,
  },
  {
    key: 'tiem-chung',
    section: 'van-hoa-xa-hoi',
    unitHints: ['Y tế'],
    layouts: ['civic', 'urban'],
    titles: [
      (c) => `${c.Place} tiêm vắc xin sởi – rubella cho trẻ em`,
      (c) => `Bảo đảm an toàn tiêm chủng mở rộng tại ${c.area}`,
      (c) => `Hơn ${c.fmt(c.num('tre', c.isCity ? 6000 : 300, c.isCity ? 15000 : 1500))} trẻ em ở ${c.place} được tiêm vắc xin sởi – rubella`,
    ],
    lead: (c) => `${c.when}, ${c.health} tổ chức đợt tiêm chủng mở rộng, tập trung tiêm vắc xin sởi – rubella cho trẻ từ 1 đến 5 tuổi; hơn ${c.fmt(c.num('tre', c.isCity ? 6000 : 300, c.isCity ? 15000 : 1500))} trẻ em trên địa bàn sẽ được tiêm trong đợt này.`,
    details: [
      (c) => `Để bảo đảm an toàn, điểm tiêm được bố trí theo quy trình một chiều, có khu vực khám sàng lọc, tư vấn và theo dõi sau tiêm ít nhất 30 phút. Cán bộ y tế các ${c.areaWord} đã rà soát danh sách, gửi giấy mời đến từng hộ gia đình có trẻ trong độ tuổi.`,
      () => 'Phụ huynh mang theo sổ tiêm chủng hoặc cập nhật thông tin tiêm chủng trên ứng dụng VNeID; trường hợp trẻ đang sốt, mắc bệnh cấp tính sẽ được hẹn tiêm bù vào đợt sau.',
    ],
    results: () => ({
      intro: 'Lưu ý dành cho phụ huynh:',
      items: [
        'Cho trẻ ăn no, mặc quần áo thoáng mát trước khi đến điểm tiêm',
        'Thông báo cho cán bộ y tế tiền sử dị ứng, bệnh lý của trẻ',
        'Theo dõi trẻ tại nhà ít nhất 24 giờ sau tiêm, đưa trẻ đến cơ sở y tế ngay khi có dấu hiệu bất thường',
        'Giữ phiếu xác nhận tiêm để bổ sung vào hồ sơ tiêm chủng',
      ],
    }),
    heading: () => 'Tiêm đúng lịch, đủ liều',
    quote: (c) => `Kiểm tra tại điểm tiêm, ${c.speaker} đề nghị các ${c.areaWord} phối hợp chặt chẽ với ngành y tế, vận động phụ huynh đưa trẻ đi tiêm đúng lịch, không để sót đối tượng, bảo đảm tỷ lệ tiêm chủng đầy đủ đạt trên 95%.`,
    caption: () => 'Cán bộ y tế khám sàng lọc cho trẻ trước khi tiêm',
  },
  {
    key: 'sot-xuat-huyet',
    section: 'van-hoa-xa-hoi',
    unitHints: ['Y tế'],
    layouts: ['urban', 'rural'],
    months: RAINY,
    titles: [
      (c) => `${c.Place} ra quân chiến dịch diệt lăng quăng, phòng chống sốt xuất huyết`,
      (c) => `Chủ động phòng, chống dịch sốt xuất huyết tại ${c.area}`,
      (c) => `${c.Place}: vận động người dân loại bỏ nơi sinh sản của muỗi`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} phối hợp ${c.health} ra quân chiến dịch diệt lăng quăng, bọ gậy phòng, chống dịch sốt xuất huyết tại ${c.area} và ${c.area2}.`,
    details: [
      () => 'Các tổ xung kích gồm nhân viên y tế, đoàn viên thanh niên và cộng tác viên dân số đã đến từng hộ gia đình hướng dẫn đậy kín dụng cụ chứa nước, thả cá diệt lăng quăng, thu gom vật dụng phế thải có thể đọng nước như lốp xe, chai lọ, gáo dừa.',
      (c) => `Theo ${c.health}, từ đầu năm đến nay trên địa bàn ghi nhận ${c.num('ca', 3, 28)} ca mắc sốt xuất huyết, giảm so với cùng kỳ năm trước, không có trường hợp tử vong. Tuy nhiên, mùa mưa là thời điểm muỗi vằn phát triển mạnh nên nguy cơ bùng phát dịch vẫn còn cao.`,
    ],
    results: (c) => ({
      intro: 'Kết quả đợt ra quân:',
      items: [
        `Kiểm tra ${c.fmt(c.num('ho', 400, 1800))} hộ gia đình`,
        `Xử lý ${c.fmt(c.num('vat', 900, 4000))} vật dụng có chứa lăng quăng`,
        `Phát ${c.fmt(c.num('to', 500, 2000))} tờ rơi tuyên truyền`,
        `Phun hóa chất diệt muỗi tại ${c.num('o', 1, 4)} ổ dịch nhỏ`,
      ],
    }),
    heading: () => 'Mỗi gia đình là một pháo đài phòng dịch',
    quote: (c) => `Tại buổi ra quân, ${c.speaker} khuyến cáo người dân khi có dấu hiệu sốt cao đột ngột, xuất huyết dưới da cần đến ngay cơ sở y tế để được khám và điều trị kịp thời, tuyệt đối không tự ý điều trị tại nhà.`,
    caption: (c) => `Tổ xung kích hướng dẫn người dân diệt lăng quăng tại ${c.area}`,
  },
  {
    key: 'nha-dai-doan-ket',
    section: 'van-hoa-xa-hoi',
    unitHints: ['Mặt trận'],
    layouts: ['rural', 'urban'],
    titles: [
      (c) => `Trao nhà Đại đoàn kết cho hộ khó khăn ở ${c.area}`,
      (c) => `${c.Place} bàn giao ${c.num('nha', 2, 6)} căn nhà Đại đoàn kết`,
      (c) => `Niềm vui an cư của hộ nghèo ${c.area}`,
    ],
    lead: (c) => `${c.when}, ${c.front} phối hợp ${c.ubnd} tổ chức bàn giao ${c.num('nha', 2, 6)} căn nhà Đại đoàn kết cho các hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở tại ${c.area}, thuộc chương trình xóa nhà tạm, nhà dột nát.`,
    details: [
      (c) => `Mỗi căn nhà có diện tích sử dụng từ 40 đến 50 m², kết cấu khung bê tông cốt thép, tường xây, mái tôn, được hỗ trợ 60 triệu đồng từ Quỹ <em>“Vì người nghèo”</em>, phần còn lại do gia đình, dòng họ và các nhà hảo tâm đóng góp. Các căn nhà được khởi công từ ${c.num('thang', 2, 4)} tháng trước và hoàn thành đúng tiến độ.`,
      () => 'Xúc động nhận chìa khóa nhà mới, đại diện các hộ gia đình bày tỏ lòng biết ơn cấp ủy, chính quyền, Mặt trận và các nhà hảo tâm đã quan tâm, giúp đỡ, hứa sẽ cố gắng lao động, sản xuất để vươn lên thoát nghèo bền vững.',
    ],
    results: (c) => ({
      intro: 'Cùng với việc bàn giao nhà, chương trình còn trao tặng:',
      items: [
        'Gạo, nhu yếu phẩm và đồ dùng thiết yếu cho mỗi hộ',
        'Bộ bàn ghế, giường tủ cho các gia đình',
        `Sổ tiết kiệm trị giá ${c.num('stk', 2, 5)} triệu đồng cho học sinh thuộc các hộ`,
      ],
    }),
    heading: () => 'Chung tay vì người nghèo',
    quote: (c) => `Phát biểu tại lễ bàn giao, ${c.speaker} ghi nhận sự chung tay của các tổ chức, cá nhân và đề nghị ${c.front} tiếp tục vận động nguồn lực, phấn đấu không còn hộ nghèo ở nhà tạm, nhà dột nát trên địa bàn.`,
    caption: (c) => `Bàn giao nhà Đại đoàn kết cho hộ gia đình khó khăn tại ${c.area}`,
  },
  {
    key: 'tet-trong-cay',
    section: 'van-hoa-xa-hoi',
    unitHints: ['Đoàn', 'Thành đoàn'],
    layouts: ['rural', 'civic'],
    months: [1, 2, 3],
    titles: [
      (c) => `${c.Place} phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân ${c.year}`,
      (c) => `Trồng mới ${c.fmt(c.num('cay', 300, 2000))} cây xanh dịp đầu xuân ở ${c.place}`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} tổ chức lễ phát động Tết trồng cây <em>“Đời đời nhớ ơn Bác Hồ”</em> Xuân ${c.year}, trồng mới ${c.fmt(c.num('cay', 300, 2000))} cây xanh các loại tại ${c.area} và các tuyến đường trên địa bàn.`,
    details: [
      (c) => `Các loại cây được trồng gồm sao, dầu, bằng lăng, lim xẹt và cây ăn trái, do các doanh nghiệp, mạnh thường quân và người dân đóng góp. ${c.youth} nhận nhiệm vụ chăm sóc, bảo vệ cây sau khi trồng, bảo đảm tỷ lệ cây sống trên 90%.`,
      () => 'Tết trồng cây là nét đẹp văn hóa được duy trì hằng năm, góp phần tăng diện tích cây xanh, cải thiện môi trường sống và ứng phó với biến đổi khí hậu.',
    ],
    results: () => ({
      intro: 'Kế hoạch trồng cây năm nay:',
      items: [
        'Trồng cây bóng mát trên các tuyến đường mới mở',
        'Trồng cây tại khuôn viên trường học, trạm y tế, nhà văn hóa',
        'Vận động mỗi hộ gia đình trồng ít nhất một cây xanh trước nhà',
      ],
    }),
    heading: () => 'Phủ xanh đường phố, trường học',
    quote: (c) => `Phát biểu phát động, ${c.speaker} đề nghị các ngành, đoàn thể và mỗi người dân tích cực hưởng ứng, “trồng cây nào tốt cây đó”, gắn trồng cây với chăm sóc, bảo vệ cây xanh lâu dài.`,
    caption: (c) => `Lãnh đạo ${c.ubnd} trồng cây hưởng ứng Tết trồng cây`,
  },
  {
    key: 'atgt-hoc-sinh',
    section: 'quoc-phong-an-ninh',
    unitHints: ['Đoàn', 'Thành đoàn', 'Quản lý đô thị'],
    layouts: ['urban'],
    months: ALL_BUT_SUMMER,
    titles: [
      (c) => `Tuyên truyền an toàn giao thông cho học sinh ${c.school}`,
      (c) => `${c.Place}: trang bị kỹ năng tham gia giao thông an toàn cho học sinh`,
      (c) => `Tặng ${c.num('mu', 100, 400)} mũ bảo hiểm đạt chuẩn cho học sinh ${c.school}`,
    ],
    lead: (c) => `${c.when}, ${c.police} phối hợp ${c.youth} và ${c.school} tổ chức tuyên truyền pháp luật về trật tự, an toàn giao thông cho hơn ${c.num('hs', 400, 1200)} học sinh, đồng thời trao tặng ${c.num('mu', 100, 400)} mũ bảo hiểm đạt chuẩn.`,
    details: [
      (c) => `Tại buổi tuyên truyền, cán bộ ${c.police} đã phổ biến các quy định của Luật Trật tự, an toàn giao thông đường bộ liên quan đến học sinh như đội mũ bảo hiểm khi ngồi trên xe máy, xe đạp điện; không điều khiển xe khi chưa đủ tuổi; đi đúng phần đường, tuân thủ tín hiệu đèn giao thông.`,
      () => 'Các em học sinh còn được tham gia trò chơi hỏi – đáp, thực hành kỹ năng qua đường an toàn và nhận diện các tình huống nguy hiểm thường gặp trên đường đến trường.',
    ],
    results: () => ({
      intro: 'Nhà trường cam kết:',
      items: [
        'Duy trì mô hình “Cổng trường an toàn giao thông”',
        'Phối hợp với phụ huynh nhắc nhở học sinh đội mũ bảo hiểm đúng cách',
        'Không để học sinh chưa đủ tuổi điều khiển xe mô tô, xe gắn máy đến trường',
      ],
    }),
    heading: () => 'Xây dựng văn hóa giao thông từ ghế nhà trường',
    quote: (c) => `Dự buổi tuyên truyền, ${c.speaker} đề nghị nhà trường và phụ huynh phối hợp chặt chẽ, thường xuyên nhắc nhở các em chấp hành nghiêm quy định khi tham gia giao thông, góp phần kéo giảm tai nạn giao thông trên địa bàn.`,
    caption: (c) => `Học sinh ${c.school} nhận mũ bảo hiểm đạt chuẩn`,
  },
  {
    key: 'trat-tu-do-thi',
    section: 'quoc-phong-an-ninh',
    unitHints: ['Quản lý đô thị'],
    layouts: ['urban'],
    titles: [
      (c) => `${c.Place} ra quân lập lại trật tự lòng đường, vỉa hè trên ${c.street}`,
      (c) => `Xử lý lấn chiếm vỉa hè, trả lại lối đi cho người đi bộ ở ${c.area}`,
    ],
    lead: (c) => `${c.when}, Tổ công tác liên ngành của ${c.ubnd} ra quân kiểm tra, xử lý tình trạng lấn chiếm lòng đường, vỉa hè để kinh doanh, buôn bán trên ${c.street} và các tuyến đường thuộc ${c.area}.`,
    details: [
      (c) => `Trước khi ra quân, ${c.ubnd} đã thông báo, vận động các hộ kinh doanh ký cam kết tự tháo dỡ mái che, bảng hiệu lấn chiếm và sắp xếp hàng hóa gọn gàng trong phạm vi cho phép. Phần lớn các hộ đã chấp hành.`,
      () => 'Đối với các trường hợp tái phạm, tổ công tác lập biên bản, tạm giữ tang vật và xử phạt vi phạm hành chính theo quy định. Lực lượng chức năng sẽ duy trì kiểm tra thường xuyên, kể cả ngoài giờ hành chính.',
    ],
    results: (c) => ({
      intro: 'Kết quả ra quân:',
      items: [
        `Nhắc nhở ${c.num('nn', 20, 80)} trường hợp`,
        `Lập biên bản xử lý ${c.num('bb', 3, 15)} trường hợp vi phạm`,
        `Tháo dỡ ${c.num('bh', 10, 40)} bảng hiệu, mái che lấn chiếm`,
        'Vận động hộ dân trả lại lối đi thông thoáng cho người đi bộ',
      ],
    }),
    heading: () => 'Kiên quyết xử lý trường hợp tái phạm',
    quote: (c) => `Chỉ đạo tổ công tác, ${c.speaker} yêu cầu lực lượng chức năng làm đúng quy trình, vừa kiên quyết vừa tình cảm, gắn việc lập lại trật tự đô thị với vận động người dân kinh doanh đúng nơi quy định.`,
    caption: (c) => `Tổ công tác liên ngành nhắc nhở hộ kinh doanh lấn chiếm vỉa hè trên ${c.street}`,
  },
  {
    key: 'dan-quan',
    section: 'quoc-phong-an-ninh',
    unitHints: [],
    layouts: ['civic', 'rural'],
    months: [3, 4, 5, 6, 7, 8, 9, 10],
    titles: [
      (c) => `${c.Place} khai mạc huấn luyện dân quân năm ${c.year}`,
      (c) => `Nâng cao chất lượng huấn luyện lực lượng dân quân ${c.place}`,
    ],
    lead: (c) => `${c.when}, ${c.military} khai mạc huấn luyện lực lượng dân quân năm ${c.year} cho ${c.num('dq', c.isCity ? 150 : 40, c.isCity ? 400 : 120)} cán bộ, chiến sĩ dân quân thường trực, cơ động và tại chỗ.`,
    details: [
      (c) => `Theo kế hoạch, lớp huấn luyện kéo dài ${c.num('ngay', 7, 15)} ngày với các nội dung giáo dục chính trị, pháp luật, điều lệnh đội ngũ, kỹ thuật, chiến thuật bộ binh, phòng, chống thiên tai, tìm kiếm cứu nạn và phối hợp bảo vệ an ninh trật tự ở cơ sở.`,
      () => 'Công tác huấn luyện được chuẩn bị chu đáo về giáo án, thao trường, bãi tập; đội ngũ giáo viên, huấn luyện viên được tập huấn, bồi dưỡng trước khi lên lớp.',
    ],
    results: () => ({
      intro: 'Yêu cầu đặt ra đối với đợt huấn luyện:',
      items: [
        'Huấn luyện sát thực tế, bảo đảm an toàn tuyệt đối về người và vũ khí, trang bị',
        '100% chiến sĩ dân quân tham gia đầy đủ nội dung, thời gian',
        'Kết quả kiểm tra đạt khá, giỏi từ 70% trở lên',
      ],
    }),
    heading: () => 'Huấn luyện sát thực tế',
    quote: (c) => `Phát biểu khai mạc, ${c.speaker} đề nghị cán bộ, chiến sĩ dân quân nêu cao tinh thần trách nhiệm, tích cực học tập, rèn luyện, sẵn sàng nhận và hoàn thành tốt mọi nhiệm vụ được giao.`,
    caption: (c) => `Lực lượng dân quân ${c.place} tại lễ khai mạc huấn luyện`,
  },
  {
    key: 'dien-tap-pccc',
    section: 'quoc-phong-an-ninh',
    unitHints: [],
    layouts: ['urban'],
    titles: [
      (c) => `Diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại ${c.area}`,
      (c) => `${c.Place} diễn tập phòng cháy, chữa cháy tại khu dân cư`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} phối hợp ${c.police} tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu dân cư ${c.area} với sự tham gia của ${c.num('ng', 60, 200)} người thuộc các lực lượng và người dân.`,
    details: [
      (c) => `Tình huống giả định: một căn nhà kết hợp kinh doanh trên ${c.street} bị chập điện gây cháy, khói lan nhanh sang các nhà liền kề, có người mắc kẹt trên tầng hai. Tổ liên gia an toàn phòng cháy, chữa cháy đã nhanh chóng báo động, ngắt điện, dùng bình chữa cháy tại chỗ dập lửa và hướng dẫn người dân thoát nạn.`,
      () => 'Ngay sau đó, lực lượng chữa cháy chuyên nghiệp đến hiện trường, triển khai đội hình, cứu người bị nạn và khống chế hoàn toàn đám cháy. Buổi diễn tập diễn ra khẩn trương, an toàn, đúng kịch bản.',
    ],
    results: () => ({
      intro: 'Khuyến cáo người dân:',
      items: [
        'Không câu móc, sử dụng điện quá tải; tắt các thiết bị điện khi ra khỏi nhà',
        'Trang bị bình chữa cháy và thiết kế lối thoát nạn thứ hai cho nhà ở',
        'Khi xảy ra cháy, gọi ngay số 114 và hướng dẫn mọi người thoát nạn theo hướng ngược chiều khói',
      ],
    }),
    heading: () => 'Phát huy phương châm “bốn tại chỗ”',
    quote: (c) => `Nhận xét buổi diễn tập, ${c.speaker} đánh giá cao tinh thần phối hợp của các lực lượng, đồng thời đề nghị nhân rộng mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy” ra tất cả các ${c.areaWord}.`,
    caption: (c) => `Lực lượng chữa cháy triển khai đội hình trong buổi diễn tập tại ${c.area}`,
  },
  {
    key: 'doi-thoai-doanh-nghiep',
    section: 'kinh-te',
    unitHints: ['Kinh tế', 'Tài chính – Kế hoạch'],
    layouts: ['civic', 'urban'],
    titles: [
      (c) => `${c.Place} đối thoại, tháo gỡ khó khăn cho doanh nghiệp, hộ kinh doanh`,
      (c) => `Lắng nghe kiến nghị của ${c.num('dn', 40, 150)} doanh nghiệp, hộ kinh doanh ${c.place}`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} tổ chức hội nghị gặp gỡ, đối thoại với ${c.num('dn', 40, 150)} doanh nghiệp, hợp tác xã và hộ kinh doanh trên địa bàn nhằm kịp thời nắm bắt, tháo gỡ khó khăn trong sản xuất, kinh doanh.`,
    details: [
      (c) => `Tại hội nghị, các doanh nghiệp, hộ kinh doanh đã nêu ${c.num('yk', 8, 20)} ý kiến, kiến nghị liên quan đến thủ tục đất đai, cấp phép xây dựng, tiếp cận nguồn vốn vay ưu đãi, hóa đơn điện tử và mặt bằng sản xuất.`,
      () => 'Đại diện các cơ quan chuyên môn đã trả lời trực tiếp các ý kiến thuộc thẩm quyền; những kiến nghị vượt thẩm quyền được ghi nhận, tổng hợp để đề xuất cấp có thẩm quyền xem xét, giải quyết.',
    ],
    results: () => ({
      intro: 'Chính quyền cam kết:',
      items: [
        'Giải quyết thủ tục hành chính liên quan đến doanh nghiệp đúng hoặc trước hạn, công khai tiến độ trên Cổng Dịch vụ công quốc gia',
        'Tổ chức đối thoại định kỳ 6 tháng một lần',
        'Hỗ trợ hộ kinh doanh chuyển đổi sang mô hình doanh nghiệp',
        'Kết nối doanh nghiệp với các ngân hàng thương mại về các gói vay ưu đãi',
      ],
    }),
    heading: () => 'Đồng hành cùng doanh nghiệp',
    quote: (c) => `Kết luận hội nghị, ${c.speaker} khẳng định chính quyền luôn đồng hành, tạo điều kiện thuận lợi nhất cho doanh nghiệp, đồng thời yêu cầu các cơ quan chuyên môn không để doanh nghiệp phải đi lại nhiều lần khi giải quyết thủ tục.`,
    caption: () => 'Đại diện doanh nghiệp phát biểu tại hội nghị đối thoại',
  },
  {
    key: 'cong-trinh-hem',
    section: 'kinh-te',
    unitHints: ['Quản lý đô thị', 'Ban Quản lý dự án'],
    layouts: ['urban', 'riverside'],
    titles: [
      (c) => `Đưa vào sử dụng công trình nâng cấp hẻm ${c.num('hem', 12, 180)} ${c.street}`,
      (c) => `${c.Place} khánh thành công trình hạ tầng giao thông ở ${c.area}`,
      (c) => `Nhân dân ${c.area} góp sức nâng cấp đường, lắp đèn chiếu sáng`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} tổ chức khánh thành, đưa vào sử dụng công trình nâng cấp, mở rộng hẻm ${c.num('hem', 12, 180)} ${c.street} thuộc ${c.area}, với tổng chiều dài ${c.fmt(c.num('dai', 250, 1200))} mét.`,
    details: [
      (c) => `Công trình có tổng kinh phí hơn ${c.fmt(c.num('kp', 800, 4000))} triệu đồng, trong đó ngân sách nhà nước hỗ trợ vật liệu và chi phí thi công, người dân đóng góp ${c.num('dg', 15, 40)}% kinh phí cùng ngày công lao động; nhiều hộ tự nguyện hiến đất, tháo dỡ tường rào để mở rộng mặt đường.`,
      (c) => `Tuyến hẻm sau khi nâng cấp có mặt đường bê tông rộng 4 mét, hệ thống thoát nước dọc và ${c.num('den', 10, 40)} trụ đèn chiếu sáng, giúp việc đi lại của người dân thuận tiện, an toàn hơn, nhất là vào mùa mưa.`,
    ],
    results: (c) => ({
      intro: 'Thông tin công trình:',
      items: [
        `Chiều dài ${c.fmt(c.num('dai', 250, 1200))} m; mặt đường bê tông xi măng rộng 4 m`,
        `Cống thoát nước dọc tuyến và ${c.num('den', 10, 40)} trụ đèn chiếu sáng công cộng`,
        `Thời gian thi công ${c.num('tg', 2, 5)} tháng, hoàn thành trước kế hoạch`,
        `${c.num('hien', 5, 30)} hộ dân hiến đất với tổng diện tích ${c.num('dt', 60, 400)} m²`,
      ],
    }),
    heading: () => 'Nhà nước và nhân dân cùng làm',
    quote: (c) => `Phát biểu tại buổi lễ, ${c.speaker} biểu dương tinh thần đồng thuận của bà con và đề nghị ${c.front} tiếp tục phát huy phương châm “Nhà nước và nhân dân cùng làm” trong chỉnh trang đô thị.`,
    caption: (c) => `Tuyến hẻm ${c.num('hem', 12, 180)} ${c.street} sau khi được nâng cấp`,
  },
  {
    key: 'mang-cau-vietgap',
    section: 'kinh-te',
    unitHints: ['Hội Nông dân', 'Kinh tế'],
    layouts: ['rural'],
    titles: [
      (c) => `Tập huấn kỹ thuật trồng mãng cầu theo hướng VietGAP cho nông dân ${c.place}`,
      (c) => `Nông dân ${c.area} học cách trồng mãng cầu an toàn`,
      (c) => `${c.Place} nâng cao giá trị trái mãng cầu qua liên kết sản xuất`,
    ],
    lead: (c) => `${c.when}, ${c.farmers} phối hợp Trung tâm Dịch vụ nông nghiệp tổ chức lớp tập huấn kỹ thuật trồng, chăm sóc mãng cầu theo hướng VietGAP cho ${c.num('nd', 40, 120)} hội viên nông dân tại ${c.area}.`,
    details: [
      () => 'Tại lớp tập huấn, các kỹ sư nông nghiệp đã hướng dẫn kỹ thuật cắt tỉa cành, thụ phấn bổ sung, bao trái, bón phân hữu cơ và quản lý sâu bệnh theo hướng an toàn; ghi chép nhật ký sản xuất để truy xuất nguồn gốc.',
      () => 'Mãng cầu là cây trồng chủ lực của địa phương. Việc sản xuất theo quy trình VietGAP giúp nâng cao chất lượng, giá bán và mở ra cơ hội đưa sản phẩm vào hệ thống siêu thị, tham gia chương trình OCOP.',
    ],
    results: (c) => ({
      intro: 'Sau tập huấn, nông dân được hỗ trợ:',
      items: [
        `${c.fmt(c.num('bao', 2000, 8000))} túi bao trái chuyên dụng`,
        'Phân bón hữu cơ vi sinh và chế phẩm sinh học',
        'Kết nối với hợp tác xã và doanh nghiệp thu mua theo hợp đồng',
        'Hướng dẫn thủ tục cấp mã số vùng trồng',
      ],
    }),
    heading: () => 'Hướng đến nền nông nghiệp sạch',
    quote: (c) => `Dự lớp tập huấn, ${c.speaker} đề nghị ${c.farmers} tiếp tục vận động hội viên liên kết sản xuất, xây dựng thương hiệu và ứng dụng thương mại điện tử để tiêu thụ nông sản.`,
    caption: (c) => `Nông dân ${c.area} thực hành bao trái mãng cầu`,
  },
  {
    key: 'thu-ngan-sach',
    section: 'kinh-te',
    unitHints: ['Tài chính – Kế hoạch'],
    layouts: ['civic', 'urban'],
    titles: [
      (c) => `Thu ngân sách ${c.period.label} của ${c.place} ước đạt ${c.num('pct', 55, 98)}% dự toán`,
      (c) => `${c.Place} tập trung các giải pháp tăng thu ngân sách`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} họp đánh giá tình hình thu, chi ngân sách ${c.period.label}. Tổng thu ngân sách nhà nước trên địa bàn ước đạt ${c.fmt(c.num('ty', c.isCity ? 300 : 8, c.isCity ? 900 : 45))} tỷ đồng, bằng ${c.num('pct', 55, 98)}% dự toán, tăng ${c.num('tang', 3, 15)}% so với cùng kỳ.`,
    details: [
      () => 'Các khoản thu đạt khá gồm thuế ngoài quốc doanh, lệ phí trước bạ và thu tiền sử dụng đất. Chi ngân sách bảo đảm kịp thời các nhiệm vụ chi thường xuyên, chi an sinh xã hội và chi đầu tư phát triển theo kế hoạch.',
      () => 'Tuy nhiên, một số khoản thu còn thấp so với dự toán do hoạt động sản xuất, kinh doanh của một bộ phận hộ kinh doanh gặp khó khăn; nợ đọng thuế vẫn còn ở một số doanh nghiệp.',
    ],
    results: () => ({
      intro: 'Giải pháp trong thời gian tới:',
      items: [
        'Rà soát, đưa vào quản lý thuế các hộ kinh doanh mới phát sinh',
        'Đôn đốc thu hồi nợ đọng thuế, công khai danh sách doanh nghiệp nợ thuế kéo dài',
        'Đẩy mạnh sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền',
        'Thực hành tiết kiệm, chống lãng phí trong chi thường xuyên',
      ],
    }),
    heading: () => 'Quyết liệt chống thất thu',
    quote: (c) => `Chủ trì cuộc họp, ${c.speaker} yêu cầu các cơ quan chuyên môn bám sát từng nguồn thu, phối hợp chặt chẽ với cơ quan thuế, phấn đấu hoàn thành vượt dự toán thu ngân sách năm ${c.year}.`,
    caption: (c) => `Cuộc họp đánh giá tình hình thu, chi ngân sách của ${c.ubnd}`,
  },
  {
    key: 'hien-mau',
    section: 'van-hoa-xa-hoi',
    unitHints: ['Đoàn', 'Thành đoàn', 'Y tế'],
    layouts: ['civic', 'urban'],
    titles: [
      (c) => `Ngày hội hiến máu tình nguyện ${c.place} tiếp nhận ${c.num('dv', 90, 420)} đơn vị máu`,
      (c) => `${c.Place}: lan tỏa phong trào hiến máu cứu người`,
    ],
    lead: (c) => `${c.when}, Ban Chỉ đạo vận động hiến máu tình nguyện ${c.place} phối hợp Bệnh viện Đa khoa tỉnh tổ chức ngày hội hiến máu tình nguyện, tiếp nhận ${c.num('dv', 90, 420)} đơn vị máu.`,
    details: [
      () => 'Người tham gia hiến máu gồm cán bộ, công chức, đoàn viên thanh niên, lực lượng vũ trang và người dân trên địa bàn. Trước khi hiến máu, các tình nguyện viên được khám sàng lọc, xét nghiệm nhanh và tư vấn sức khỏe miễn phí.',
      () => 'Toàn bộ lượng máu tiếp nhận được chuyển về ngân hàng máu của bệnh viện để phục vụ công tác cấp cứu, điều trị cho người bệnh, đặc biệt trong dịp cao điểm khi nguồn máu dự trữ thường thiếu hụt.',
    ],
    results: (c) => ({
      intro: 'Một số thông tin về ngày hội:',
      items: [
        `${c.num('dv', 90, 420) + c.num('them', 10, 60)} người đăng ký tham gia`,
        `${c.num('lan', 5, 20)} người hiến máu từ 10 lần trở lên`,
        'Mỗi người hiến máu được nhận giấy chứng nhận và quà bồi dưỡng theo quy định',
      ],
    }),
    heading: () => 'Mỗi giọt máu cho đi, một cuộc đời ở lại',
    quote: (c) => `Thăm hỏi các tình nguyện viên, ${c.speaker} cảm ơn những tấm lòng nhân ái và kêu gọi mỗi người dân khỏe mạnh hãy tham gia hiến máu ít nhất một lần trong năm.`,
    caption: () => 'Đoàn viên thanh niên tham gia hiến máu tình nguyện',
  },
  {
    key: 'hoc-bong',
    section: 'van-hoa-xa-hoi',
    unitHints: ['Giáo dục', 'Phụ nữ', 'Mặt trận'],
    layouts: ['civic'],
    months: [5, 6, 8, 9, 10, 11, 12],
    titles: [
      (c) => `Trao ${c.num('th', 10, 50) + c.num('thcs', 10, 50) + c.num('thpt', 5, 30)} suất học bổng cho học sinh nghèo vượt khó ${c.place}`,
      (c) => `Tiếp sức đến trường cho học sinh có hoàn cảnh khó khăn ở ${c.place}`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} phối hợp Hội Khuyến học ${c.place} trao ${c.num('th', 10, 50) + c.num('thcs', 10, 50) + c.num('thpt', 5, 30)} suất học bổng cho học sinh nghèo vượt khó, học giỏi trên địa bàn, mỗi suất trị giá ${c.fmt(c.num('tr', 1, 3) * 500000)} đồng kèm tập vở và dụng cụ học tập.`,
    details: [
      (c) => `Nguồn kinh phí do các doanh nghiệp, mạnh thường quân và cán bộ, công chức đóng góp. Các em nhận học bổng được nhà trường và các ${c.areaWord} xét chọn công khai, đúng đối tượng, ưu tiên học sinh mồ côi, học sinh thuộc hộ nghèo, hộ cận nghèo.`,
      () => 'Chương trình thể hiện sự quan tâm của cấp ủy, chính quyền và toàn xã hội đối với sự nghiệp giáo dục, góp phần giúp các em có thêm động lực vượt khó, vươn lên trong học tập.',
    ],
    results: (c) => ({
      intro: 'Cơ cấu học bổng:',
      items: [
        `${c.num('th', 10, 50)} suất cho học sinh tiểu học`,
        `${c.num('thcs', 10, 50)} suất cho học sinh trung học cơ sở`,
        `${c.num('thpt', 5, 30)} suất cho học sinh trung học phổ thông`,
      ],
    }),
    heading: () => 'Chắp cánh ước mơ đến trường',
    quote: (c) => `Phát biểu tại buổi lễ, ${c.speaker} mong các em tiếp tục nỗ lực, chăm ngoan, học giỏi, đồng thời cảm ơn các nhà hảo tâm đã đồng hành cùng địa phương chăm lo cho học sinh khó khăn.`,
    caption: () => 'Trao học bổng cho học sinh nghèo vượt khó',
  },
  {
    key: 'khai-giang',
    section: 'van-hoa-xa-hoi',
    unitHints: ['Giáo dục'],
    layouts: ['civic'],
    months: [9],
    titles: [
      (c) => `Các trường học ở ${c.place} khai giảng năm học ${c.year}–${c.year + 1}`,
      (c) => `Hơn ${c.fmt(c.num('hs', c.isCity ? 15000 : 1200, c.isCity ? 30000 : 4000))} học sinh ${c.place} bước vào năm học mới`,
    ],
    lead: (c) => `${c.when}, ${c.num('truong', c.isCity ? 30 : 3, c.isCity ? 60 : 8)} trường học trên địa bàn ${c.place} đồng loạt tổ chức lễ khai giảng năm học ${c.year}–${c.year + 1} với hơn ${c.fmt(c.num('hs', c.isCity ? 15000 : 1200, c.isCity ? 30000 : 4000))} học sinh.`,
    details: [
      () => 'Năm học mới, ngành giáo dục tiếp tục thực hiện chương trình giáo dục phổ thông 2018, đẩy mạnh chuyển đổi số trong quản lý, dạy và học, chú trọng giáo dục kỹ năng sống, thể chất và an toàn trường học.',
      () => 'Trước thềm năm học mới, các trường đã hoàn thành sửa chữa phòng học, bổ sung thiết bị dạy học, rà soát đội ngũ giáo viên; không để học sinh nào phải nghỉ học vì hoàn cảnh khó khăn.',
    ],
    results: () => ({
      intro: 'Nhiệm vụ trọng tâm của năm học:',
      items: [
        'Nâng cao chất lượng giáo dục toàn diện, giữ vững tỷ lệ học sinh lên lớp trên 98%',
        'Bảo đảm an toàn thực phẩm tại các bếp ăn bán trú',
        'Ứng dụng học bạ số và sổ liên lạc điện tử',
        'Xây dựng trường học xanh – sạch – đẹp – an toàn',
      ],
    }),
    heading: () => 'Sẵn sàng cho năm học mới',
    quote: (c) => `Dự lễ khai giảng tại ${c.school}, ${c.speaker} chúc thầy cô giáo và các em học sinh một năm học mới nhiều thành công, đề nghị nhà trường chăm lo an toàn cho học sinh trong suốt năm học.`,
    caption: (c) => `Lễ khai giảng năm học mới tại ${c.school}`,
  },
  {
    key: 'thuong-binh-liet-si',
    section: 'chinh-tri',
    unitHints: ['Nội vụ', 'Cựu chiến binh', 'Mặt trận'],
    layouts: ['civic'],
    months: [7],
    titles: [
      (c) => `${c.Place} thăm, tặng quà gia đình chính sách nhân kỷ niệm ${c.year - 1947} năm Ngày Thương binh – Liệt sĩ`,
      (c) => `Tri ân người có công với cách mạng ở ${c.area}`,
    ],
    lead: (c) => `${c.when}, đoàn công tác do ${c.speaker} dẫn đầu đã đến thăm, tặng quà các gia đình chính sách, người có công với cách mạng tại ${c.area} nhân kỷ niệm ${c.year - 1947} năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/${c.year}).`,
    details: [
      () => 'Tại các gia đình, đoàn đã ân cần hỏi thăm sức khỏe, đời sống và bày tỏ lòng biết ơn sâu sắc đối với những hy sinh, cống hiến của các thương binh, thân nhân liệt sĩ cho sự nghiệp giải phóng dân tộc, bảo vệ Tổ quốc.',
      (c) => `Dịp này, ${c.place} đã trao ${c.fmt(c.num('qua', 150, 900))} phần quà cho các đối tượng chính sách với tổng trị giá hơn ${c.fmt(c.num('tr', 150, 900))} triệu đồng từ ngân sách và nguồn vận động xã hội hóa; đồng thời tổ chức dâng hương tại Nghĩa trang liệt sĩ.`,
    ],
    results: () => ({
      intro: 'Các hoạt động tri ân trong tháng 7:',
      items: [
        'Sửa chữa, nâng cấp nhà ở cho người có công còn khó khăn',
        'Tổ chức lễ thắp nến tri ân các anh hùng liệt sĩ',
        'Khám bệnh, cấp thuốc miễn phí cho thương binh, bệnh binh',
        'Chăm sóc, tu sửa phần mộ liệt sĩ',
      ],
    }),
    heading: () => 'Uống nước nhớ nguồn',
    quote: (c) => `${cap(c.speaker)} khẳng định cấp ủy, chính quyền luôn quan tâm chăm lo đời sống vật chất, tinh thần cho người có công, bảo đảm gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của người dân nơi cư trú.`,
    caption: (c) => `Lãnh đạo ${c.ubnd} thăm, tặng quà gia đình chính sách tại ${c.area}`,
  },
  {
    key: 'sinh-hoat-he',
    section: 'van-hoa-xa-hoi',
    unitHints: ['Đoàn', 'Thành đoàn'],
    layouts: ['urban', 'civic'],
    months: [5, 6, 7, 8],
    titles: [
      (c) => `${c.Place} khai mạc chương trình sinh hoạt hè cho thiếu nhi`,
      (c) => `Sân chơi hè bổ ích cho thiếu nhi ${c.area}`,
    ],
    lead: (c) => `${c.when}, ${c.youth} tổ chức lễ khai mạc chương trình sinh hoạt hè năm ${c.year}, thu hút hơn ${c.num('tn', 200, 900)} thiếu nhi trên địa bàn tham gia.`,
    details: [
      () => 'Trong suốt kỳ nghỉ hè, thiếu nhi được tham gia các lớp kỹ năng sống, phòng, chống đuối nước, học bơi an toàn, các lớp năng khiếu vẽ, múa, võ thuật và các hoạt động tìm hiểu lịch sử, truyền thống quê hương.',
      (c) => `Các điểm sinh hoạt hè được bố trí tại nhà văn hóa các ${c.areaWord}, sân trường học và khu vui chơi công cộng; mỗi điểm đều có đoàn viên phụ trách và phụ huynh tình nguyện hỗ trợ.`,
    ],
    results: (c) => ({
      intro: 'Các hoạt động nổi bật:',
      items: [
        `Giải bóng đá thiếu niên với ${c.num('doi', 6, 16)} đội tham gia`,
        'Lớp dạy bơi miễn phí cho trẻ từ 8 đến 14 tuổi',
        'Ngày hội đọc sách và thi vẽ tranh “Quê hương em”',
        'Chương trình “Hành trình về nguồn” tại các di tích lịch sử',
      ],
    }),
    heading: () => 'Mùa hè vui tươi, an toàn, bổ ích',
    quote: (c) => `Phát biểu khai mạc, ${c.speaker} đề nghị các gia đình quan tâm, quản lý con em, tạo điều kiện để các em tham gia đầy đủ các hoạt động hè, đặc biệt chú ý phòng, chống đuối nước.`,
    caption: () => 'Thiếu nhi tham gia hoạt động tại lễ khai mạc sinh hoạt hè',
  },
  {
    key: 'ngay-hoi-dai-doan-ket',
    section: 'chinh-tri',
    unitHints: ['Mặt trận'],
    layouts: ['civic', 'rural'],
    months: [10, 11],
    titles: [
      (c) => `Ngày hội Đại đoàn kết toàn dân tộc ở ${c.area}`,
      (c) => `${cap(c.area)} vui Ngày hội Đại đoàn kết toàn dân tộc`,
    ],
    lead: (c) => `${c.when}, ${c.isCity ? `${c.front} phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại ${c.area}` : `Ban Công tác Mặt trận ${c.area} tổ chức Ngày hội Đại đoàn kết toàn dân tộc`} nhân kỷ niệm ${c.year - 1930} năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/${c.year}).`,
    details: [
      () => 'Ngày hội diễn ra trong không khí vui tươi, ấm áp với các hoạt động văn hóa, văn nghệ, thể thao và ẩm thực. Ban tổ chức đã ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam và đánh giá kết quả cuộc vận động <em>“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”</em>.',
      (c) => `Trong năm, nhân dân ${c.area} đã đóng góp ${c.fmt(c.num('dong', 50, 400))} triệu đồng và hàng trăm ngày công để sửa chữa đường sá, lắp đèn chiếu sáng, chăm lo cho hộ nghèo; ${c.num('gd', 85, 98)}% hộ gia đình đạt danh hiệu “Gia đình văn hóa”.`,
    ],
    results: (c) => ({
      intro: 'Tại ngày hội:',
      items: [
        `Trao ${c.num('qua', 15, 60)} phần quà cho hộ nghèo, hộ cận nghèo`,
        'Khen thưởng các gia đình văn hóa tiêu biểu',
        'Tổ chức bữa cơm đoàn kết giữa các hộ dân',
        'Hội thi gói bánh tét, kéo co và các trò chơi dân gian',
      ],
    }),
    heading: () => 'Sức mạnh từ khối đại đoàn kết',
    quote: (c) => `Dự ngày hội, ${c.speaker} ghi nhận những đóng góp của nhân dân, mong bà con tiếp tục phát huy tinh thần đoàn kết, tương thân tương ái, chung sức xây dựng khu dân cư ngày càng văn minh, giàu đẹp.`,
    caption: (c) => `Bà con ${c.area} vui Ngày hội Đại đoàn kết toàn dân tộc`,
  },
  {
    key: 'an-toan-thuc-pham',
    section: 'van-hoa-xa-hoi',
    unitHints: ['Y tế'],
    layouts: ['urban'],
    titles: [
      (c) => `Kiểm tra an toàn thực phẩm tại ${c.market} và các bếp ăn tập thể`,
      (c) => `${c.Place} tăng cường bảo đảm an toàn thực phẩm`,
    ],
    lead: (c) => `${c.when}, Đoàn kiểm tra liên ngành về an toàn thực phẩm ${c.place} kiểm tra ${c.num('co', 15, 60)} cơ sở sản xuất, kinh doanh thực phẩm, dịch vụ ăn uống và bếp ăn tập thể trên địa bàn, tập trung tại ${c.market}.`,
    details: [
      () => 'Đoàn đã kiểm tra giấy chứng nhận đủ điều kiện an toàn thực phẩm, giấy xác nhận kiến thức và khám sức khỏe của người trực tiếp chế biến, nguồn gốc nguyên liệu, việc lưu mẫu thức ăn và điều kiện vệ sinh nơi chế biến; đồng thời lấy mẫu xét nghiệm nhanh hàn the, phẩm màu, dư lượng thuốc bảo vệ thực vật.',
      (c) => `Qua kiểm tra, phần lớn các cơ sở chấp hành tốt quy định. Một số cơ sở còn thiếu sót như chưa lưu mẫu thức ăn, dụng cụ chứa đựng chưa bảo đảm; đoàn đã nhắc nhở, hướng dẫn khắc phục và xử phạt vi phạm hành chính ${c.num('xp', 1, 5)} cơ sở.`,
    ],
    results: (c) => ({
      intro: 'Khuyến cáo người tiêu dùng:',
      items: [
        'Chọn mua thực phẩm có nguồn gốc rõ ràng, còn hạn sử dụng',
        'Không sử dụng thực phẩm có màu sắc, mùi vị bất thường',
        'Ăn chín, uống sôi; rửa tay trước khi chế biến và ăn uống',
        `Phản ánh cơ sở vi phạm qua đường dây nóng của ${c.ubnd}`,
      ],
    }),
    heading: () => 'Bảo vệ sức khỏe người tiêu dùng',
    quote: (c) => `Làm việc với các cơ sở, ${c.speaker} yêu cầu chấp hành nghiêm quy định, tuyệt đối không sử dụng phụ gia, chất bảo quản ngoài danh mục cho phép; đoàn kiểm tra sẽ tiếp tục kiểm tra đột xuất trong thời gian tới.`,
    caption: (c) => `Đoàn kiểm tra liên ngành lấy mẫu thực phẩm xét nghiệm nhanh tại ${c.market}`,
  },
  {
    key: 'mot-cua',
    section: 'cai-cach-hanh-chinh',
    unitHints: ['Nội vụ', 'Văn phòng HĐND'],
    layouts: ['civic'],
    titles: [
      (c) => `Bộ phận Một cửa ${c.place}: ${c.num('pct', 95, 99)}% hồ sơ được giải quyết trước và đúng hạn`,
      (c) => `${c.Place} nâng cao chất lượng phục vụ người dân tại Bộ phận Một cửa`,
    ],
    lead: (c) => `Theo báo cáo của ${c.ubnd}, trong ${c.period.label}, Bộ phận Một cửa đã tiếp nhận ${c.fmt(c.num('hs', c.isCity ? 3000 : 600, c.isCity ? 9000 : 2500))} hồ sơ thủ tục hành chính, trong đó ${c.num('tt', 55, 90)}% hồ sơ nộp trực tuyến; ${c.num('pct', 95, 99)}% hồ sơ được giải quyết trước và đúng hạn.`,
    details: [
      () => 'Các lĩnh vực có nhiều hồ sơ là hộ tịch, chứng thực, đất đai, xây dựng và đăng ký hộ kinh doanh. Công chức Bộ phận Một cửa tận tình hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng tiền mặt và nhận kết quả qua dịch vụ bưu chính công ích.',
      (c) => `Kết quả khảo sát qua thiết bị đánh giá điện tử cho thấy ${c.num('hl', 92, 99)}% lượt đánh giá ở mức “Hài lòng” và “Rất hài lòng”. ${c.ubnd} đã gửi thư xin lỗi người dân đối với ${c.num('tre', 1, 4)} hồ sơ trễ hạn theo quy định.`,
    ],
    results: () => ({
      intro: 'Các giải pháp tiếp tục triển khai:',
      items: [
        'Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính',
        'Bố trí công chức hỗ trợ người cao tuổi nộp hồ sơ trực tuyến',
        'Công khai tiến độ giải quyết hồ sơ trên Cổng Dịch vụ công quốc gia',
        'Tiếp nhận phản ánh, kiến nghị qua đường dây nóng và tài khoản Zalo chính thức',
      ],
    }),
    heading: () => 'Lấy sự hài lòng của người dân làm thước đo',
    quote: (c) => `${cap(c.speaker)} nhấn mạnh: mỗi cán bộ, công chức phải lấy sự hài lòng của người dân, doanh nghiệp làm thước đo chất lượng phục vụ; kiên quyết xử lý trường hợp gây phiền hà, nhũng nhiễu.`,
    caption: () => 'Công chức Bộ phận Một cửa hướng dẫn người dân nộp hồ sơ trực tuyến',
  },
  {
    key: 'binh-dan-hoc-vu-so',
    section: 'cai-cach-hanh-chinh',
    unitHints: ['Văn hóa và Thông tin', 'Đoàn', 'Thành đoàn'],
    layouts: ['urban', 'civic'],
    titles: [
      (c) => `Tổ công nghệ số cộng đồng ${c.area} hỗ trợ người dân sử dụng dịch vụ công trực tuyến`,
      (c) => `${c.Place} đưa kỹ năng số đến từng hộ gia đình`,
      (c) => `“Bình dân học vụ số” ở ${c.area}`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} phối hợp ${c.youth} tổ chức chương trình <em>“Bình dân học vụ số”</em> tại ${c.area}, hướng dẫn hơn ${c.num('ng', 80, 400)} người dân sử dụng các nền tảng số thiết yếu.`,
    details: [
      () => 'Các thành viên Tổ công nghệ số cộng đồng hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2, tích hợp giấy tờ cá nhân trên ứng dụng VNeID, nộp hồ sơ trên Cổng Dịch vụ công quốc gia, thanh toán không dùng tiền mặt và nhận biết các thủ đoạn lừa đảo trên không gian mạng.',
      (c) => `Đến nay, ${c.place} có ${c.num('to', 5, 20)} Tổ công nghệ số cộng đồng với hơn ${c.num('tv', 30, 150)} thành viên; tỷ lệ người trưởng thành có tài khoản định danh điện tử đạt ${c.num('dd', 78, 95)}%.`,
    ],
    results: (c) => ({
      intro: 'Kết quả của chương trình:',
      items: [
        `Kích hoạt mới ${c.num('kh', 40, 200)} tài khoản định danh điện tử mức 2`,
        `Hướng dẫn ${c.num('qr', 20, 120)} hộ kinh doanh sử dụng mã QR thanh toán`,
        `Hỗ trợ nộp ${c.num('nop', 10, 60)} hồ sơ dịch vụ công trực tuyến`,
        'Phát tờ rơi cảnh báo các hình thức lừa đảo qua điện thoại, mạng xã hội',
      ],
    }),
    heading: () => 'Không để ai bị bỏ lại phía sau',
    quote: (c) => `Tại chương trình, ${c.speaker} đề nghị các Tổ công nghệ số cộng đồng tiếp tục “đi từng ngõ, gõ từng nhà”, ưu tiên hỗ trợ người cao tuổi, người khuyết tật để không ai bị bỏ lại phía sau trong quá trình chuyển đổi số.`,
    caption: () => 'Đoàn viên hướng dẫn người dân cài đặt ứng dụng VNeID',
  },
  {
    key: 'tap-huan-cong-ttdt',
    section: 'tin-tuc-su-kien',
    unitHints: ['Văn hóa và Thông tin', 'Văn phòng HĐND'],
    layouts: ['civic'],
    titles: [
      (c) => `Tập huấn nghiệp vụ viết tin, bài cho cộng tác viên cổng thông tin điện tử ${c.place}`,
      (c) => `${c.Place} nâng cao chất lượng thông tin trên cổng thông tin điện tử`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} tổ chức lớp tập huấn nghiệp vụ thu thập, biên tập tin, bài và chụp ảnh báo chí cho ${c.num('hv', 25, 80)} cán bộ, công chức, cộng tác viên cổng thông tin điện tử.`,
    details: [
      () => 'Học viên được hướng dẫn kỹ năng viết tin ngắn, tin tổng hợp, bài phản ánh; cách đặt tít, viết sa-pô; quy định về chú thích ảnh, ghi tác giả, nguồn tin và bảo đảm bản quyền; quy trình gửi, duyệt tin bài trên hệ thống quản trị nội dung.',
      () => 'Theo quy định, mỗi cơ quan, đơn vị cung cấp ít nhất 2 tin, bài có ảnh mỗi tháng; Đài, Trạm Truyền thanh cung cấp ít nhất 15 tin, bài. Kết quả thực hiện là một tiêu chí chấm điểm thi đua cuối năm.',
    ],
    results: () => ({
      intro: 'Những lỗi thường gặp được chỉ ra tại lớp tập huấn:',
      items: [
        'Tin quá ngắn, thiếu thông tin về thời gian, địa điểm, thành phần',
        'Ảnh mờ, thiếu chú thích hoặc chú thích không đúng nội dung',
        'Không ghi tên tác giả, nguồn tin khi dẫn lại từ báo chí',
        'Chậm cập nhật thông tin sau sự kiện',
      ],
    }),
    heading: () => 'Tin nhanh, chính xác, ảnh đạt chuẩn',
    quote: (c) => `Phát biểu khai mạc lớp tập huấn, ${c.speaker} đề nghị các cơ quan, đơn vị phân công cán bộ phụ trách, cung cấp thông tin đầy đủ, kịp thời; mỗi tin, bài phải có ảnh rõ nét, chú thích đầy đủ và ghi rõ tác giả.`,
    caption: () => 'Quang cảnh lớp tập huấn nghiệp vụ cho cộng tác viên cổng thông tin điện tử',
  },
  {
    key: 'von-sinh-ke-phu-nu',
    section: 'kinh-te',
    unitHints: ['Phụ nữ', 'Mặt trận'],
    layouts: ['urban', 'rural'],
    titles: [
      (c) => `Hội Phụ nữ trao vốn sinh kế cho hội viên khó khăn ở ${c.area}`,
      (c) => `Hỗ trợ phụ nữ ${c.place} phát triển kinh tế gia đình`,
    ],
    lead: (c) => `${c.when}, ${c.women} trao ${c.num('suat', 8, 30)} suất vốn sinh kế, mỗi suất ${c.num('trd', 3, 10)} triệu đồng, cho hội viên phụ nữ có hoàn cảnh khó khăn tại ${c.area} để chăn nuôi, mua bán nhỏ.`,
    details: [
      () => 'Nguồn vốn được huy động từ quỹ <em>“Tiết kiệm vì phụ nữ nghèo”</em> và sự đóng góp của các nhà hảo tâm. Hội viên nhận vốn được Hội hướng dẫn lập kế hoạch sử dụng vốn, ghi chép thu chi và được theo dõi, hỗ trợ trong suốt quá trình sản xuất, kinh doanh.',
      () => 'Thời gian qua, nhiều chị em nhận vốn sinh kế đã vươn lên thoát nghèo, có thu nhập ổn định từ các mô hình nuôi gà thả vườn, bán hàng ăn sáng, may gia công và trồng rau sạch.',
    ],
    results: () => ({
      intro: 'Cùng với trao vốn, Hội còn:',
      items: [
        'Tập huấn kỹ năng bán hàng trên mạng xã hội',
        'Giới thiệu chị em vay vốn ưu đãi từ Ngân hàng Chính sách xã hội',
        'Thành lập tổ hợp tác phụ nữ làm kinh tế',
        'Tư vấn pháp luật về hôn nhân, gia đình, phòng, chống bạo lực gia đình',
      ],
    }),
    heading: () => 'Nâng bước phụ nữ vươn lên',
    quote: (c) => `Dự buổi trao vốn, ${c.speaker} đề nghị các cấp Hội tiếp tục đồng hành, hỗ trợ hội viên phụ nữ phát triển kinh tế, xây dựng gia đình no ấm, tiến bộ, hạnh phúc.`,
    caption: (c) => `${c.women} trao vốn sinh kế cho hội viên khó khăn`,
  },
  {
    key: 'camera-an-ninh',
    section: 'quoc-phong-an-ninh',
    unitHints: [],
    layouts: ['urban'],
    titles: [
      (c) => `Ra mắt mô hình “Camera an ninh” tại ${c.area}`,
      (c) => `${c.Place} lắp đặt camera giám sát, góp phần giữ gìn an ninh trật tự`,
    ],
    lead: (c) => `${c.when}, ${c.police} phối hợp ${c.front} ra mắt mô hình <em>“Camera an ninh”</em> tại ${c.area}, với ${c.num('cam', 10, 60)} camera giám sát do người dân và doanh nghiệp đóng góp lắp đặt.`,
    details: [
      () => 'Các camera được lắp tại các giao lộ, đầu hẻm, khu vực công cộng và kết nối về trụ sở công an, giúp lực lượng chức năng kịp thời phát hiện, xử lý các hành vi vi phạm pháp luật, trộm cắp tài sản, vi phạm trật tự an toàn giao thông.',
      (c) => `Từ khi thí điểm, mô hình đã giúp lực lượng công an truy xét ${c.num('vu', 2, 9)} vụ trộm cắp tài sản, xác minh nhiều vụ va chạm giao thông; người dân phấn khởi, yên tâm hơn với môi trường sống.`,
    ],
    results: () => ({
      intro: 'Mô hình hoạt động theo nguyên tắc:',
      items: [
        'Camera do người dân tự nguyện đóng góp, lắp đặt tại vị trí phù hợp',
        'Dữ liệu hình ảnh được quản lý, khai thác đúng quy định, bảo đảm quyền riêng tư',
        'Tổ bảo vệ an ninh, trật tự ở cơ sở phối hợp theo dõi, báo tin kịp thời',
      ],
    }),
    heading: () => 'Thêm “mắt thần” bảo vệ bình yên khu dân cư',
    quote: (c) => `Phát biểu tại buổi ra mắt, ${c.speaker} đánh giá cao tinh thần đóng góp của nhân dân và đề nghị nhân rộng mô hình ra toàn bộ các ${c.areaWord} trong thời gian tới.`,
    caption: (c) => `Ra mắt mô hình “Camera an ninh” tại ${c.area}`,
  },
  {
    key: 'giao-dich-viec-lam',
    section: 'kinh-te',
    unitHints: ['Liên đoàn Lao động', 'Nội vụ', 'Đoàn'],
    layouts: ['civic', 'urban'],
    titles: [
      (c) => `Phiên giao dịch việc làm với hơn ${c.fmt(c.num('vt', 300, 2000))} vị trí tuyển dụng`,
      (c) => `${c.Place} kết nối cung – cầu lao động cho thanh niên`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} phối hợp Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm lưu động, với sự tham gia của ${c.num('dn', 10, 35)} doanh nghiệp cần tuyển hơn ${c.fmt(c.num('vt', 300, 2000))} lao động.`,
    details: [
      () => 'Các vị trí tuyển dụng gồm công nhân may, điện tử, chế biến nông sản, nhân viên bán hàng, kỹ thuật viên và lao động làm việc có thời hạn ở nước ngoài, với mức lương từ 6 đến 12 triệu đồng/tháng. Người lao động được tư vấn nghề nghiệp, chính sách bảo hiểm thất nghiệp và học nghề miễn phí.',
      (c) => `Kết thúc phiên giao dịch, có ${c.num('pv', 80, 400)} lượt người lao động được phỏng vấn trực tiếp, trong đó ${c.num('td', 30, 75)} người trúng tuyển ngay tại chỗ.`,
    ],
    results: () => ({
      intro: 'Người lao động được hỗ trợ:',
      items: [
        'Tư vấn chọn nghề, học nghề phù hợp',
        'Hướng dẫn đăng ký hưởng bảo hiểm thất nghiệp',
        'Giới thiệu việc làm qua sàn giao dịch việc làm trực tuyến',
        'Vay vốn giải quyết việc làm từ Ngân hàng Chính sách xã hội',
      ],
    }),
    heading: () => 'Cầu nối giữa doanh nghiệp và người lao động',
    quote: (c) => `Tại phiên giao dịch, ${c.speaker} đề nghị doanh nghiệp bảo đảm đúng cam kết về tiền lương, chế độ cho người lao động; các ${c.areaWord} tiếp tục nắm bắt nhu cầu việc làm của thanh niên để giới thiệu kịp thời.`,
    caption: () => 'Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch việc làm',
  },
  {
    key: 'phong-chong-thien-tai',
    section: 'quoc-phong-an-ninh',
    unitHints: ['Quản lý đô thị', 'Tài nguyên và Môi trường'],
    layouts: ['riverside', 'rural'],
    months: RAINY,
    titles: [
      (c) => `${c.Place} chủ động phòng, chống thiên tai mùa mưa năm ${c.year}`,
      (c) => `Nạo vét kênh mương, khơi thông dòng chảy ở ${c.area}`,
    ],
    lead: (c) => `${c.when}, ${c.ubnd} ra quân nạo vét kênh mương, khơi thông hệ thống thoát nước tại ${c.area} và ${c.area2} nhằm chủ động phòng, chống ngập úng trong mùa mưa.`,
    details: [
      (c) => `Lực lượng dân quân, đoàn viên thanh niên và người dân đã nạo vét hơn ${c.fmt(c.num('m', 500, 3000))} mét kênh mương, cống thoát nước, vớt lục bình, rác thải gây cản trở dòng chảy; đồng thời kiểm tra, gia cố các đoạn bờ kênh có nguy cơ sạt lở.`,
      (c) => `${c.ubnd} đã kiện toàn Ban Chỉ huy phòng thủ dân sự, xây dựng phương án ứng phó với từng cấp độ rủi ro thiên tai theo phương châm “bốn tại chỗ”, chuẩn bị sẵn sàng vật tư, phương tiện cứu hộ.`,
    ],
    results: () => ({
      intro: 'Phương án ứng phó mùa mưa:',
      items: [
        'Rà soát các hộ dân ở khu vực trũng thấp, ven kênh rạch để sẵn sàng di dời khi cần',
        'Bố trí lực lượng trực 24/24 giờ trong những ngày mưa lớn',
        'Cắt tỉa cây xanh có nguy cơ gãy đổ trên các tuyến đường',
        'Thông tin cảnh báo thời tiết qua hệ thống truyền thanh và nhóm Zalo khu dân cư',
      ],
    }),
    heading: () => 'Chủ động từ sớm, từ xa',
    quote: (c) => `Kiểm tra tại hiện trường, ${c.speaker} yêu cầu các lực lượng không chủ quan, lơ là, kịp thời xử lý các điểm ngập úng, bảo đảm an toàn tính mạng, tài sản của nhân dân.`,
    caption: (c) => `Lực lượng dân quân nạo vét kênh thoát nước tại ${c.area}`,
  },
];

const CLOSINGS: readonly ((c: NewsContext) => string)[] = [
  (c) => `Thời gian tới, ${c.ubnd} tiếp tục chỉ đạo các ngành, đoàn thể và các ${c.areaWord} phối hợp chặt chẽ, duy trì thường xuyên các hoạt động này, góp phần hoàn thành các chỉ tiêu phát triển kinh tế – xã hội năm ${c.year}.`,
  () => 'Hoạt động nhận được sự đồng tình, hưởng ứng tích cực của người dân trên địa bàn.',
  (c) => `Người dân cần thêm thông tin có thể liên hệ Bộ phận Một cửa của ${c.ubnd} trong giờ hành chính hoặc theo dõi cổng thông tin điện tử và hệ thống truyền thanh của ${c.place}.`,
];

export interface ComposedNews {
  title: string;
  summary: string;
  bodyHtml: string;
  caption: string;
}

export function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Builds one item: 3–5 blocks for a news item, 6 (with a sub-heading) for an article. */
export function composeNews(t: NewsTemplate, c: NewsContext, genre: 'news' | 'article', rng: Rng): ComposedNews {
  const title = rng.pick(t.titles)(c);
  const summary = stripTags(t.lead(c));
  const results = t.results(c);
  const list = `<p>${results.intro}</p><ul>${results.items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  const blocks: string[] = [`<p>${t.details[0](c)}</p>`];
  if (genre === 'article') {
    blocks.push(`<h2>${t.heading(c)}</h2>`, `<p>${t.details[1](c)}</p>`, list, `<p>${t.quote(c)}</p>`);
  } else {
    blocks.push(rng.chance(0.5) ? list : `<p>${t.details[1](c)}</p>`, `<p>${t.quote(c)}</p>`);
    if (rng.chance(0.5)) blocks.push(`<p>${rng.pick(CLOSINGS)(c)}</p>`);
  }
  return { title, summary, bodyHtml: blocks.join('\n'), caption: t.caption(c) };
}
