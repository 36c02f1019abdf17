// The person fields a spreadsheet column can map to, and the English/Chinese headers that suggest each one.

export const IMPORT_FIELDS = [
  'name',
  'title',
  'department',
  'buyingRole',
  'stance',
  'isTopDecisionMaker',
  'authority',
  'expertise',
  'accessToTop',
  'pinnedScore',
  'met',
  'lastContact',
  'notes',
  'reportsTo',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index → field (or null = ignore the column). */
export type ImportMapping = Array<ImportField | null>;

/** Limits of an import, documented in README ("Import"). */
export const IMPORT_LIMITS = {
  /** Files larger than this are refused before they are read (a 100,000-row CSV is ~10 MB). */
  maxBytes: 40 * 1024 * 1024,
  /** Data rows (after the header) read from one file at most. */
  maxRows: 200_000,
  maxColumns: 500,
  /** Rows returned in a preview. */
  previewRows: 50,
  /** Row errors and duplicates listed in a preview (totals are always exact). */
  listedIssues: 500,
} as const;

/** Text encodings the rep can force for a CSV when the preview shows garbled characters. */
export const FORCED_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'shift_jis', 'euc-kr', 'windows-1252', 'utf-16le'] as const;
export type ForcedEncoding = (typeof FORCED_ENCODINGS)[number];

// Normalized header spellings (see normalizeHeader) per field; first match wins.
const HEADER_SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'fullname', 'personname', 'contact', 'contactname', 'person', '姓名', '名字', '人名', '联系人', '人员', '客户姓名'],
  title: ['title', 'jobtitle', 'position', 'jobposition', '职位', '职务', '头衔', '岗位', '职称'],
  department: ['department', 'dept', 'division', 'unit', '部门', '科室', '事业部', '所属部门'],
  buyingRole: ['buyingrole', 'role', 'purchaserole', 'purchasingrole', '角色', '采购角色', '购买角色', '决策角色'],
  stance: ['stance', 'attitude', 'support', 'sentiment', '态度', '立场', '支持度'],
  isTopDecisionMaker: ['topdecisionmaker', 'istopdecisionmaker', 'tdm', '最高决策者', '是否最高决策者'],
  authority: ['authority', 'formalauthority', 'power', '影响力', '权力', '职权', '正式权力'],
  expertise: ['expertise', 'credibility', '专业', '专业度', '专业能力', '专业性'],
  accessToTop: ['accesstotop', 'access', 'accesstotopdecisionmaker', '接近度', '接近高层', '与最高决策者关系', '接近最高决策者'],
  pinnedScore: ['pinnedscore', 'fixedscore', '固定分', '固定分数', '手动评分'],
  met: ['met', 'metwith', 'hasmet', '已见面', '是否见面', '见过面', '见面'],
  lastContact: ['lastcontact', 'lastcontacted', 'lastcontactdate', 'lastcontacton', '最近联系', '最后联系', '上次联系', '最近联系日期', '最后联系日期'],
  notes: ['notes', 'note', 'comment', 'comments', 'remark', 'remarks', '备注', '说明', '笔记', '需求'],
  reportsTo: ['reportsto', 'manager', 'boss', 'supervisor', 'linemanager', '上级', '直属上级', '汇报对象', '向谁汇报', '汇报给', '领导'],
};

/** Lower-case, full-width → half-width, without spaces, punctuation and a trailing "(…)" note. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]\s*$/u, '')
    .replace(/[\s_\-./:：*?？#]+/gu, '');
}

const FIELD_BY_HEADER = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const h of HEADER_SYNONYMS[field]) FIELD_BY_HEADER.set(h, field);

export function fieldForHeader(header: string): ImportField | null {
  return FIELD_BY_HEADER.get(normalizeHeader(header)) ?? null;
}

/** Suggest a mapping from the header row: each field at most once, leftmost column wins. */
export function suggestMapping(headers: string[]): ImportMapping {
  const used = new Set<ImportField>();
  return headers.map((h) => {
    const field = fieldForHeader(h);
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

export interface MappingProblem {
  messageKey: string;
  params?: Record<string, string | number>;
}

/** Problems that block a commit: no name column, or one field mapped from two columns. */
export function mappingProblems(mapping: ImportMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const seen = new Map<ImportField, number>();
  mapping.forEach((field, i) => {
    if (!field) return;
    const first = seen.get(field);
    if (first !== undefined) problems.push({ messageKey: 'error.import.fieldMappedTwice', params: { field, column: i + 1, firstColumn: first + 1 } });
    else seen.set(field, i);
  });
  if (!seen.has('name')) problems.unshift({ messageKey: 'error.import.noNameColumn' });
  return problems;
}
