/**
 * Rules added for issue #3 (generalisation to unseen documents): names around conjunctions and
 * glued function words, bodies named by what they do, generic surroundings of a named place,
 * umbrella campaigns cut by verbs, weak kind words, and roster layouts.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { docFrom, names } from './helpers.ts';


describe('generalisation rules', () => {
  const TEXT = [
    '长风新村街道2025年工作计划',
    '索引号:SY-310107-2025-00012',
    '文件编号:普长委〔2025〕3号',
    '一、实施“绿韵长风”生态提升专项行动',
    '1.同步实施金沙江路和白玉路沿街店招店牌整治,开展枣林路美丽街区示范段建设。',
    '2.会同普陀区就业促进中心、普陀区水务局和区交通委推进工作;街道营商服务办走访企业。',
    '3.成立长风新村街道“宜居长风”建设工作领导小组,推进梅川中学扩建工程。',
    '4.培育“银杏树”志愿服务团队,推广“邻里帮”助老服务,开展“春风行动”。',
    '5.长风新村街道老旧小区完成改造;大华村获评上海市美丽村。',
    '6.在沙田居民区、国和居民区推广“三事分流”①工作法。',
    '名词解释',
    '①三事分流:把居民诉求分为大事、小事、私事分类处理。',
    '②三园一带:工业园区、生态园、黄桃园和滨水发展带。',
    '附件',
    '组  长:周明辉  街道党工委书记',
    '副组长:钱  琳  街道办事处副主任',
    '成  员:孙立平(社区管理办主任)',
  ].join('\n');
  const ex = extract(docFrom(TEXT));

  it('splits places joined by 和, and keeps 和 inside a name whose first character it follows', () => {
    const places = names(ex, 'Place');
    expect(places).toEqual(expect.arrayContaining(['金沙江路', '白玉路', '沙田居民区', '国和居民区']));
    expect(places).not.toContain(nameKey('金沙江路和白玉路'));
  });

  it('takes the road, not its generic surroundings, as the place', () => {
    const places = names(ex, 'Place');
    expect(places).toContain('枣林路');
    expect(places).not.toContain(nameKey('枣林路美丽街区'));
  });

  it('reads no place from the district name before a generic word, nor from an honour', () => {
    const places = names(ex, 'Place');
    expect(places).not.toContain(nameKey('长风新村街道老旧小区'));
    expect(places).not.toContain(nameKey('上海市美丽村'));
    expect(places).toContain('大华村');
  });

  it('names bodies by what they do, after a district, and with a quote inside', () => {
    const orgs = names(ex, 'Organisation');
    expect(orgs).toEqual(expect.arrayContaining(['普陀区就业促进中心', '普陀区水务局', '区交通委', nameKey('长风新村街道“宜居长风”建设工作领导小组')]));
    expect(orgs.some((o) => o.endsWith('营商服务办'))).toBe(true);
    expect(orgs).not.toContain('普长委'); // the issuer's short name in a document number
  });

  it('keeps an umbrella campaign whole when a verb sits inside its name', () => {
    expect(names(ex, 'Programme')).toContain(nameKey('“绿韵长风”生态提升专项行动'));
  });

  it('reads a project on a named place or institution, with 示范 and action+kind words', () => {
    const programmes = names(ex, 'Programme');
    expect(programmes).toContain(nameKey('枣林路美丽街区示范段建设'));
    expect(programmes).toContain(nameKey('梅川中学扩建工程'));
  });

  it('does not make a team, or a quoted policy, a programme', () => {
    const programmes = names(ex, 'Programme');
    expect(programmes).toContain(nameKey('“邻里帮”助老服务'));
    expect(programmes).not.toContain(nameKey('“银杏树”志愿服务'));
    expect(programmes).not.toContain(nameKey('“春风行动”'));
    expect(names(ex, 'Policy')).toContain('春风行动');
  });

  it('reads roster names padded with spaces and titles in brackets', () => {
    expect(names(ex, 'Person')).toEqual(expect.arrayContaining(['周明辉', '钱琳', '孙立平']));
  });

  it('treats footnote marks as punctuation, not as part of a name', () => {
    expect(names(ex, 'Place').filter((p) => /^\d/.test(p))).toEqual([]); // nameKey folds ② to 2
  });
});
