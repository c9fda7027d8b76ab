import { describe, expect, it } from 'vitest';
import { allDistricts, ancestors, findDistrictMentions, getDistrict, resolveDistrict } from '../../ingest/gazetteer/index.ts';

describe('gazetteer', () => {
  it('holds the city, 16 districts and their 街道/镇/乡', () => {
    const all = allDistricts();
    expect(all.filter((d) => d.level === 'city').map((d) => d.name)).toEqual(['上海市']);
    expect(all.filter((d) => d.level === 'district')).toHaveLength(16);
    const units = all.filter((d) => d.level === 'subdistrict' || d.level === 'town');
    expect(units.length).toBeGreaterThanOrEqual(210);
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    for (const u of units) expect(getDistrict(u.parent!)?.level).toBe('district');
  });

  it('resolves full names and the safe short forms', () => {
    const cases: [string, string][] = [
      ['潍坊新村街道', '潍坊新村街道'], ['潍坊街道', '潍坊新村街道'], ['潍坊', '潍坊新村街道'],
      ['张江镇', '张江镇'], ['张江', '张江镇'], ['淞南镇', '淞南镇'], ['淞南', '淞南镇'],
      ['嘉定镇街道', '嘉定镇街道'], ['嘉定镇', '嘉定镇街道'], ['嘉定', '嘉定区'], ['嘉定区', '嘉定区'],
      ['万里街道', '万里街道'], ['万里', '万里街道'], ['浦东', '浦东新区'], ['上海', '上海市'],
      ['横沙乡', '横沙乡'], ['崇明县', '崇明区'],
      // a 街道 named after a road goes by its stem + 街道 too (not by the road's name)
      ['虹梅街道', '虹梅路街道'], ['临汾街道', '临汾路街道'],
    ];
    expect(resolveDistrict('虹梅路')).toBeNull();
    expect(resolveDistrict('湖南街道')).toBeNull();
    for (const [form, name] of cases) expect(resolveDistrict(form)?.id, form).toBe(`district:${name}`);
  });

  it('holds the functional areas listed beside the 街道 and 镇 (菊园新区, 嘉定工业区, 莘庄工业区)', () => {
    for (const [name, parent] of [['菊园新区', '嘉定区'], ['嘉定工业区', '嘉定区'], ['莘庄工业区', '闵行区']]) {
      expect(resolveDistrict(name)?.id, name).toBe(`district:${name}`);
      expect(ancestors(`district:${name}`).map((a) => a.name), name).toContain(parent);
    }
  });

  it('resolves issuers and chains to the most specific unit', () => {
    expect(resolveDistrict('上海普陀')?.name).toBe('普陀区');
    expect(resolveDistrict('普陀区万里街道')?.name).toBe('万里街道');
    expect(resolveDistrict('张江镇人民政府')?.name).toBe('张江镇');
    expect(resolveDistrict('潍坊新村街道办事处')?.name).toBe('潍坊新村街道');
    expect(resolveDistrict('上海市浦东新区人民政府')?.name).toBe('浦东新区');
    // a 街道 named after its road keeps the road in its official name; the older form is an alias
    expect(resolveDistrict('古美路街道')?.name).toBe('古美路街道');
    expect(resolveDistrict('古美街道')?.name).toBe('古美路街道');
  });

  it('has no short form for ambiguous or common words', () => {
    for (const w of ['江桥', '石化', '新村', '虹桥', '大桥', '建设', '中山', '花木', '外滩']) expect(resolveDistrict(w), w).toBeNull();
    expect(resolveDistrict('江桥镇')?.level).toBe('town');
    expect(resolveDistrict('石化街道')?.level).toBe('subdistrict');
  });

  it('gives PART_OF chains', () => {
    expect(ancestors('district:潍坊新村街道').map((d) => d.name)).toEqual(['浦东新区', '上海市']);
    expect(ancestors('district:上海市')).toEqual([]);
  });

  it('finds mentions, longest first, skipping roads, rivers and numerals', () => {
    const text = '上海市浦东新区潍坊新村街道与张江路沿线、黄浦江两岸,嘉定镇街道位于嘉定区;鹏程万里,3万里程,万里街道;新江湾城';
    const found = findDistrictMentions(text).map((m) => [m.ref.name, text.slice(m.span.start, m.span.end)]);
    expect(found).toEqual([
      ['上海市', '上海市'], ['浦东新区', '浦东新区'], ['潍坊新村街道', '潍坊新村街道'],
      ['嘉定镇街道', '嘉定镇街道'], ['嘉定区', '嘉定区'], ['万里街道', '万里街道'], ['新江湾城街道', '新江湾城'],
    ]);
  });
});

describe('units elsewhere in China', () => {
  it('holds provinces, the prefectures and counties Shanghai documents name, each in its chain', () => {
    expect(resolveDistrict('云南省')?.level).toBe('province');
    expect(resolveDistrict('红河州')?.name).toBe('红河哈尼族彝族自治州');
    expect(ancestors('district:元阳县').map((a) => a.name)).toEqual(['红河哈尼族彝族自治州', '云南省']);
    expect(ancestors('district:嘉善县').map((a) => a.name)).toEqual(['嘉兴市', '浙江省']);
    expect(resolveDistrict('苏州')?.name).toBe('苏州市');
  });

  it('reads no city or province in a Shanghai road, river, compound or body named after it', () => {
    const text = '山西南路、四川北路、苏州河、丽水苑、山西居民区、浙江大学、横沥河北段';
    expect(findDistrictMentions(text).map((m) => m.ref.name)).toEqual([]);
  });
});
