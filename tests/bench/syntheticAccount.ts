// A deterministic synthetic key account of any size for the benchmark and the layout tests:
// departments, a reports-to tree with one very wide team, people without a manager, influences,
// close-to and conflicts, stances and buying roles spread like a real account.
import type { Account, BuyingRole, Person, Relationship, RelationshipType, Stance } from '../../shared/domain/model';

export interface SyntheticAccount {
  account: Account;
  people: Person[];
  relationships: Relationship[];
}

/** mulberry32: a tiny seeded PRNG, so the same size always gives the same account. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENTS = ['采购部', 'Finance', '门店运营', 'Marketing', 'IT', '品控部', 'Logistics', 'HR', 'Legal', '电商部', 'Category Management', '区域管理'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];
const GIVEN = ['丽', '伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '艳', '杰', '涛', '明', '超'];
const LATIN = ['Alex', 'Lena', 'Marco', 'Sara', 'Tom', 'Nina', 'Omar', 'Julia', 'Ken', 'Maya'];
const LATIN_SURNAMES = ['Chen', 'Wang', 'Li', 'Zhao', 'Liu'];
const STANCE_WEIGHTS: Array<[Stance, number]> = [
  ['ally', 0.08], ['supporter', 0.2], ['neutral', 0.3], ['skeptic', 0.15], ['opponent', 0.07], ['unknown', 0.2],
];
const ROLES: BuyingRole[] = ['influencer', 'evaluator', 'user', 'user', 'gatekeeper', 'unknown', 'user', 'influencer'];
const AT = '2026-01-01T00:00:00.000Z';

export function syntheticAccount(size: number, seed = 7): SyntheticAccount {
  const rnd = seededRandom(seed * 100_003 + size);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const accountId = `bench-${size}`;
  const account: Account = {
    id: accountId, name: `Synthetic ${size}`, segment: 'Retail chain', notes: '', stage: 'stabilize', productFit: true,
    centralizedPurchasing: true, budgetAmount: 10_000_000, budgetCycle: 'yearly', budgetProcess: '', archived: false, createdAt: AT, updatedAt: AT,
  };
  const stance = (): Stance => {
    let r = rnd();
    for (const [s, w] of STANCE_WEIGHTS) if ((r -= w) < 0) return s;
    return 'unknown';
  };
  const people: Person[] = [];
  const relationships: Relationship[] = [];
  const link = (fromId: string, toId: string, type: RelationshipType, strength: number | null = null) =>
    relationships.push({ id: `r${String(relationships.length + 1).padStart(6, '0')}`, accountId, fromId, toId, type, strength, createdAt: AT });
  const person = (department: string, authority: number, role: BuyingRole, title: string): Person => {
    const i = people.length;
    const name = i % 3 === 2 ? `${pick(LATIN)} ${pick(LATIN_SURNAMES)} ${i}` : `${pick(SURNAMES)}${pick(GIVEN)}${pick(GIVEN)}`;
    const p: Person = {
      id: `p${String(i + 1).padStart(5, '0')}`, accountId, name, title, department, buyingRole: role, stance: stance(),
      isTopDecisionMaker: false, authority, expertise: int(1, 5), accessToTop: Math.max(1, Math.min(5, authority + int(-1, 1))),
      pinnedScore: null, met: rnd() < 0.4, lastContact: rnd() < 0.5 ? `2026-0${int(1, 9)}-1${int(0, 9)}` : null, notes: '', createdAt: AT, updatedAt: AT,
    };
    people.push(p);
    return p;
  };

  const ceo = person('Executive', 5, 'decision-maker', 'CEO');
  ceo.isTopDecisionMaker = true;
  const deptCount = Math.max(3, Math.min(40, Math.round(size / 60)));
  const depts = Array.from({ length: deptCount }, (_, i) => (i < DEPARTMENTS.length ? DEPARTMENTS[i] : `${DEPARTMENTS[i % DEPARTMENTS.length]} ${Math.floor(i / DEPARTMENTS.length) + 1}`) as string);
  const members = new Map<string, Array<{ p: Person; reports: number; cap: number }>>();
  for (const d of depts) {
    const head = person(d, 4, rnd() < 0.5 ? 'approver' : 'evaluator', `Head of ${d}`);
    link(head.id, ceo.id, 'reports-to');
    members.set(d, [{ p: head, reports: 0, cap: int(3, 8) }]);
  }
  const loners = Math.max(1, Math.round(size * 0.03));
  const wideTeam = Math.min(40, Math.max(8, Math.round(size / 25)));
  // One store-operations manager with a very wide team (the org chart must wrap it).
  const wideDept = depts[Math.min(2, depts.length - 1)] as string;
  const wideBoss = person(wideDept, 3, 'influencer', 'Regional store manager');
  link(wideBoss.id, (members.get(wideDept)?.[0] as { p: Person }).p.id, 'reports-to');
  members.get(wideDept)?.push({ p: wideBoss, reports: 0, cap: 0 });
  for (let i = 0; i < wideTeam && people.length < size - loners; i++) link(person(wideDept, 1, 'user', 'Store manager').id, wideBoss.id, 'reports-to');

  while (people.length < size - loners) {
    const d = pick(depts);
    const list = members.get(d) as Array<{ p: Person; reports: number; cap: number }>;
    const open = list.filter((m) => m.reports < m.cap);
    const boss = open.length > 0 ? pick(open) : (list[0] as { p: Person; reports: number; cap: number });
    boss.reports++;
    const bossAuthority = boss.p.authority ?? 3;
    const p = person(d, Math.max(1, bossAuthority - 1), pick(ROLES), bossAuthority > 2 ? 'Manager' : 'Specialist');
    link(p.id, boss.p.id, 'reports-to');
    list.push({ p, reports: 0, cap: (p.authority ?? 3) > 1 ? int(2, 7) : 0 });
  }
  // People without a manager: a board member, consultants, an agent's rep.
  while (people.length < size) person('External', int(2, 4), pick(['influencer', 'evaluator'] as BuyingRole[]), 'Consultant');

  for (const p of people) {
    if (rnd() < 0.55) {
      const other = people[Math.floor(rnd() * rnd() * people.length)] as Person; // biased to early (senior) people
      if (other.id !== p.id) link(p.id, other.id, 'influences', int(1, 3));
    }
  }
  for (let i = 0; i < Math.round(size * 0.2); i++) {
    const a = pick(people), b = pick(people);
    if (a.id !== b.id) link(a.id, b.id, 'close-to');
  }
  for (let i = 0; i < Math.round(size * 0.04); i++) {
    const a = pick(people), b = pick(people);
    if (a.id !== b.id) link(a.id, b.id, 'conflicts-with');
  }
  return { account, people, relationships };
}
