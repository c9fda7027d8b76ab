/**
 * People from round 36–39 documents (a 区 federation of trade unions, a 区 office for paired
 * regions, a village committee): roster lines whose label is several posts, names before their
 * title, posts of counties and townships, and people named only in their studio's name.
 * Invented names throughout.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../ingest/extract/index.ts';
import { docFrom } from './helpers.ts';

const extraction = (...lines: string[]) => extract(docFrom(['某区某局2025年工作总结', '一、工作', ...lines].join('\n')));
const people = (...lines: string[]) => extraction(...lines).entities.filter((e) => e.type === 'Person') as { name: string; titles?: string[] }[];
const names = (...lines: string[]) => people(...lines).map((p) => p.name);

describe('roster lines of posts', () => {
  it('several posts, letter-spaced, then a colon and a name, with or without a note in brackets', () => {
    const found = names('四、领导班子', '党组书记、主　　席：呼延振华', '党组成员、副 主 席：司马莉（兼女职工委员会主任）', '经费审查委员会主任：淳于秋实', '兼 职 副 主 席：令狐朗（上海某某机械有限公司工会主席）');
    expect(found).toEqual(expect.arrayContaining(['呼延振华', '司马莉', '淳于秋实', '令狐朗']));
  });

  it('a party group or a part-time post before the title is no body; a secondment is not part of the body', () => {
    const ex = extraction('四、领导班子', '党组成员、副 主 席：冼国梁', '兼职副主席：钮丽', '乜向东　　挂职某某县委常委、副县长');
    const bodies = ex.entities.filter((e) => e.type === 'Organisation').map((e) => e.name);
    expect(bodies).not.toContain('党组');
    expect(bodies).not.toContain('兼职');
    expect(bodies.filter((b) => b.startsWith('挂职'))).toEqual([]);
    expect(ex.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual(expect.arrayContaining(['冼国梁', '钮丽', '乜向东']));
  });
});

describe('roster entries', () => {
  it('names padded to a column in a list of names with their posts in brackets', () => {
    expect(names('（一）招商工作专班', '成　　员:齐　林(镇经济发展办公室主任)　幸晓冬(镇投资促进中心主任)　鲍一川(镇企业服务中心主任)')).toEqual(expect.arrayContaining(['齐林', '幸晓冬', '鲍一川']));
  });

  it('a second post in brackets after the first, and a note that holds brackets of its own', () => {
    expect(names('五、领导班子', '副主席（副会长）：璩晓兰（普某某医疗器械（上海）有限公司副总裁）')).toEqual(['璩晓兰']);
  });

  it('forecasters and young people back home are titles', () => {
    expect(names('1.区气象局首席预报员殳丽芳团队发布预警46次。返乡青年龚建东创办的公司入选。')).toEqual(expect.arrayContaining(['殳丽芳', '龚建东']));
  });
});

describe('people in running text', () => {
  it('a name right before its title, when the title is followed by what the holder does', () => {
    expect(names('1.乜向阳副县长牵头完成入库项目63个。冼国梁副主席带队开展督查5次。')).toEqual(expect.arrayContaining(['乜向阳', '冼国梁']));
  });

  it('no name before a title from a place or body that starts with a surname', () => {
    expect(names('1.王家村书记牵头，张江镇镇长带队。')).toEqual([]);
  });

  it('posts of counties and townships and labour models are titles; 先后 follows a name', () => {
    expect(names('1.副县长仉建国协调问题11个。全国劳动模范眭建军分享经验。区某某办主任张文斌先后4次带队。')).toEqual(expect.arrayContaining(['仉建国', '眭建军', '张文斌']));
  });

  it('a studio named after its person names the person, even where the text names them nowhere else', () => {
    expect(names('1.新命名工作室：（1）仇晓红护理创新工作室（某某医院）；（2）第五春生教学创新工作室。')).toEqual(expect.arrayContaining(['仇晓红', '第五春生']));
  });

  it('people appointed to posts: 任命某某为某局局长、某某为某局局长', () => {
    expect(names('1.全年依法决定任命宗政明达为某区财政局局长、尉迟文芳为某区教育局局长，任命綦海川为某区人民法院副院长。')).toEqual(expect.arrayContaining(['宗政明达', '尉迟文芳', '綦海川']));
  });

  it('no appointment without a post that ends in a title', () => {
    expect(names('1.任命王家村为示范点，聘任张江为顾问单位。')).toEqual([]);
  });

  it('a given name read as a verb before a title followed by what follows names (阙/nr 建新/v 副主任带队)', () => {
    expect(names('1.依法开展执法检查，阙建新副主任带队深入某镇。')).toContain('阙建新');
  });

  it('no name from a conjunction or an adjective and its verb after a title (电工和安全生产, 河长全覆盖); 书记黄丰收牵头 is one', () => {
    expect(names('1.分获电工和安全生产管理项目第一名。实现村级河长全覆盖。律师、医生、教师和新就业群体担任执委。')).toEqual([]);
    expect(names('1.东岚村党总支书记黄丰收牵头引导村民。')).toContain('黄丰收');
  });
});
