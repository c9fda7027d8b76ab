/**
 * The vocabulary of district bodies that keep records and count (an archive, a statistics bureau,
 * a court): their counting units, a survey table's sample-size column, exhibitions and
 * collections named in quotes, and their units (人民法庭, 审判庭, 档案室, 统计所, 调查队).
 * Held-out round 32; invented names.
 */
import { describe, expect, it } from 'vitest';
import { extract, loadLexicons } from '../../ingest/extract/index.ts';
import { findTargets } from '../../ingest/extract/targets.ts';
import { byRules, docFrom } from './helpers.ts';

const lex = loadLexicons();
// the rules alone: what the confidence model keeps moves with every retraining (helpers.ts)
const report = (...lines: string[]) => byRules(docFrom(['某区档案馆2025年工作总结', '一、工作', ...lines].join('\n')));
const named = (type: string, ...lines: string[]) => report(...lines).entities.filter((e) => e.type === type).map((e) => e.name);

describe('archives and statistics', () => {
  it('counts archives in 卷, 卷次, 页, 封 and 幅, and operations in 台次', () => {
    const found = findTargets('接收档案1.2万卷，提供利用3100卷次，数字化120万页，征集书信86封、照片240幅，完成手术1.1万台次', 0, { mode: 'review', year: 2025 }, lex);
    expect(found.map((t) => [t.value, t.unit])).toEqual([[12000, '卷'], [3100, '卷次'], [1200000, '页'], [86, '封'], [240, '幅'], [11000, '台次']]);
  });

  it("a survey table's sample-size column gives one quantity per row in the row's unit", () => {
    const ex = report('1.开展调查。', '', '序号\t调查项目\t调查对象\t单位\t样本量\t报送频率', '1\t工业统计调查\t规模以上工业企业\t家\t836\t月报', '2\t投资统计调查\t在库投资项目\t个\t417\t月报', '');
    const targets = ex.entities.filter((e) => e.type === 'Target') as unknown as { value: number; unit: string }[];
    expect(targets.map((t) => [t.value, t.unit])).toEqual(expect.arrayContaining([[836, '家'], [417, '个']]));
  });

  it('exhibitions and collections named in quotes are programmes: 巡展, 档案展, 专题档案, 专题数据库, 网上展厅', () => {
    const found = named('Programme', '1.举办“某某往事”城市记忆巡展，推出“某某珍品”馆藏珍品档案展。“云上某档”网上展厅推出网上展览6个。完成“某某开发建设”专题档案建设，“某某名人”专题数据库新增条目120条。');
    expect(found).toEqual(expect.arrayContaining(['“某某往事”城市记忆巡展', '“某某珍品”馆藏珍品档案展', '“云上某档”网上展厅', '“某某开发建设”专题档案', '“某某名人”专题数据库']));
  });

  it('a court’s tribunals and divisions, archive rooms, statistics stations and survey teams are bodies', () => {
    const found = named('Organisation', '1.罗泾人民法庭、民事审判庭完成审理。指导北郊街道档案室、国家统计局松江调查队和南渡镇统计所开展工作。');
    expect(found).toEqual(expect.arrayContaining(['罗泾人民法庭', '民事审判庭', '北郊街道档案室', '国家统计局松江调查队', '南渡镇统计所']));
  });

  it('a star rating and its bound name no body: 五星级统计所, 四星级以上统计所', () => {
    expect(named('Organisation', '1.评选五星级统计所3个，四星级以上统计所占比达到60%。')).not.toEqual(expect.arrayContaining([expect.stringContaining('统计所')]));
  });

  it('the national 1% population sample survey is a programme, and its 1% no quantity', () => {
    // (a kind's programme is a district's own: the document needs a district)
    const ex = extract(docFrom(['青浦区统计局2025年工作要点', '一、工作', '1.做好2025年全国1%人口抽样调查工作，入户登记完成率达到98%。'].join('\n')));
    expect(ex.entities.filter((e) => e.type === 'Programme').map((e) => e.name)).toContain('2025年全国1%人口抽样调查');
    const targets = ex.entities.filter((e) => e.type === 'Target') as unknown as { value: number }[];
    expect(targets.map((t) => t.value)).toEqual([98]);
  });

  it('a national system named in the text is a policy (a lead verb before it is the sentence’s)', () => {
    const ex = extract(docFrom(['青浦区统计局2025年工作要点', '一、工作', '1.全面使用国家医保信息平台报送数据。'].join('\n')));
    const of = (type: string) => ex.entities.filter((e) => e.type === type).map((e) => e.name);
    expect(of('Policy')).toContain('国家医保信息平台');
    expect(of('Programme')).not.toContain('国家医保信息平台');
  });

  it('a numbered summit runs to its kind word 峰会', () => {
    const found = named('Programme', '1.举办第三届“澄江论道”金融科技峰会，发布报告2份。');
    expect(found).toContain('第三届“澄江论道”金融科技峰会');
  });

  it('a class numbered in digits (第/m 36/m 期/n) runs from its number to its kind word', () => {
    const found = named('Programme', '1.第36期中青年干部培训班学制60天。举办第23期科级干部进修班。');
    expect(found).toEqual(expect.arrayContaining(['第36期中青年干部培训班', '第23期科级干部进修班']));
  });

  it('events and products after a quoted name: 早餐会, 游园会, 夜校, 特展, 微宣讲, 金融产品, 音乐会', () => {
    const found = named('Programme', '1.举办“月月有约”政企早餐会、“金秋某某”重阳游园会、“某某青学”青年夜校、“江河往事”文物特展、“她说某某”微宣讲，推出“某某贷”普惠金融产品，举办“弄堂里的音乐会”。');
    expect(found).toEqual(expect.arrayContaining(['“月月有约”政企早餐会', '“金秋某某”重阳游园会', '“某某青学”青年夜校', '“江河往事”文物特展', '“她说某某”微宣讲', '“某某贷”普惠金融产品']));
  });
});

