// Account details dialog: stage, key-account qualification (DOMAIN §1–2), budget (§4 item 6), notes.
export default {
  accountDetails: {
    open: 'Details…',
    openToolbar: 'Account details…',
    title: 'Account details — {{name}}',
    fixErrors: 'Not saved.',
    save: 'Save details',
    fields: {
      name: 'Account name',
      segment: 'Segment',
      stage: 'Relationship stage',
      productFit: 'Product fit — what we sell, and how, fits what they need',
      centralizedPurchasing: 'Centralized purchasing — they buy centrally, not branch by branch',
      budgetAmount: 'Budget amount',
      budgetCycle: 'Budget cycle',
      budgetProcess: 'Budget decision process',
      notes: 'Notes',
    },
    hints: {
      segment: 'e.g. distributor, retail chain, wholesaler, agent',
      budgetAmount: 'A number; leave blank if the budget is not known yet.',
      budgetCycle: 'e.g. yearly, approved each March',
      budgetProcess: 'Who proposes, who approves, and when.',
    },
    stage: {
      establish: { name: 'Establish', explain: 'find the key account and build trust; the costliest, most decisive stage.' },
      stabilize: { name: 'Stabilize', explain: 'prevent surprises, manage crises, keep communication open.' },
      strengthen: { name: 'Strengthen', explain: 'deepen for mutual benefit and grow what we sell.' },
    },
    qualificationHeading: 'Key-account qualification',
    sustainedNotRecorded: 'Sustained purchasing (buying year after year): not recorded yet.',
    qualifies: {
      missing: 'Not a key account yet: {{missing}} not confirmed.',
      notRecordedYet: 'Product fit and centralized purchasing confirmed; it qualifies once sustained purchasing is confirmed too.',
    },
    listJoin: ' and ',
    budgetHeading: 'Budget',
    budgetInvalid: 'Enter the budget as a number of 0 or more (at most 10,000,000,000,000), or leave it blank if unknown.',
  },
};
