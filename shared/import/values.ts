// Turning spreadsheet cells (always strings by now) into person field values, in English or Chinese.
import type { BuyingRole, RelationshipType, Stance } from '../domain/model';

/** A cell that could not be read as its field's kind; the key is the same one the form shows. */
export class CellError {
  constructor(readonly messageKey: string) {}
}

// "Decision-maker", "decision maker" and "DECISION_MAKER" all squash to "decisionmaker"; "-1" stays "-1".
const squash = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/[\s_]+/gu, '').replace(/(?<=\p{L})-(?=\p{L})/gu, '');

const STANCE_WORDS: Record<string, Stance> = {
  ally: 'ally', '盟友': 'ally', '同盟': 'ally', '铁杆': 'ally', '+2': 'ally', '2': 'ally',
  supporter: 'supporter', support: 'supporter', supportive: 'supporter', '支持': 'supporter', '支持者': 'supporter', '+1': 'supporter', '1': 'supporter',
  neutral: 'neutral', '中立': 'neutral', '0': 'neutral',
  skeptic: 'skeptic', sceptic: 'skeptic', skeptical: 'skeptic', '怀疑': 'skeptic', '怀疑者': 'skeptic', '质疑': 'skeptic', '-1': 'skeptic',
  opponent: 'opponent', opposed: 'opponent', against: 'opponent', '反对': 'opponent', '反对者': 'opponent', '-2': 'opponent',
  unknown: 'unknown', '未知': 'unknown', '不详': 'unknown', '不清楚': 'unknown', '?': 'unknown',
};

const ROLE_WORDS: Record<string, BuyingRole> = {
  decisionmaker: 'decision-maker', decider: 'decision-maker', '决策者': 'decision-maker', '决策人': 'decision-maker',
  approver: 'approver', '批准者': 'approver', '审批者': 'approver', '审批人': 'approver', '批准人': 'approver',
  influencer: 'influencer', '影响者': 'influencer', '影响人': 'influencer',
  evaluator: 'evaluator', '评估者': 'evaluator', '评估人': 'evaluator', '技术评估': 'evaluator',
  user: 'user', enduser: 'user', '使用者': 'user', '用户': 'user', '使用人': 'user',
  gatekeeper: 'gatekeeper', '把关者': 'gatekeeper', '守门人': 'gatekeeper', '把关人': 'gatekeeper',
  unknown: 'unknown', '未知': 'unknown', '不详': 'unknown',
};

// "reports to", "Reports-To" and "REPORTS_TO" all squash to "reportsto".
const RELATIONSHIP_WORDS: Record<string, RelationshipType> = {
  reportsto: 'reports-to', reportto: 'reports-to', reports: 'reports-to', '汇报': 'reports-to', '汇报给': 'reports-to', '向其汇报': 'reports-to', '汇报关系': 'reports-to', '直接汇报': 'reports-to',
  influences: 'influences', influence: 'influences', influenced: 'influences', affects: 'influences', '影响': 'influences', '施加影响': 'influences', '影响关系': 'influences',
  closeto: 'close-to', close: 'close-to', friends: 'close-to', friend: 'close-to', '亲近': 'close-to', '亲密': 'close-to', '关系好': 'close-to', '交好': 'close-to', '朋友': 'close-to', '关系密切': 'close-to',
  conflictswith: 'conflicts-with', conflictwith: 'conflicts-with', conflicts: 'conflicts-with', conflict: 'conflicts-with', rivals: 'conflicts-with', '冲突': 'conflicts-with', '矛盾': 'conflicts-with', '不和': 'conflicts-with', '对立': 'conflicts-with', '有冲突': 'conflicts-with',
};

const STRENGTH_WORDS: Record<string, number> = {
  '1': 1, '2': 2, '3': 3, low: 1, weak: 1, medium: 2, high: 3, strong: 3, '弱': 1, '中': 2, '强': 3, '低': 1, '高': 3, '一般': 2,
};

const TRUE_WORDS = new Set(['yes', 'y', 'true', 't', '1', '是', '对', '有', '已', '已见', '已见面', '见过', '见过面', '拜访过', '已拜访', '√', '✓', '✔']);
const FALSE_WORDS = new Set(['no', 'n', 'false', 'f', '0', '否', '不是', '没有', '无', '未', '未见', '未见面', '没见过', '未见过', '没见面', '未拜访', '没拜访', '×', '✗', '-']);

export function parseStance(cell: string): Stance {
  const v = STANCE_WORDS[squash(cell)];
  if (!v) throw new CellError('error.enum.stance');
  return v;
}

export function parseBuyingRole(cell: string): BuyingRole {
  const v = ROLE_WORDS[squash(cell)];
  if (!v) throw new CellError('error.enum.buyingRole');
  return v;
}

export function parseBoolean(cell: string): boolean {
  const s = squash(cell);
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  throw new CellError('error.boolean.invalid');
}

/** A relationship type in English or Chinese (影响/汇报/亲近/冲突, influences/reports to/close to/conflicts with). */
export function parseRelationshipType(cell: string): RelationshipType {
  const v = RELATIONSHIP_WORDS[squash(cell).replace(/-/gu, '')];
  if (!v) throw new CellError('error.enum.relationshipType');
  return v;
}

/** An influence strength 1–3 ("2", "2.0", "２", 弱/中/强, low/medium/high). */
export function parseStrength(cell: string): number {
  const s = squash(cell).replace(/\.0+$/u, '');
  const v = STRENGTH_WORDS[s];
  if (v === undefined) throw new CellError('error.strength.invalid');
  return v;
}

/** A number as typed in a sheet: "3", "3.0", "４", "85%"-less; anything else is an error of `key`. */
export function parseNumber(cell: string, key: string): number {
  const s = cell.normalize('NFKC').trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) throw new CellError(key);
  return Number(s);
}

/** YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日 → YYYY-MM-DD (validity checked by the schema). */
export function parseDate(cell: string): string {
  const s = cell.normalize('NFKC').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/u.exec(s);
  if (!m) throw new CellError('error.date.invalid');
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/** Identity key for duplicate detection and reports-to lookup: case, width and spacing ignored. */
export function personKey(name: string): string {
  return name.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, ' ');
}
