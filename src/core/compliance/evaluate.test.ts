import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildWorkingCalendar } from '../calendar/workingDays.ts';
import { defaultSectionsFor } from '../sites/defaultSections.ts';
import { completePeriods, evaluatePack, formatScore, gapsOf, runCheck } from './evaluate.ts';
import { CustomRuleError, applyOverrides, buildCustomRule, parseCalendarLines, parseOverrides, parseWeight } from './overrides.ts';
import { RULE_PACKS, findPack } from './packs/index.ts';
import type { ComplianceFacts, SectionFact } from './types.ts';

const cal = buildWorkingCalendar();
const AS_OF = '2026-11-25T03:00:00.000Z';

/** A ward whose every required section has recent content, complete contacts and on-time documents. */
function goodFacts(over: Partial<ComplianceFacts> = {}): ComplianceFacts {
  const sections: SectionFact[] = defaultSectionsFor('ward').map((d, i) => ({
    id: i + 1, slug: d.slug, name: d.name, kind: d.kind, parentId: null, items: ['2026-11-20T02:00:00.000Z', '2026-10-10T02:00:00.000Z', '2026-08-10T02:00:00.000Z', '2026-05-10T02:00:00.000Z'],
  }));
  return {
    asOf: AS_OF,
    site: { id: 7, level: 'ward', host: 'tanninh.tayninh.gov.vn', ownerAgency: 'UBND phường', responsiblePerson: 'Bà A', address: 'Số 1', phone: '0276 3822 415', email: 'a@b.gov.vn' },
    sections,
    documents: [{
      id: 1, numberSymbol: '15/QĐ-UBND', docType: 'quyet-dinh', issuingBody: 'UBND phường', signer: 'Ông B', issuedOn: '2026-11-19',
      effectiveOn: '2026-11-19', abstract: 'Về việc …', isOwn: true, publishedAt: '2026-11-20T02:00:00.000Z', fileCount: 1,
    }],
    officials: [
      { id: 1, name: 'Nguyễn Văn An', position: 'Chủ tịch', phone: '0276 1', email: 'an@x.gov.vn', isLeader: true, isSpokesperson: true, isFocalPoint: false },
      { id: 2, name: 'Lê Thị Bình', position: 'Công chức Văn phòng', phone: '0276 2', email: 'binh@x.gov.vn', isLeader: false, isSpokesperson: false, isFocalPoint: true },
    ],
    socialAccounts: 1,
    ...over,
  };
}

const pack = findPack('nd42-2022')!;

describe('compliance evaluation', () => {
  it('should give a complete ward the full score and no gaps', () => {
    const r = evaluatePack(pack, goodFacts(), cal);
    assert.deepEqual(gapsOf(r).map((g) => `${g.ruleId}: ${g.missing.join(' ')}`), []);
    assert.equal(r.score, r.maxScore);
    assert.equal(r.percent, 100);
    assert.ok(!r.outcomes.some((o) => o.ruleId === 'PRESS-04' || o.ruleId === 'ND42-FUNC-04'), 'city-only rules are left out for a ward');
    assert.ok(r.outcomes.some((o) => o.ruleId === 'DCCS-13'));
  });

  it('should report a missing section with a link to add one, and an empty section with a link to its content', () => {
    const f = goodFacts();
    const sections = f.sections.filter((s) => s.slug !== 'tiep-can-thong-tin').map((s) => (s.slug === 'quy-hoach-ke-hoach' ? { ...s, items: [] } : s));
    const r = evaluatePack(pack, { ...f, sections }, cal);
    const gaps = gapsOf(r);
    assert.deepEqual(gaps.map((g) => g.ruleId).sort(), ['ND13-06', 'ND42-CONTENT-05']);
    const access = gaps.find((g) => g.ruleId === 'ND13-06')!;
    assert.deepEqual(access.missing, ['Cổng chưa có chuyên mục “Tiếp cận thông tin”.']);
    assert.equal(access.fixPath, '/quan-tri/cong/7/chuyen-muc/moi');
    assert.equal(access.legalBasis, 'Luật TCTT Điều 19.1(g); NĐ 13/2018 Điều 6.3, Điều 11');
    assert.equal(gaps.find((g) => g.ruleId === 'ND42-CONTENT-05')!.fixPath, '/quan-tri/cong/7/cong-khai/quy-hoach-ke-hoach');
    assert.equal(r.score, r.maxScore - 2);
  });

  it('should find a renamed section by its kind', () => {
    const f = goodFacts();
    const sections = f.sections.map((s) => (s.slug === 'van-ban' ? { ...s, slug: 'tra-cuu-van-ban' } : s));
    assert.deepEqual(runCheck({ kind: 'sectionHasContent', section: { slug: 'van-ban', kind: 'documents', name: 'Văn bản' }, min: 1 }, { ...f, sections }, cal).missing, []);
  });

  it('should count items in child sections towards their parent', () => {
    const f = goodFacts();
    const sections = [...f.sections.map((s) => (s.slug === 'chi-dao-dieu-hanh' ? { ...s, items: [] } : s)),
      { id: 99, slug: 'thong-bao-moi', name: 'Thông báo', kind: 'news', parentId: f.sections.find((s) => s.slug === 'chi-dao-dieu-hanh')!.id, items: ['2026-11-24T00:00:00.000Z'] }];
    assert.deepEqual(runCheck({ kind: 'updatedWithin', section: { slug: 'chi-dao-dieu-hanh', name: 'x' }, days: 3 }, { ...f, sections }, cal).missing, []);
  });

  it('should flag a stale schedule with its last update date and age', () => {
    const f = goodFacts();
    const sections = f.sections.map((s) => (s.slug === 'lich-cong-tac' ? { ...s, items: ['2026-11-05T02:00:00.000Z'] } : s));
    const gaps = gapsOf(evaluatePack(pack, { ...f, sections }, cal));
    assert.deepEqual(gaps.map((g) => g.ruleId), ['ND42-CONTENT-10-LICH']);
    assert.deepEqual(gaps[0]!.missing, ['Chuyên mục “Lịch công tác lãnh đạo” cập nhật lần cuối ngày 05/11/2026, cách đây 20 ngày (yêu cầu: trong vòng 7 ngày).']);
    assert.equal(gaps[0]!.fixPath, '/quan-tri/cong/7/lich-cong-tac');
  });

  it('should count the 2-working-day deadline across Tết, and flag a document posted after it', () => {
    const doc = goodFacts().documents[0]!;
    const onTime = { ...doc, id: 2, numberSymbol: '03/QĐ-UBND', issuedOn: '2026-02-13', publishedAt: '2026-02-24T09:00:00.000Z' };
    const late = { ...doc, id: 3, numberSymbol: '04/QĐ-UBND', issuedOn: '2026-02-13', publishedAt: '2026-02-26T02:00:00.000Z' };
    const f = goodFacts({ asOf: '2026-03-02T03:00:00.000Z', documents: [onTime, late] });
    const r = runCheck({ kind: 'deadlineWorkingDays', subject: 'documents', scope: 'own', days: 2, lookbackDays: 365 }, f, cal);
    assert.deepEqual(r.missing, ['Văn bản 04/QĐ-UBND ban hành ngày 13/02/2026, đăng ngày 26/02/2026: quá hạn 2 ngày làm việc (hạn chót 24/02/2026, trong 2 ngày làm việc).']);
    const other = runCheck({ kind: 'deadlineWorkingDays', subject: 'documents', scope: 'other', days: 10, lookbackDays: 365 }, f, cal);
    assert.deepEqual(other.missing, [], 'documents of this agency are not judged by the 10-day rule');
  });

  it('should list every missing footer detail and every incomplete person', () => {
    const f = goodFacts();
    const r = evaluatePack(pack, {
      ...f,
      site: { ...f.site, phone: ' ', email: '' },
      officials: [{ ...f.officials[0]!, email: '' }, f.officials[1]!],
    }, cal);
    const gaps = Object.fromEntries(gapsOf(r).map((g) => [g.ruleId, g.missing]));
    assert.deepEqual(gaps, {
      'TT32-FOOTER': ['Chân trang (thông tin cơ quan) thiếu: điện thoại, thư điện tử.'],
      'ND42-CONTENT-06': ['Lãnh đạo Nguyễn Văn An: thiếu thư điện tử.'],
      'PRESS-01': ['Người phát ngôn Nguyễn Văn An: thiếu thư điện tử.'],
    });
  });

  it('should list documents with incomplete metadata', () => {
    const d = goodFacts().documents[0]!;
    const r = runCheck({ kind: 'fieldsComplete', subject: 'documentMetadata' }, goodFacts({ documents: [{ ...d, signer: '', fileCount: 0, effectiveOn: null }] }), cal);
    assert.deepEqual(r.missing, ['Văn bản 15/QĐ-UBND: thiếu người ký, ngày hiệu lực, tệp đính kèm.']);
  });

  it('should check items per complete period', () => {
    assert.deepEqual(completePeriods(AS_OF, 'quarter', 2).map((p) => [p.label, p.startIso, p.endIso]), [
      ['quý III/2026', '2026-06-30T17:00:00.000Z', '2026-09-30T17:00:00.000Z'],
      ['quý II/2026', '2026-03-31T17:00:00.000Z', '2026-06-30T17:00:00.000Z'],
    ]);
    assert.equal(completePeriods('2026-01-10T00:00:00.000Z', 'month', 1)[0]!.label, 'tháng 12/2025');
    const f = goodFacts();
    const r = runCheck({ kind: 'minItemsPerPeriod', section: { slug: 'cong-khai-ngan-sach', name: 'x' }, period: 'quarter', min: 1, periods: 2 },
      { ...f, sections: f.sections.map((s) => (s.slug === 'cong-khai-ngan-sach' ? { ...s, items: ['2026-08-01T00:00:00.000Z'] } : s)) }, cal);
    assert.deepEqual(r.missing, ['Chuyên mục “Công khai ngân sách”, quý II/2026: 0/1 mục được đăng.']);
  });

  it('should apply a city\'s weights and extra rules', () => {
    const rule = buildCustomRule({
      id: 'tp-chi-tieu-tin', title: 'Mỗi tháng ít nhất 2 tin', legalBasis: 'Công văn 2485/UBND-VX', levels: ['ward'], kind: 'minItemsPerPeriod',
      sectionSlug: 'tin-tuc-su-kien', sectionKind: 'news', sectionName: 'Tin tức – Sự kiện', amount: '2', period: 'month', periods: '1', weight: '0,5',
    }, pack.rules.map((r) => r.id));
    assert.equal(rule.id, 'TP-CHI-TIEU-TIN');
    const adjusted = applyOverrides(pack, { weights: { 'TT32-FOOTER': 2, 'ND42-INT-01': 0 }, extraRules: [rule], calendar: { offDays: [], workDays: [] } });
    const base = evaluatePack(pack, goodFacts(), cal);
    const r = evaluatePack(adjusted, goodFacts(), cal);
    assert.equal(r.maxScore, base.maxScore + 1 - 0.5 + 0.5);
    assert.deepEqual(gapsOf(r).map((g) => [g.ruleId, g.custom]), [['TP-CHI-TIEU-TIN', true]]);
    assert.ok(!r.outcomes.some((o) => o.ruleId === 'ND42-INT-01'), 'weight 0 switches a rule off');
  });

  it('should refuse an invalid custom rule with Vietnamese messages, and read stored overrides leniently', () => {
    assert.throws(() => buildCustomRule({
      id: 'x', title: '', legalBasis: '', levels: [], kind: 'khac', sectionSlug: 'Tin Tức', sectionKind: '', sectionName: '', amount: '-1', period: '', periods: '', weight: '0',
    }), (e: unknown) => e instanceof CustomRuleError && ['id', 'title', 'legalBasis', 'levels', 'kind', 'sectionSlug', 'amount', 'weight'].every((k) => k in e.fieldErrors));
    assert.deepEqual(parseOverrides('không phải JSON'), { weights: {}, extraRules: [], calendar: { offDays: [], workDays: [] } });
    const o = parseOverrides(JSON.stringify({ weights: { A: 2, B: -1, C: 'x' }, calendar: { offDays: [{ date: '2026-11-24', name: 'Lễ' }, { date: 'x' }] } }));
    assert.deepEqual(o.weights, { A: 2 });
    assert.deepEqual(o.calendar.offDays, [{ date: '2026-11-24', name: 'Lễ' }]);
    assert.deepEqual(parseCalendarLines('2026-11-24 Ngày Văn hóa\n\nsai\n2026-02-30'), { days: [{ date: '2026-11-24', name: 'Ngày Văn hóa' }], badLines: [3, 4] });
    assert.equal(parseWeight('0,5'), 0.5);
    assert.ok(Number.isNaN(parseWeight('0.555')));
  });

  it('should ship packs whose rules have unique ids, a legal basis, levels and positive weights, over real default sections', () => {
    for (const p of RULE_PACKS) {
      const ids = p.rules.map((r) => r.id);
      assert.equal(new Set(ids).size, ids.length, `${p.id}: unique ids`);
      for (const r of p.rules) {
        assert.ok(r.title && r.legalBasis && r.levels.length > 0 && r.weight > 0, `${p.id} ${r.id}`);
        if ('section' in r.check) {
          const slug = r.check.section.slug;
          assert.ok(r.levels.every((l) => defaultSectionsFor(l).some((s) => s.slug === slug)), `${r.id}: default section ${slug} on every level it applies to`);
        }
      }
    }
    assert.ok(findPack('nd224-2026')!.rules.some((r) => r.id === 'ND224-11.4'));
    assert.equal(findPack('nd224-2026')!.rules.find((r) => r.id === 'PRESS-01')!.legalBasis, 'NĐ 244/2026 Điều 3.3');
    assert.equal(formatScore(8.5, 13), '8,5/13');
  });
});
