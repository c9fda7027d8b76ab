/**
 * Kinds of body named by common words only are no one body: a kind of studio (城管社区工作室,
 * 婚姻家庭调解工作室) and a meeting of consultation (协商会). A studio named by its place is one.
 */
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../ingest/extract/normalise.ts';
import { extract } from '../../ingest/extract/index.ts';
import { docFrom, names, plan } from './helpers.ts';

describe('a kind of studio or a consultation meeting', () => {
  it('is no body when named by common words only', () => {
    const ex = plan('1.在全镇86个居民区设立城管社区工作室，新设婚姻家庭调解工作室2个，召开提案办理协商会9场。');
    expect(names(ex, 'Organisation').some((n) => n.endsWith('工作室') || n.endsWith('协商会'))).toBe(false);
  });

  it('is a body when a place names it', () => {
    const ex = plan('1.设立城管社区工作室，其中澔钤居民区城管社区工作室、汀澜居民区城管社区工作室运行良好。');
    expect(names(ex, 'Organisation')).toContain(nameKey('澔钤居民区城管社区工作室'));
  });
});

describe('a work verb read as a noun before a body’s or a place’s name (建设/vn, 运营/vn)', () => {
  it('starts no name: the kind after it names none, a proper name after it is the name', () => {
    const ex = plan('1.建设村民活动中心2个，运营社区文化活动中心，建设衡沣菜市场，建设新村完成改造。');
    const found = [...names(ex, 'Organisation'), ...names(ex, 'Place')];
    for (const none of ['建设村民活动中心', '运营社区文化活动中心', '建设衡沣菜市场']) expect(found).not.toContain(nameKey(none));
    expect(found).toContain(nameKey('衡沣菜市场'));
  });
});

describe('a kind of school named by common words', () => {
  it('is no body; a town’s own community school is', () => {
    const ex = plan('1.推进乡镇社区学校和小规模学校建设，办好每一所家门口的好学校，华新镇社区学校开设课程40门。');
    const orgs = names(ex, 'Organisation');
    for (const kind of ['乡镇社区学校', '小规模学校', '好学校']) expect(orgs).not.toContain(nameKey(kind));
    expect(orgs).toContain(nameKey('华新镇社区学校'));
  });
});

describe('a grade of kindergarten, local government in general, a hospital’s accredited centre', () => {
  it('are no body and no place', () => {
    const ex = plan('1.澔钤幼儿园通过市一级幼儿园评估，推动地方政府落实责任，澔钤医院胸痛中心通过认证。');
    expect(names(ex, 'Organisation').some((n) => n.endsWith('一级幼儿园') || n === nameKey('地方政府'))).toBe(false);
    expect(names(ex, 'Place').some((n) => n.endsWith('胸痛中心'))).toBe(false);
  });
});

describe('the river chiefs’ office (河长办, names.json standaloneOrgs)', () => {
  it('is a body in a bureau’s document', () => {
    const ex = extract(docFrom(['长宁区澔溪管理局2025年工作要点', '一、重点工作', '1.区河长办对12个街道开展季度考核。'].join('\n')));
    expect(names(ex, 'Organisation')).toContain(nameKey('区河长办'));
  });
});

describe('a 区’s standing bodies and law firms by their short kind', () => {
  it('names the major-works centre (区重大工程建设推进中心), with or without the 区’s name', () => {
    const ex = extract(docFrom(['长宁区澔溪管理局2025年工作要点', '一、重点工作', '1.区重大工程建设推进中心牵头开展代建；长宁区重大工程建设推进中心建立“一项目一专班”机制。'].join('\n')));
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['区重大工程建设推进中心', '长宁区重大工程建设推进中心'].map(nameKey)));
    expect(names(ex, 'Organisation')).not.toContain(nameKey('工程建设推进中心'));
  });

  it('names a law firm written 律所 (short for 律师事务所)', () => {
    const ex = extract(docFrom(['长宁区澔溪管理局2025年工作要点', '一、重点工作', '1.蕖溪律所、琤衡咨询等机构在园区集聚。'].join('\n')));
    expect(names(ex, 'Organisation')).toContain(nameKey('蕖溪律所'));
  });
});

describe('a function word glued to a body’s one-character suffix (局等/x, 局在/x)', () => {
  it('ends that body’s name at its suffix', () => {
    const ex = plan('1.推动区城管执法局、区生态环境局等8个部门修订行政处罚裁量基准。', '2.台风期间最大小时雨量48.3毫米，区防汛办共调度泵站排水1960万立方米。', '3.联合区绿化市容局对上海澔埠环境卫生服务有限公司立案处罚。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['区城管执法局', '区生态环境局', '区防汛办', '区绿化市容局'].map(nameKey)));
    expect(names(ex, 'Organisation').some((n) => n.startsWith(nameKey('局对')))).toBe(false);
  });
});

describe('a function word glued to the level character a body’s name starts with (由区/x, 好区/x, 共有区/n)', () => {
  it('starts that body’s name at its level character', () => {
    const ex = plan('1.全区共有区退役军人服务中心1个，由区商务委牵头，用好区残联微信公众号，请区澔溪管理局配合。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['区退役军人服务中心', '区商务委', '区残联', '区澔溪管理局'].map(nameKey)));
    expect(names(ex, 'Organisation').some((n) => /^(?:共有|由|好|请)区/.test(n))).toBe(false);
  });
});

describe('a bureau by the short form jieba glues to the 区 before it (区人/x 社局/x, 区建/管委)', () => {
  it('is named whole', () => {
    const ex = plan('1.联合区人社局开展适应性培训，会同区建管委、区绿容局推进澔溪路整治，在区疾控局的领导下开展监测。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['区人社局', '区建管委', '区绿容局', '区疾控局'].map(nameKey)));
  });
});

describe('two bodies joined by 所属 (区国资委所属某某集团)', () => {
  it('are two names, neither running over 所属', () => {
    const ex = plan('1.区澔资委所属澔峰集团完成改制，区科协所属单位澔溪科技发展服务中心承办。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['区澔资委', '澔峰集团', '澔溪科技发展服务中心'].map(nameKey)));
    expect(names(ex, 'Organisation').some((n) => n.includes('所属'))).toBe(false);
  });
});

describe('a body’s function word read as the sentence’s verb before a proper name (延伸审计/v 某溪幼儿园)', () => {
  it('is not the body’s first word', () => {
    const ex = plan('1.延伸审计蓼汀幼儿园、澔沅路第二小学等单位。');
    expect(names(ex, 'Organisation')).toContain(nameKey('蓼汀幼儿园'));
    expect(names(ex, 'Organisation').some((n) => n.startsWith(nameKey('审计')))).toBe(false);
  });
});

describe('a vocational college or school by its short kind (某某职院, 某某职校)', () => {
  it('is a body', () => {
    const ex = plan('1.与槎澔职院合作实施学历提升计划，联合戎澔公益、蓼汀职校开展职业规划指导。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['槎澔职院', '蓼汀职校'].map(nameKey)));
  });
});

describe('a firm by its brand and an industry of care, assessment or design (某某评估, 某某护理, 某某设计)', () => {
  it('is a body where a cue brings it into the work', () => {
    const ex = plan('1.委托衡沣评估开展评估员规范化培训，与琮岭设计合作编制方案。');
    expect(names(ex, 'Organisation')).toContain(nameKey('衡沣评估'));
  });
  it('is a body before a word that starts with partnering (合作开发/l)', () => {
    const ex = plan('1.与衡澄科技合作开发大数据反欺诈模型。');
    expect(names(ex, 'Organisation')).toContain(nameKey('衡澄科技'));
  });
});

describe('an alliance named in quotes alone (“某某联盟”)', () => {
  it('is a body of members, not a programme', () => {
    const ex = plan('1.居委会主任带领“澔岚楼组长联盟”开展“敲门行动”，共建“邻里澔岚服务联盟”。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['“澔岚楼组长联盟”', '“邻里澔岚服务联盟”'].map(nameKey)));
    expect(names(ex, 'Programme').some((n) => n.endsWith(nameKey('联盟”')))).toBe(false);
  });
});

describe('a patrol or mediation team named by a quote (names.json quotedTeamSuffixes 巡逻队, 巡河队, 护河队, 调解团)', () => {
  it('is a body; the same kind without a quote or a body before it is none', () => {
    const ex = plan('1.组建“澔岚红袖标”平安巡逻队，兰澔居民区“小红帽”护河队开展巡河，党员巡逻队每日巡查。');
    // (with the estate written before its quote since session 28: 某居民区“某某”护河队)
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['“澔岚红袖标”平安巡逻队', '兰澔居民区“小红帽”护河队'].map(nameKey)));
    expect(names(ex, 'Organisation')).not.toContain(nameKey('党员巡逻队'));
  });
});

describe('a task force named by its task', () => {
  it('is a body (专班 like 工作专班)', () => {
    const found = names(plan('1.成立重大项目帮办专班，全年服务项目39个；组建医疗器械专班。'), 'Organisation');
    for (const body of ['重大项目帮办专班', '医疗器械专班']) expect(found).toContain(nameKey(body));
  });

  // Before, a lead verb right before the suffix (推进, 帮办 …) ended the name there and left no body.
  // Over the labelled documents: never-tuned Organisation FN -14 FP +4, tuned FN -5.
  it('keeps the verb of its task right before the suffix (推进专班, 提升专班), but not a person’s leading it', () => {
    const found = names(plan('1.成立重大产业项目推进专班，组建婚姻登记服务提升专班。', '2.区重大工程建设推进中心主任芮晓晨带领专班走访企业。'), 'Organisation');
    for (const body of ['重大产业项目推进专班', '婚姻登记服务提升专班']) expect(found).toContain(nameKey(body));
    expect(found.some((n) => n.endsWith('带领专班'))).toBe(false);
  });
});

describe('a building’s council and brands in 种业 or 化工', () => {
  // names.json: 楼事会 an Organisation suffix, 种业 and 化工 firm industry words.
  // Over the labelled documents: never-tuned Organisation FN -2, tuned FN -3, nothing else moved.
  it('names the council by its building, and listed firms by their brands', () => {
    const ex = plan('1.澜棠国际中心楼事会每季度召开议事会。', '2.关停整治宏钺塑胶、芷渚化工等违规企业3家，引进禾鼎种业、穗丰农业等企业。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['澜棠国际中心楼事会', '芷渚化工', '禾鼎种业'].map(nameKey)));
  });
});

describe('an alliance or team named by what it does', () => {
  // Before, the verb right before 联盟 ended the name there and left no body.
  // Over the labelled documents: never-tuned Organisation FN -3, tuned FN -5, nothing else moved.
  it('keeps the verb of its work after a noun of its field (文体共建联盟, 产业创新联盟), not after a time word', () => {
    const ex = plan('1.成立曹杨文体共建联盟，奉浦美丽健康产业创新联盟新增成员12家。', '2.街道党工委书记令狐岚每季度召集联盟联席会议1次。');
    expect(names(ex, 'Organisation')).toEqual(expect.arrayContaining(['曹杨文体共建联盟', '奉浦美丽健康产业创新联盟'].map(nameKey)));
    expect(names(ex, 'Organisation').some((n) => n.endsWith('召集联盟'))).toBe(false);
  });
});
