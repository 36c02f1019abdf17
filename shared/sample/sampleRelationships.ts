// The relationships of the sample key account. `lag` = days after the later of the two people was
// added before the rep drew the link, so no link predates the people it joins.
import type { RelationshipType } from '../domain/model';

export interface SampleRelationshipRow {
  from: string;
  to: string;
  type: RelationshipType;
  strength?: 1 | 2 | 3;
  lag: number;
}

const reportsTo = (from: string, to: string, lag = 0): SampleRelationshipRow => ({ from, to, type: 'reports-to', lag });
const influences = (from: string, to: string, strength: 1 | 2 | 3, lag: number): SampleRelationshipRow => ({ from, to, type: 'influences', strength, lag });
const closeTo = (from: string, to: string, lag: number): SampleRelationshipRow => ({ from, to, type: 'close-to', lag });
const conflictsWith = (from: string, to: string, lag: number): SampleRelationshipRow => ({ from, to, type: 'conflicts-with', lag });

export const SAMPLE_RELATIONSHIPS: SampleRelationshipRow[] = [
  // Org chart: the chairman at the top; IT sits under finance, as in many Chinese retail chains.
  reportsTo('evp', 'chairman'),
  reportsTo('assistant', 'chairman'),
  reportsTo('reception', 'assistant'),
  reportsTo('cfo', 'chairman'),
  reportsTo('marketing-dir', 'chairman', 2),
  reportsTo('finance-mgr', 'cfo'),
  reportsTo('accountant', 'finance-mgr'),
  reportsTo('it-mgr', 'cfo', 1),
  reportsTo('sysadmin', 'it-mgr'),
  reportsTo('purchasing-dir', 'evp'),
  reportsTo('purchasing-mgr', 'purchasing-dir'),
  reportsTo('buyer', 'purchasing-mgr'),
  reportsTo('purchasing-asst', 'purchasing-dir'),
  reportsTo('category-dir', 'evp'),
  reportsTo('category-mgr', 'category-dir'),
  reportsTo('category-analyst', 'category-dir'),
  reportsTo('stores-dir', 'evp'),
  reportsTo('regional-mgr', 'stores-dir'),
  reportsTo('store-mgr', 'regional-mgr'),
  reportsTo('advisor', 'store-mgr'),
  reportsTo('cashier', 'store-mgr'),
  reportsTo('membership-lead', 'marketing-dir'),
  reportsTo('logistics-mgr', 'evp'),
  reportsTo('warehouse', 'logistics-mgr'),

  // Who sways whom (strength 1 weak – 3 strong).
  influences('chairman', 'purchasing-dir', 2, 60),
  influences('evp', 'chairman', 3, 5),
  influences('cfo', 'chairman', 3, 10),
  influences('purchasing-dir', 'chairman', 2, 30),
  influences('assistant', 'chairman', 1, 20),
  influences('category-dir', 'purchasing-dir', 2, 15),
  influences('category-dir', 'evp', 2, 40),
  influences('purchasing-mgr', 'purchasing-dir', 2, 10),
  influences('buyer', 'purchasing-mgr', 1, 20),
  influences('category-analyst', 'category-dir', 1, 12),
  influences('stores-dir', 'evp', 2, 25),
  influences('regional-mgr', 'stores-dir', 2, 8),
  influences('store-mgr', 'stores-dir', 1, 30),
  influences('marketing-dir', 'purchasing-dir', 1, 20),
  influences('logistics-mgr', 'purchasing-dir', 1, 15),
  influences('it-mgr', 'cfo', 1, 10),
  influences('finance-mgr', 'cfo', 2, 5),
  influences('advisor', 'store-mgr', 1, 10),

  // Informal ties.
  closeTo('purchasing-dir', 'assistant', 35),
  closeTo('cfo', 'category-dir', 50),
  closeTo('buyer', 'purchasing-asst', 15),
  closeTo('store-mgr', 'regional-mgr', 20),
  closeTo('evp', 'stores-dir', 45),

  // Rivalries.
  conflictsWith('purchasing-dir', 'category-dir', 20),
  conflictsWith('stores-dir', 'logistics-mgr', 30),
  conflictsWith('marketing-dir', 'cfo', 40),
];
