/**
 * Places jieba cuts apart or runs together: both ends of a river's stretch in brackets
 * (某港（甲路至乙河段）), a road's name split after a word that locates (位于/v 聚/v 门路/n), and a road
 * written right after an area's name (某某示范区某某路). Invented names.
 */
import { describe, expect, it } from 'vitest';
import { plan } from './helpers.ts';

const places = (...lines: string[]) => plan(...lines).entities.filter((e) => e.type === 'Place').map((e) => e.name);

describe('places cut apart by the segmenter', () => {
  it("both ends of a river's stretch in brackets, a road and a river", () => {
    expect(places('1.对泓宁港（场南路至庙西河段）开展综合治理。')).toEqual(expect.arrayContaining(['泓宁港', '场南路', '庙西河']));
  });

  it('a road whose first character jieba reads as a verb after 位于', () => {
    expect(places('1.位于聚门路的创业园全年新入驻企业20家。')).toContain('聚门路');
  });

  it("a road after an area's name is a road of its own, and 中心城区, 中心工作 name no centre", () => {
    const found = places('1.项目位于临港科创示范区澄茂路、泓霖路交会处，地处上海中心城区西部。', '2.紧扣服务区委中心工作开展调研，围绕区委中心工作开展督查。');
    expect(found).toEqual(expect.arrayContaining(['临港科创示范区', '澄茂路', '泓霖路']));
    expect(found).not.toContain('临港科创示范区澄茂路');
    expect(found).not.toContain('上海中心');
    expect(found.filter((n) => n.endsWith('区委中心'))).toEqual([]);
  });

  it('a verb of one character before a kind of place names none (整小区, 占住宅); 立/v 新村/n is a village', () => {
    const found = places('1.在和平新村试点整小区规划、分批次实施，老旧住宅约占住宅总量的40%。', '2.在立新村、前锋村开展整治。');
    expect(found).not.toContain('占住宅');
    expect(found).not.toContain('整小区');
    expect(found).toContain('立新村');
  });

  it('the preposition 与 that jieba glues to a name’s first characters is not part of it', () => {
    const ex = plan('1.机关党支部与芷兰苑居民区党总支结对共建。');
    expect(ex.entities.filter((e) => e.type === 'Place').map((e) => e.name)).toContain('芷兰苑居民区');
    expect(ex.entities.filter((e) => e.type === 'Organisation').map((e) => e.name)).toContain('芷兰苑居民区党总支');
  });

  it('a citizens’ sports ground and an elders’ sports-and-health home are places', () => {
    expect(places('1.新建澄湾市民运动场，建成梧桐长者运动健康之家。')).toEqual(expect.arrayContaining(['澄湾市民运动场', '梧桐长者运动健康之家']));
  });

  it('the venues of district bodies: service halls, tax halls, reception centres, auditoriums, exhibition centres', () => {
    const found = places('1.优化澄江路办税服务厅和区行政服务大厅布局，启用澄湾接待中心、澄园礼堂和金渡展示中心。');
    expect(found).toEqual(expect.arrayContaining(['澄江路办税服务厅', '澄湾接待中心', '澄园礼堂', '金渡展示中心']));
  });

  it('an industrial base named by its place is a place', () => {
    expect(places('1.推进罗泾新材料产业基地招商。')).toContain('罗泾新材料产业基地');
  });

  it('a room named by a quote and its field is a place: 听证室, 陈列厅, 病区', () => {
    expect(places('1.启用“和澄”检察听证室，开放“海上某韵”档案史料陈列厅，设立“暖春”安宁疗护病区。')).toEqual(expect.arrayContaining(['“和澄”检察听证室', '“海上某韵”档案史料陈列厅', '“暖春”安宁疗护病区']));
  });
});

