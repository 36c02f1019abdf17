// Which field a spreadsheet header means, for people files and relationships files, in English and
// Chinese as CRM exports write them. Two passes: exact spellings (after normalizeHeader), then
// keyword rules that match the header's intent ("有无拜访", "见过面吗", "Met in person", "Last
// activity date"). A header no rule knows stays unmapped, and the preview says so before Import.
import { FIELDS_BY_KIND, type ImportField, type ImportKind, type ImportMapping } from './fields';

/** Lower-case, full-width → half-width, without spaces, punctuation and a trailing "(…)" note. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]\s*$/u, '')
    .replace(/[\s_\-./:：*?？#、,，;；'"“”‘’!！]+/gu, '');
}

/** English words of a header ("Last activity (date)" → last, activity, date), camelCase split. */
function headerWords(header: string): string[] {
  return header
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/u)
    .filter((w) => w !== '');
}

// Exact normalized spellings per field; first match wins.
const PEOPLE_SYNONYMS: Partial<Record<ImportField, string[]>> = {
  name: ['name', 'fullname', 'personname', 'contact', 'contactname', 'person', '姓名', '名字', '人名', '联系人', '人员', '客户姓名', '联系人姓名'],
  title: ['title', 'jobtitle', 'position', 'jobposition', '职位', '职务', '头衔', '岗位', '职称'],
  department: ['department', 'dept', 'division', 'unit', '部门', '科室', '事业部', '所属部门'],
  buyingRole: ['buyingrole', 'role', 'purchaserole', 'purchasingrole', '角色', '采购角色', '购买角色', '决策角色'],
  stance: ['stance', 'attitude', 'support', 'sentiment', '态度', '立场', '支持度'],
  isTopDecisionMaker: ['topdecisionmaker', 'istopdecisionmaker', 'tdm', '最高决策者', '是否最高决策者'],
  authority: ['authority', 'formalauthority', 'power', 'influence', 'influencelevel', '影响力', '权力', '职权', '正式权力'],
  expertise: ['expertise', 'credibility', '专业', '专业度', '专业能力', '专业性'],
  accessToTop: ['accesstotop', 'access', 'accesstotopdecisionmaker', '接近度', '接近高层', '与最高决策者关系', '接近最高决策者'],
  pinnedScore: ['pinnedscore', 'fixedscore', '固定分', '固定分数', '手动评分'],
  met: ['met', 'metwith', 'hasmet', 'metinperson', 'visited', '已见面', '是否见面', '见过面', '见面', '见过面吗', '有无拜访', '是否见过', '是否拜访', '已拜访'],
  lastContact: ['lastcontact', 'lastcontacted', 'lastcontactdate', 'lastcontacton', 'lastactivity', 'lastactivitydate', '最近联系', '最后联系', '上次联系', '最近联系日期', '最后联系日期', '上次联系时间', '最近联系时间'],
  notes: ['notes', 'note', 'comment', 'comments', 'remark', 'remarks', '备注', '说明', '笔记', '需求'],
  reportsTo: ['reportsto', 'manager', 'boss', 'supervisor', 'linemanager', '上级', '直属上级', '汇报对象', '向谁汇报', '汇报给', '领导'],
};

const RELATIONSHIP_SYNONYMS: Partial<Record<ImportField, string[]>> = {
  from: ['from', 'source', 'fromperson', 'fromname', 'sourceperson', 'person', 'personname', 'name', 'fullname', 'who', '从', '来自', '发起人', '发起方', '起点', '人员', '姓名', '本人', '人员a', '人物a'],
  to: ['to', 'target', 'toperson', 'toname', 'targetperson', 'other', 'otherperson', 'whom', '到', '对象', '对方', '目标', '目标人', '指向', '终点', '关系人', '关系对象', '人员b', '人物b'],
  type: ['type', 'relationship', 'relation', 'relationshiptype', 'relationtype', 'kind', '关系', '关系类型', '类型', '关系种类'],
  strength: ['strength', 'weight', 'influencestrength', 'relationshipstrength', '强度', '关系强度', '影响强度', '力度', '影响程度'],
};

interface KeywordRule {
  field: ImportField;
  /** Chinese (or other unspaced) fragments, any of which in the normalized header. */
  cjk?: string[];
  /** English word sets: the header has every word of one set. */
  en?: string[][];
  /** English words that rule the header out ("Account manager" is not whom someone reports to). */
  not?: string[];
  /** Chinese fragments that rule the header out ("汇报对象" is a people file's reports-to column). */
  notCjk?: string[];
}

// Order matters: the first rule that matches wins (dates before yes/no questions, specific before general).
const PEOPLE_RULES: KeywordRule[] = [
  { field: 'isTopDecisionMaker', cjk: ['最高决策'], en: [['top', 'decision'], ['tdm']] },
  { field: 'pinnedScore', cjk: ['固定分', '手动评分', '手工评分'], en: [['pinned'], ['fixed', 'score'], ['manual', 'score']] },
  {
    field: 'lastContact',
    cjk: ['联系时间', '联系日期', '上次联系', '最近联系', '最后联系', '拜访时间', '拜访日期', '上次拜访', '最近拜访', '最后拜访', '跟进时间', '最近跟进', '上次跟进', '最近沟通', '上次沟通'],
    en: [['last', 'contact'], ['last', 'contacted'], ['last', 'activity'], ['last', 'touch'], ['last', 'meeting'], ['last', 'visit'], ['last', 'interaction'], ['last', 'call'], ['activity', 'date'], ['contact', 'date']],
  },
  { field: 'reportsTo', cjk: ['上级', '汇报', '领导'], en: [['reports'], ['report', 'to'], ['manager'], ['supervisor'], ['boss']], not: ['account', 'owner', 'sales', 'our', 'project'] },
  { field: 'met', cjk: ['见过', '见面', '拜访', '面谈', '当面'], en: [['met'], ['visited'], ['meet'], ['in', 'person'], ['face', 'to', 'face']] },
  { field: 'accessToTop', cjk: ['接近'], en: [['access']] },
  { field: 'expertise', cjk: ['专业'], en: [['expertise'], ['expert'], ['credibility'], ['technical']] },
  { field: 'authority', cjk: ['影响力', '权力', '职权', '决策权'], en: [['influence'], ['authority'], ['power'], ['seniority']] },
  { field: 'stance', cjk: ['态度', '立场', '支持度', '倾向'], en: [['attitude'], ['stance'], ['sentiment'], ['support'], ['disposition']] },
  { field: 'buyingRole', cjk: ['角色'], en: [['role']] },
  { field: 'department', cjk: ['部门', '科室', '事业部'], en: [['dept'], ['department'], ['division']] },
  { field: 'title', cjk: ['职位', '职务', '岗位', '头衔', '职称'], en: [['title'], ['position'], ['job'], ['designation']] },
  { field: 'notes', cjk: ['备注', '说明', '笔记', '评论', '描述'], en: [['note'], ['notes'], ['comment'], ['comments'], ['remark'], ['remarks'], ['description']] },
  { field: 'name', cjk: ['姓名', '名字', '联系人'], en: [['name'], ['contact']], not: ['company', 'account', 'organization', 'organisation', 'org', 'customer', 'client', 'file', 'sheet'] },
];

const RELATIONSHIP_RULES: KeywordRule[] = [
  { field: 'strength', cjk: ['强度', '力度', '程度'], en: [['strength'], ['weight']] },
  { field: 'type', cjk: ['关系', '类型'], en: [['relationship'], ['relation'], ['type']] },
  { field: 'from', cjk: ['发起', '来源', '起点'], en: [['from'], ['source']] },
  { field: 'to', cjk: ['目标', '对象', '对方', '终点', '指向'], en: [['to'], ['target']], not: ['reports', 'report'], notCjk: ['汇报', '上级', '领导'] },
];

const byKind = (synonyms: Partial<Record<ImportField, string[]>>) => {
  const map = new Map<string, ImportField>();
  for (const [field, list] of Object.entries(synonyms) as Array<[ImportField, string[]]>) for (const h of list) if (!map.has(normalizeHeader(h))) map.set(normalizeHeader(h), field);
  return map;
};
const EXACT: Record<ImportKind, Map<string, ImportField>> = { people: byKind(PEOPLE_SYNONYMS), relationships: byKind(RELATIONSHIP_SYNONYMS) };
const RULES: Record<ImportKind, KeywordRule[]> = { people: PEOPLE_RULES, relationships: RELATIONSHIP_RULES };

function ruleMatches(rule: KeywordRule, squashed: string, words: readonly string[]): boolean {
  if (rule.not?.some((w) => words.includes(w)) || rule.notCjk?.some((c) => squashed.includes(c))) return false;
  if (rule.cjk?.some((c) => squashed.includes(c))) return true;
  return rule.en?.some((set) => set.every((w) => words.includes(w))) ?? false;
}

/** The field a header suggests for a file of this kind, or null (the column is left out). */
export function fieldForHeader(header: string, kind: ImportKind = 'people'): ImportField | null {
  const squashed = normalizeHeader(header);
  if (squashed === '') return null;
  const exact = EXACT[kind].get(squashed);
  if (exact) return exact;
  const words = headerWords(header.normalize('NFKC').replace(/[(（[【].*?[)）\]】]\s*$/u, ''));
  return RULES[kind].find((r) => ruleMatches(r, squashed, words))?.field ?? null;
}

/** Suggest a mapping from the header row: each field at most once, leftmost column wins. */
export function suggestMapping(headers: readonly string[], kind: ImportKind = 'people'): ImportMapping {
  const used = new Set<ImportField>();
  const allowed = new Set(FIELDS_BY_KIND[kind]);
  return headers.map((h) => {
    const field = fieldForHeader(h, kind);
    if (!field || used.has(field) || !allowed.has(field)) return null;
    used.add(field);
    return field;
  });
}

/**
 * What the header row looks like: a relationships file names whom and to whom (from and to
 * columns) and has more relationship columns than person columns; anything else is
 * read as people (whose preview then says which columns it is missing).
 */
export function detectKind(headers: readonly string[]): ImportKind {
  const rel = new Set(suggestMapping(headers, 'relationships').filter((f) => f !== null));
  if (!rel.has('from') || !rel.has('to')) return 'people';
  const people = new Set(suggestMapping(headers, 'people').filter((f) => f !== null));
  return rel.size > people.size ? 'relationships' : 'people';
}
