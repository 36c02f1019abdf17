// Our own cost against this year's purchases (投入产出比): account details and the brief.
export default {
  cost: {
    heading: 'Our cost this year',
    none: 'no cost recorded',
    spentOne: '{{year}}: our cost {{cost}}, {{hours}} h ({{count}} visit)',
    spent: '{{year}}: our cost {{cost}}, {{hours}} h ({{count}} visits)',
    against: 'against purchases of {{purchases}}',
    ratio: '— cost is {{percent}}% of purchases.',
    noRatio: '— in different currencies, so no ratio.',
    noPurchases: '— no purchases recorded for {{year}} yet.',
  },
};
