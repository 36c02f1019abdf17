// The sample key account created on first launch, in the rep's language: a regional baby-and-kids
// retail chain (母婴连锁) with ~25 people, a 120-day past, and every stance, role and link type.
import type { Bilingual } from './samplePeople';
import { DEPARTMENTS, SAMPLE_PEOPLE } from './samplePeople';
import { SAMPLE_RELATIONSHIPS } from './sampleRelationships';
import type { SampleAccount, SamplePerson } from './types';

export type SampleLanguage = 'en' | 'zh-CN';

const CREATED_DAYS_AGO = 120;

const ACCOUNT_TEXT = {
  name: { en: 'BabyJoy Kids Retail (East China)', zh: '贝乐母婴连锁（华东）' },
  segment: { en: 'Baby & kids retail chain', zh: '母婴连锁零售' },
  notes: {
    en: '68 stores in Shanghai, Jiangsu and Zhejiang plus a central warehouse in Kunshan. Buys formula, diapers and feeding products centrally for all stores; about 12M a year in our categories for the last three years.\nThe incumbent supplier is strong in category management.',
    zh: '上海、江苏、浙江共68家门店，昆山有中央仓。奶粉、纸尿裤和喂养用品由总部统一采购；近三年在我们品类的年采购额约1200万。\n现有供应商与品类管理部关系密切。',
  },
  budgetCycle: { en: 'Calendar year; set every November', zh: '自然年，每年11月定预算' },
  budgetProcess: {
    en: 'Category management proposes → Purchasing Director consolidates → Finance Director reviews → Chairman approves anything above 1M.',
    zh: '品类管理部提需求 → 采购总监汇总 → 财务总监审核 → 100万以上由董事长审批。',
  },
} satisfies Record<string, Bilingual>;

export function sampleAccount(lang: SampleLanguage): SampleAccount {
  const pick = (text: Bilingual): string => (lang === 'zh-CN' ? text.zh : text.en);
  const addedDaysAgo = new Map(SAMPLE_PEOPLE.map((p) => [p.key, p.addedDaysAgo]));

  const people: SamplePerson[] = SAMPLE_PEOPLE.map((row) => {
    const [authority, expertise, accessToTop] = row.ratings;
    const stances = row.stances.map(([daysAgo, stance]) => ({ daysAgo, stance }));
    const current = stances[stances.length - 1];
    if (!current) throw new Error(`sample person ${row.key} has no stance`);
    return {
      key: row.key,
      name: pick(row.name),
      title: pick(row.title),
      department: pick(DEPARTMENTS[row.department]),
      buyingRole: row.buyingRole,
      stance: current.stance,
      isTopDecisionMaker: row.isTopDecisionMaker ?? false,
      authority,
      expertise,
      accessToTop,
      met: row.met,
      lastContactDaysAgo: row.lastContactDaysAgo,
      notes: row.notes ? pick(row.notes) : '',
      addedDaysAgo: row.addedDaysAgo,
      stanceHistory: stances,
    };
  });

  const relationships = SAMPLE_RELATIONSHIPS.map((r) => ({
    from: r.from,
    to: r.to,
    type: r.type,
    strength: r.type === 'influences' ? (r.strength ?? 1) : null,
    // A link is drawn only once both people are on the map.
    addedDaysAgo: Math.max(0, Math.min(addedDaysAgo.get(r.from) ?? 0, addedDaysAgo.get(r.to) ?? 0) - r.lag),
  }));

  return {
    account: {
      name: pick(ACCOUNT_TEXT.name),
      segment: pick(ACCOUNT_TEXT.segment),
      notes: pick(ACCOUNT_TEXT.notes),
      stage: 'establish',
      productFit: true,
      centralizedPurchasing: true,
      budgetAmount: 12_000_000,
      budgetCycle: pick(ACCOUNT_TEXT.budgetCycle),
      budgetProcess: pick(ACCOUNT_TEXT.budgetProcess),
    },
    createdDaysAgo: CREATED_DAYS_AGO,
    people,
    relationships,
  };
}
