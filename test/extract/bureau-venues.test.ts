/**
 * Rules from tuning on the 区 bureaus' documents of rounds 49–53 (an education bureau, a health
 * commission, a culture and tourism bureau, a commerce commission), each on invented names.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { names, plan } from './helpers.ts';

describe('units elsewhere that the gazetteer does not list', () => {
  it('a unit written right after its province or prefecture is a District; named alone later, it is the same unit', () => {
    const ex = plan('1.赴新疆维吾尔自治区阿克苏地区温宿县和云南省昭通市彝良县开展对口支援，与浙江省嘉兴市秀洲区学校结对；选派教师赴温宿县支教。');
    expect(names(ex, 'District')).toEqual(expect.arrayContaining(['阿克苏地区', '温宿县', '昭通市', '彝良县', '秀洲区']));
    expect(names(ex, 'Organisation')).toEqual([]);
  });

  it('a county outside the gazetteer named alone, its parent written nowhere, is no District (it would float without a chain)', () => {
    expect(names(plan('1.选派教师赴温宿县支教。'), 'District')).not.toContain('温宿县');
  });
});

describe('a district’s schools are no body', () => {
  it('某区大中小学, 某区中小学 mean all the schools there', () => {
    const ex = plan('1.组织宝山区大中小学开展研学活动，推动宝山区中小学全面开设劳动课程。');
    expect(names(ex, 'Organisation')).toEqual([]);
  });

  it('a 学区 named by its place is a body; 紧密型教育集团 is a kind, not a body named 型', () => {
    const ex = plan('1.发挥宝山区泓岸学区辐射作用，新组建2个紧密型教育集团。');
    expect(names(ex, 'Organisation')).toEqual([nameKey('宝山区泓岸学区')]);
  });
});

describe('quoted venues', () => {
  it('a quoted name before 宝宝屋 or 睦邻中心 is a place, not a programme of its service', () => {
    const ex = plan('1.推动大场镇“小泓岸”宝宝屋延长服务时间，依托庙行镇“乐邻汇”睦邻中心试点托育服务。');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['“小泓岸”宝宝屋', '“乐邻汇”睦邻中心'].map(nameKey)));
    expect(names(ex, 'Programme').filter((n) => n.includes('宝宝屋') || n.includes('睦邻中心'))).toEqual([]);
  });

  it('a venue whose own name is common words is named by the lane that holds it', () => {
    const places = names(plan('1.开发仁德里红色史迹陈列馆等实践点位。'), 'Place');
    expect(places).toContain(nameKey('仁德里红色史迹陈列馆'));
    expect(places).not.toContain(nameKey('红色史迹陈列馆'));
  });

  it('校园 after a conjunction is no place', () => {
    expect(names(plan('1.教育治理和校园安全持续加强。'), 'Place')).toEqual([]);
  });
});

describe('bodies', () => {
  it('某区教育基建管理中心 is a body (基建 is a noun)', () => {
    expect(names(plan('1.由宝山区教育基建管理中心负责工程建设管理。'), 'Organisation')).toContain(nameKey('宝山区教育基建管理中心'));
  });
});
