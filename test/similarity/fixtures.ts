/**
 * Hand-made programme inputs in the shape updateSimilarity reads from Neo4j, written the way
 * planning documents phrase things (not copied from the eval groups' gold strings).
 */
import type { ProgrammeInput } from '../../graph/similarity/index.ts';

const theme = (id: string, name: string) => ({ id: `theme:${id}`, name, nameEn: null });
const policy = (name: string) => ({ id: `policy:${name}`, name });

function programme(id: string, district: string, name: string, sentence: string, extra: Partial<ProgrammeInput> = {}): ProgrammeInput {
  return { id, name, aliases: [], districtIds: [district], sentences: [sentence], policies: [], themes: [], targets: [], definition: null, ...extra };
}

export const LIFTS = [
  programme('p:a-lift', 'd:a', '多层住宅加装电梯', '全力推进多层住宅加装电梯工作，年内竣工不少于30台。', {
    themes: [theme('elevators', '加装电梯')],
    targets: [{ unit: '台', metric: '加装电梯竣工' }],
  }),
  programme('p:b-lift', 'd:b', '老公房加梯', '有序推进老公房加梯，发挥专家顾问团作用。', { themes: [theme('elevators', '加装电梯')] }),
  programme('p:c-lift', 'd:c', '既有住宅电梯加装', '推进既有住宅电梯加装，新增签约12台，竣工8台。', {
    themes: [theme('elevators', '加装电梯')],
    targets: [{ unit: '台', metric: '竣工' }],
  }),
];

export const SEWAGE = [
  programme('p:a-sewage', 'd:a', '小区雨污混接改造', '完成12个小区雨污混接改造，提高污水纳管率。', { themes: [theme('rain-sewage', '雨污分流')] }),
  programme('p:b-sewage', 'd:b', '雨污分流改造工程', '全面完成30个住宅小区雨污分流改造工程。', { themes: [theme('rain-sewage', '雨污分流')] }),
];

export const WASTE = [
  programme('p:a-waste', 'd:a', '垃圾分类示范小区创建', '深化垃圾分类示范小区创建，完善投放点。', {
    themes: [theme('waste-sorting', '垃圾分类')],
    policies: [policy('垃圾分类')],
  }),
  programme('p:c-waste', 'd:c', '生活垃圾分类达标', '巩固生活垃圾分类达标成果，开展湿垃圾减量。', {
    themes: [theme('waste-sorting', '垃圾分类')],
    policies: [policy('垃圾分类')],
  }),
];

export const PLATFORMS = [
  programme('p:a-platform', 'd:a', '城运中心指挥平台', '建好城运中心指挥平台，推进一网统管应用场景开发。', {
    themes: [theme('digital-governance', '数字治理')],
    policies: [policy('一网统管')],
  }),
  programme('p:b-platform', 'd:b', '“一网统管”城市运行平台', '用好城市运行“一网统管”平台，实现高效处置一件事。', {
    themes: [theme('digital-governance', '数字治理')],
    policies: [policy('一网统管')],
  }),
];

/** Unrelated programmes that share generic words (中心, 服务, 建设) with the ones above. */
export const DISTRACTORS = [
  programme('p:b-clinic', 'd:b', '社区卫生服务中心门诊楼新建', '完成社区卫生服务中心门诊楼新建工程立项。', { themes: [theme('health', '卫生健康')] }),
  programme('p:c-festival', 'd:c', '第十届“市民文化节”', '精心组织开展第十届“市民文化节”。', { themes: [theme('culture', '文化')] }),
  programme('p:a-road', 'd:a', '示范道路建设', '推进城中路示范道路建设，整治店招店牌。', { themes: [theme('public-realm', '市容')] }),
  programme('p:c-party', 'd:c', '党群服务中心阵地建设', '推进党群服务中心阵地建设，提升服务能级。', { themes: [theme('party-building', '党建')] }),
  programme('p:a-lift-same-district', 'd:a', '加装电梯指导服务中心', '成立加装电梯指导服务中心。', { themes: [theme('elevators', '加装电梯')] }),
];

export const ALL = [...LIFTS, ...SEWAGE, ...WASTE, ...PLATFORMS, ...DISTRACTORS];
