// A small sample account of the shared SampleAccount shape, with a known past, for seeder tests.
import type { SampleAccount } from '../../../shared/sample/types';

export function sampleFixture(lang: 'en' | 'zh-CN'): SampleAccount {
  const zh = lang === 'zh-CN';
  const person = (key: string, name: string, extra: Partial<SampleAccount['people'][number]>): SampleAccount['people'][number] => ({
    key,
    name,
    title: '',
    department: '',
    buyingRole: 'unknown',
    stance: 'unknown',
    isTopDecisionMaker: false,
    authority: 3,
    expertise: 3,
    accessToTop: 1,
    met: false,
    lastContactDaysAgo: null,
    notes: '',
    addedDaysAgo: 0,
    stanceHistory: [],
    ...extra,
  });
  return {
    account: {
      name: zh ? '测试母婴' : 'Test Baby Co',
      segment: 'retail',
      notes: '',
      stage: 'establish',
      productFit: true,
      centralizedPurchasing: false,
      budgetAmount: null,
      budgetCycle: '',
      budgetProcess: '',
    },
    createdDaysAgo: 60,
    people: [
      // Added 50 days ago as neutral, a supporter from day 30, an ally from day 10.
      person('boss', zh ? '王总' : 'Boss', {
        isTopDecisionMaker: true,
        buyingRole: 'decision-maker',
        stance: 'ally',
        addedDaysAgo: 50,
        met: true,
        lastContactDaysAgo: 5,
        stanceHistory: [
          { daysAgo: 50, stance: 'neutral' },
          { daysAgo: 30, stance: 'supporter' },
          { daysAgo: 10, stance: 'ally' },
        ],
      }),
      // A supporter who turned skeptic 20 days ago.
      person('buyer', zh ? '李采购' : 'Buyer', {
        stance: 'skeptic',
        addedDaysAgo: 40,
        lastContactDaysAgo: 45,
        met: true,
        stanceHistory: [
          { daysAgo: 40, stance: 'supporter' },
          { daysAgo: 20, stance: 'skeptic' },
        ],
      }),
      // No stance history: the final stance from the day they were added.
      person('clerk', zh ? '小张' : 'Clerk', { stance: 'supporter', addedDaysAgo: 15 }),
      // Added today.
      person('newbie', zh ? '新人' : 'Newbie', { stance: 'unknown', addedDaysAgo: 0 }),
    ],
    relationships: [
      { from: 'buyer', to: 'boss', type: 'reports-to', strength: null, addedDaysAgo: 40 },
      { from: 'clerk', to: 'buyer', type: 'influences', strength: 3, addedDaysAgo: 12 },
      { from: 'clerk', to: 'boss', type: 'close-to', strength: null, addedDaysAgo: 99 },
    ],
  };
}
