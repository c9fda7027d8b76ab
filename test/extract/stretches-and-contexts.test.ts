/**
 * Session 29: works named along a stretch between two places, and other names read from the
 * context around them. Invented names, no seed or fixture strings.
 */
import { describe, expect, it } from 'vitest';
import { names, plan, quantities } from './helpers.ts';

describe('works along a stretch', () => {
  it('starts a work at the near end of the stretch it runs along (某公园至某路站…工程, 某河—某港…工程)', () => {
    const ex = plan('1.推进柳汀公园至桐湾路站慢行通道建设工程。', '2.实施蓼溪河—澜塘港水系连通工程一期。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toEqual(expect.arrayContaining(['柳汀公园至桐湾路站慢行通道建设工程', '蓼溪河-澜塘港水系连通工程一期']));
    expect(programmes).not.toContain('桐湾路站慢行通道建设工程');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['柳汀公园', '桐湾路站', '蓼溪河', '澜塘港']));
  });
});

describe('works on counted places', () => {
  it('names a kind of work from the count of the places it is on, and keeps the count as a quantity', () => {
    const ex = plan('1.完成9个住宅小区雨污混接改造,新增停车泊位120个。', '2.完成3家社区康复中心标准化建设项目。');
    const programmes = names(ex, 'Programme');
    expect(programmes).toEqual(expect.arrayContaining(['9个住宅小区雨污混接改造', '3家社区康复中心标准化建设项目']));
    expect(programmes).not.toContain('住宅小区雨污混接改造');
    expect(quantities(ex)).toEqual(expect.arrayContaining(['9个', '3家']));
  });
});

describe('universities by short form', () => {
  it('reads 理工, 工大 and 财大 short forms after a cue word as universities', () => {
    const ex = plan('1.与栎川理工共建实验室。', '2.依托澄湾工大、鹭州财大等高校力量开展课题研究。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['栎川理工', '澄湾工大', '鹭州财大']));
  });
});

describe('brands after a cue word', () => {
  it('reads a brand followed by what it is contracted to run (依托某某物业运营…)', () => {
    const ex = plan('1.依托栖禾物业运营社区食堂,日均供餐300客。');
    expect(names(ex, 'Organisation')).toContain('栖禾物业');
  });
});

describe('improvements that name no programme', () => {
  it('reads the improvement of an attribute of a place, or a heritage building\'s upkeep, as no programme', () => {
    const ex = plan('1.完成栎湾公园功能提升和蓼溪河水质提升。', '2.实施鹭园旧址保护性修缮。', '3.完成澄川公园改造提升。');
    const programmes = names(ex, 'Programme');
    expect(programmes).not.toEqual(expect.arrayContaining([expect.stringMatching(/功能提升|水质提升|保护性修缮$/)]));
    expect(programmes).toContain('澄川公园改造提升');
    expect(names(ex, 'Place')).toEqual(expect.arrayContaining(['栎湾公园', '蓼溪河']));
  });
});

describe('names jieba cut into single characters', () => {
  it('names a forest park after the single characters jieba cut its name into (泓/nz 溪/n 森林公园)', () => {
    const ex = plan('1.建成泓溪森林公园,新增林地560亩。');
    expect(names(ex, 'Place')).toContain('泓溪森林公园');
  });
});

describe('the building of a project', () => {
  it('ends a project at its kind word when 建设 follows (某村城中村改造项目|建设)', () => {
    const ex = plan('1.推进华新镇蓼塘村城中村改造项目建设,完成签约120户。');
    expect(names(ex, 'Programme')).toContain('华新镇蓼塘村城中村改造项目');
    expect(names(ex, 'Programme').some((n) => n.endsWith('项目建设'))).toBe(false);
  });
});

describe('departments inside a person\'s title', () => {
  it('reads 区委常委、政法委书记 as a title, while a firm the member heads stays a body', () => {
    const ex = plan('1.区委常委、政法委书记栾振川来镇调研平安建设。', '2.区政协常委、上海澜汀律师事务所主任阙明远参加座谈。');
    const orgs = names(ex, 'Organisation');
    expect(orgs).not.toContain('政法委');
    expect(orgs).toContain('上海澜汀律师事务所');
    expect(names(ex, 'Person')).toContain('栾振川');
  });
});

describe('generic bodies', () => {
  it('takes a superior hospital, a class of hospitals and a bare office for no body', () => {
    const ex = plan('1.建立向上级医院和二三级医院转诊的绿色通道,由社会办牵头落实。');
    expect(names(ex, 'Organisation')).toEqual([]);
  });
});

describe('party institutions', () => {
  it('reads the Party\'s own systems (“第一议题”制度, “三会一课”制度) as policies, not programmes', () => {
    const ex = plan('1.严格落实“第一议题”制度和“三会一课”制度。');
    expect(names(ex, 'Policy')).toEqual(expect.arrayContaining([expect.stringContaining('第一议题'), expect.stringContaining('三会一课')]));
    expect(names(ex, 'Programme')).toEqual([]);
  });
});

describe('city and national policies', () => {
  it('knows 总分馆制, 以旧换新 and 中央生态环境保护督察 as policies', () => {
    const ex = plan('1.深化公共图书馆总分馆制,落实以旧换新政策,配合中央生态环境保护督察。');
    expect(names(ex, 'Policy')).toEqual(expect.arrayContaining(['总分馆制', '以旧换新', '中央生态环境保护督察']));
  });
});

describe('quoted events', () => {
  it('reads a quoted forum or touring talk as a programme (“某某”座谈会, “某某”进校园巡讲)', () => {
    const ex = plan('1.举办“澄川夜话”座谈会4场,开展“护蕾”进校园巡讲12场。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['澄川夜话座谈会', '护蕾进校园巡讲']));
  });

  it('reads a quoted sharing session, photo show, open day or live sale as a programme', () => {
    const ex = plan('1.举办“书香澄川”分享会、“镜头里的栎湾”摄影展和“城管开放”开放日,开展“栎湾好物”直播带货。');
    expect(names(ex, 'Programme')).toEqual(expect.arrayContaining(['书香澄川分享会', '镜头里的栎湾摄影展', '城管开放开放日', '栎湾好物直播带货']));
  });
});

describe('classes of projects', () => {
  it('reads a class of projects or a plan of projects as no programme', () => {
    const ex = plan('1.推进栎湾区重大产业项目和固定资产投资项目,落实检查结果互认项目,编制澄川片区项目计划。');
    expect(names(ex, 'Programme')).toEqual([]);
  });
});
