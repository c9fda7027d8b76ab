/** Interface strings in Chinese and English. Entity names are data and stay as written. */
import type { Label } from './schema-map.ts';

export type Lang = 'zh' | 'en';

const STRINGS = {
  title: { zh: '政策知识图谱', en: 'Policy knowledge graph' },
  overview: { zh: '总览', en: 'Overview' },
  search: { zh: '搜索名称或别名…', en: 'Search names and aliases…' },
  noResults: { zh: '无结果', en: 'No results' },
  compare: { zh: '比较', en: 'Compare' },
  briefing: { zh: '演示', en: 'Briefing' },
  exportPng2: { zh: 'PNG 2×', en: 'PNG 2×' },
  exportPng4: { zh: 'PNG 4×', en: 'PNG 4×' },
  exportSvg: { zh: 'SVG', en: 'SVG' },
  exportJson: { zh: 'Cytoscape JSON', en: 'Cytoscape JSON' },
  wholeGraph: { zh: '整图', en: 'Whole graph' },
  filters: { zh: '筛选', en: 'Filters' },
  labels: { zh: '类型', en: 'Types' },
  district: { zh: '行政区', en: 'District' },
  theme: { zh: '主题', en: 'Theme' },
  year: { zh: '年份', en: 'Year' },
  status: { zh: '状态', en: 'Status' },
  any: { zh: '全部', en: 'All' },
  reset: { zh: '重置', en: 'Reset' },
  legend: { zh: '图例', en: 'Legend' },
  expand: { zh: '展开邻居', en: 'Expand neighbours' },
  collapse: { zh: '收起邻居', en: 'Collapse neighbours' },
  focus: { zh: '聚焦', en: 'Focus' },
  close: { zh: '关闭', en: 'Close' },
  properties: { zh: '属性', en: 'Properties' },
  evidence: { zh: '证据', en: 'Evidence' },
  noEvidence: { zh: '暂无证据句', en: 'No evidence sentences' },
  mentionedIn: { zh: '提及于', en: 'Mentioned in' },
  source: { zh: '原文', en: 'Source passage' },
  wholeDocument: { zh: '显示全文', en: 'Show whole document' },
  loading: { zh: '加载中…', en: 'Loading…' },
  programmes: { zh: '个项目', en: 'programmes' },
  pickDistricts: { zh: '选择 2–4 个行政区', en: 'Pick 2–4 districts' },
  sharedPolicies: { zh: '共同政策', en: 'Shared policies' },
  sharedThemes: { zh: '共同主题', en: 'Shared themes' },
  similarPairs: { zh: '相似项目', en: 'Similar programmes' },
  uniqueTo: { zh: '独有', en: 'Unique' },
  none: { zh: '无', en: 'None' },
  exitHint: { zh: '← → 切换焦点 · + − 缩放 · 0 全图 · Esc 退出', en: '← → focus · + − zoom · 0 fit · Esc exit' },
  error: { zh: '出错了', en: 'Error' },
  planned: { zh: '计划', en: 'planned' },
  ongoing: { zh: '进行中', en: 'ongoing' },
  completed: { zh: '已完成', en: 'completed' },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

const LABEL_NAMES: Record<Label, Record<Lang, string>> = {
  District: { zh: '行政区', en: 'District' },
  Programme: { zh: '项目', en: 'Programme' },
  Policy: { zh: '政策', en: 'Policy' },
  Theme: { zh: '主题', en: 'Theme' },
  Place: { zh: '地点', en: 'Place' },
  Organisation: { zh: '机构', en: 'Organisation' },
  Person: { zh: '人物', en: 'Person' },
  Target: { zh: '指标', en: 'Target' },
  Document: { zh: '文件', en: 'Document' },
};

const REL_NAMES: Record<string, Record<Lang, string>> = {
  PART_OF: { zh: '隶属', en: 'part of' },
  RUNS: { zh: '实施', en: 'runs' },
  IMPLEMENTS: { zh: '落实', en: 'implements' },
  IN_THEME: { zh: '属于主题', en: 'in theme' },
  LOCATED_AT: { zh: '位于', en: 'located at' },
  INVOLVES: { zh: '参与', en: 'involves' },
  HAS_TARGET: { zh: '目标', en: 'has target' },
  SETS: { zh: '设定', en: 'sets' },
  IN: { zh: '位于', en: 'in' },
  HOLDS: { zh: '任职', en: 'holds' },
  AUTHORED: { zh: '撰写', en: 'authored' },
  SIMILAR_TO: { zh: '相似', en: 'similar to' },
  MENTIONED_IN: { zh: '提及于', en: 'mentioned in' },
  COVERS: { zh: '涵盖', en: 'covers' },
  ISSUED_BY: { zh: '发布', en: 'issued by' },
  SHARES: { zh: '经项目关联', en: 'via programmes' },
};

/** Property names as the panel shows them; unknown ones are shown as they are. */
const PROP_NAMES: Record<string, Record<Lang, string>> = {
  level: { zh: '级别', en: 'level' },
  districtNames: { zh: '实施行政区', en: 'run by' },
  aliases: { zh: '别名', en: 'aliases' },
  status: { zh: '状态', en: 'status' },
  year: { zh: '年份', en: 'year' },
  definition: { zh: '定义', en: 'definition' },
  nameEn: { zh: '英文名', en: 'English name' },
  kind: { zh: '类别', en: 'kind' },
  titles: { zh: '职务', en: 'titles' },
  value: { zh: '数值', en: 'value' },
  unit: { zh: '单位', en: 'unit' },
  metric: { zh: '指标', en: 'metric' },
  comparator: { zh: '比较', en: 'comparator' },
  raw: { zh: '原文', en: 'as written' },
  title: { zh: '标题', en: 'title' },
  publishedAt: { zh: '发布日期', en: 'published' },
  docType: { zh: '文件类型', en: 'document type' },
  issuer: { zh: '发文机关', en: 'issuer' },
  docNumber: { zh: '发文字号', en: 'document number' },
  indexNumber: { zh: '索引号', en: 'index number' },
  period: { zh: '期间', en: 'period' },
};

/** Values from a fixed vocabulary (status, level) in the interface language; others as they are. */
const VALUE_NAMES: Record<string, Record<Lang, string>> = {
  planned: { zh: '计划', en: 'planned' },
  ongoing: { zh: '进行中', en: 'ongoing' },
  completed: { zh: '已完成', en: 'completed' },
  city: { zh: '市', en: 'city' },
  district: { zh: '区', en: 'district' },
  subdistrict: { zh: '街道', en: 'sub-district' },
  town: { zh: '镇', en: 'town' },
  province: { zh: '省', en: 'province' },
  prefecture: { zh: '地市州', en: 'prefecture' },
  county: { zh: '县市区', en: 'county' },
};

let current: Lang = 'zh';

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}
export const lang = (): Lang => current;
export const t = (key: StringKey): string => STRINGS[key][current];
export const labelName = (label: Label): string => LABEL_NAMES[label][current];
export const relName = (rel: string): string => REL_NAMES[rel]?.[current] ?? rel;
export const propName = (key: string): string => PROP_NAMES[key]?.[current] ?? key;
export const valueName = (key: string, value: string): string => ((key === 'status' || key === 'level') && VALUE_NAMES[value]?.[current]) || value;
