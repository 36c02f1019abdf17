// 我方投入与本年采购额（投入产出比）：客户详情和拜访简报。
export default {
  cost: {
    heading: '本年投入',
    none: '未记录费用',
    spentOne: '{{year}} 年：我方投入 {{cost}}，{{hours}} 小时（{{count}} 次拜访）',
    spent: '{{year}} 年：我方投入 {{cost}}，{{hours}} 小时（{{count}} 次拜访）',
    against: '，对应采购额 {{purchases}}',
    ratio: '——投入产出比 {{percent}}%。',
    noRatio: '——币种不同，无法计算比例。',
    noPurchases: '——尚未记录 {{year}} 年的采购额。',
  },
};
