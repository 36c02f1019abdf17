// Builds hand-made history logs for the pure history tests: write what happened, day by day.
import type { Account, Person, Relationship } from '../../../shared/domain/model';
import type { HistoryOp, HistoryRow } from '../../../shared/history/types';
import { PERSON_DEFAULTS } from '../../../shared/domain/personDefaults';

export const ACCOUNT_ID = 'acc-1';

export function account(over: Partial<Account> = {}): Account {
  return {
    id: ACCOUNT_ID,
    name: 'BabyJoy',
    segment: '',
    notes: '',
    stage: 'establish',
    productFit: false,
    centralizedPurchasing: false,
    budgetAmount: null,
    budgetCycle: '',
    budgetProcess: '',
    archived: false,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...over,
  };
}

export function person(id: string, over: Partial<Person> = {}): Person {
  return {
    id,
    accountId: ACCOUNT_ID,
    name: `Person ${id}`,
    ...PERSON_DEFAULTS,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
    ...over,
  };
}

export function link(id: string, fromId: string, toId: string, over: Partial<Relationship> = {}): Relationship {
  return { id, accountId: ACCOUNT_ID, fromId, toId, type: 'influences', strength: 2, createdAt: '2026-01-01T09:00:00.000Z', ...over };
}

/** Appends rows with increasing seq; `on(day)` sets the day of the rows that follow. */
export class Log {
  readonly rows: HistoryRow[] = [];
  private current = '2026-01-01';
  private people = new Map<string, Person>();

  on(day: string): this {
    this.current = day;
    return this;
  }

  private push(entity: HistoryRow['entity'], op: HistoryOp, data: { id: string }): this {
    const at = `${this.current}T10:00:00.000Z`;
    this.rows.push({ seq: this.rows.length + 1, entity, entityId: data.id, op, at, day: this.current, data: JSON.stringify(data) });
    return this;
  }

  account(op: HistoryOp, a: Account = account()): this {
    return this.push('account', op, a);
  }

  add(id: string, over: Partial<Person> = {}): this {
    const p = person(id, { createdAt: `${this.current}T10:00:00.000Z`, updatedAt: `${this.current}T10:00:00.000Z`, ...over });
    this.people.set(id, p);
    return this.push('person', 'create', p);
  }

  edit(id: string, over: Partial<Person>): this {
    const before = this.people.get(id);
    if (!before) throw new Error(`no person ${id}`);
    const p = { ...before, ...over, updatedAt: `${this.current}T10:00:00.000Z` };
    this.people.set(id, p);
    return this.push('person', 'update', p);
  }

  remove(id: string): this {
    const p = this.people.get(id);
    if (!p) throw new Error(`no person ${id}`);
    this.people.delete(id);
    return this.push('person', 'delete', p);
  }

  relate(r: Relationship, op: HistoryOp = 'create'): this {
    return this.push('relationship', op, r);
  }
}
