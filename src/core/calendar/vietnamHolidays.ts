/**
 * Days off and make-up working days for state agencies, as data (regulations.md ND43-DEADLINE-*: deadlines
 * are counted in working days). The Labour Code 2019 Art. 112 fixes the holidays (Tết Dương lịch 1 day,
 * Tết Âm lịch 5 days, Giỗ Tổ Hùng Vương 10/3 âm lịch, 30/4, 1/5, Quốc khánh 2/9 plus one adjacent day) and
 * gives a substitute day off when a holiday falls on a weekend; each year the Ministry of Home Affairs
 * (formerly MOLISA) announces the exact days for civil servants, often swapping a weekday with a Saturday.
 *
 * Confidence per year: 2025 was announced (Thông báo of MOLISA, 2024); 2026 is as recalled from the
 * announcements and must be checked against the official notice; 2027 is an ESTIMATE computed from the
 * lunar calendar (Tết = 06/02/2027, Giỗ Tổ = 16/4/2027) and the substitute-day rule, to be replaced by the
 * official notice when it is published. A city adds or corrects days in its compliance settings
 * (stored overrides) without a code change.
 */

export interface CalendarDay {
  /** YYYY-MM-DD (portal time). */
  date: string;
  /** Vietnamese name of the holiday or of the swap. */
  name: string;
}

export interface HolidayYear {
  year: number;
  /** Days off (weekdays that are not worked; weekend days are listed too when they belong to a holiday). */
  offDays: readonly CalendarDay[];
  /** Saturdays or Sundays that are worked to make up for a swapped weekday. */
  workDays: readonly CalendarDay[];
  confidence: 'announced' | 'recalled' | 'estimated';
  source: string;
}

function range(from: string, to: string, name: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d = new Date(d.getTime() + 86_400_000)) {
    out.push({ date: d.toISOString().slice(0, 10), name });
  }
  return out;
}

export const VIETNAM_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2025,
    offDays: [
      { date: '2025-01-01', name: 'Tết Dương lịch' },
      ...range('2025-01-25', '2025-02-02', 'Tết Nguyên đán Ất Tỵ'),
      { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { date: '2025-04-30', name: 'Ngày Chiến thắng 30/4' },
      { date: '2025-05-01', name: 'Ngày Quốc tế Lao động 1/5' },
      { date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4)' },
      ...range('2025-08-30', '2025-09-02', 'Quốc khánh 2/9'),
    ],
    workDays: [{ date: '2025-04-26', name: 'Làm bù cho thứ Sáu 02/5' }],
    confidence: 'announced',
    source: 'Bộ Luật Lao động 2019 Điều 112; thông báo lịch nghỉ lễ, Tết năm 2025 đối với cán bộ, công chức, viên chức',
  },
  {
    year: 2026,
    offDays: [
      { date: '2026-01-01', name: 'Tết Dương lịch' },
      { date: '2026-01-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01)' },
      ...range('2026-02-14', '2026-02-22', 'Tết Nguyên đán Bính Ngọ'),
      { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch là Chủ nhật 26/4)' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng 30/4' },
      { date: '2026-05-01', name: 'Ngày Quốc tế Lao động 1/5' },
      { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)' },
      { date: '2026-09-02', name: 'Quốc khánh 2/9' },
    ],
    workDays: [{ date: '2026-01-10', name: 'Làm bù cho thứ Sáu 02/01' }],
    confidence: 'recalled',
    source: 'Bộ Luật Lao động 2019 Điều 112; lịch nghỉ năm 2026 theo thông báo của Bộ Nội vụ (cần đối chiếu văn bản chính thức)',
  },
  {
    year: 2027,
    offDays: [
      { date: '2027-01-01', name: 'Tết Dương lịch' },
      ...range('2027-02-05', '2027-02-11', 'Tết Nguyên đán Đinh Mùi (dự kiến)'),
      { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { date: '2027-04-30', name: 'Ngày Chiến thắng 30/4' },
      { date: '2027-05-03', name: 'Nghỉ bù Ngày Quốc tế Lao động (1/5 là thứ Bảy)' },
      { date: '2027-09-02', name: 'Quốc khánh 2/9' },
      { date: '2027-09-03', name: 'Quốc khánh (ngày liền kề)' },
    ],
    workDays: [],
    confidence: 'estimated',
    source: 'Ước tính theo Bộ Luật Lao động 2019 Điều 112 và âm lịch; thay bằng thông báo chính thức khi được ban hành',
  },
];
