// The coaching card at the top of the People tab; the warnings' own words live in brief.warning.*.
export default {
  coaching: {
    title: 'Coaching',
    countOne: '1 thing to act on',
    countMany: '{{count}} things to act on',
    none: 'Nothing to act on',
    show: 'Show {{name}} on the map',
    more: '+{{count}} more',
    collapse: 'Hide coaching',
    expand: 'Show coaching',
    loading: 'Checking the map…',
    failed: 'Coaching is not available right now',
    focusLead: ' — focus on: ',
    focus: {
      buildTrust: 'build trust',
      meetTopDecisionMaker: 'meet the top decision-maker',
      qualifyAccount: 'check it qualifies as a key account',
      preventSurprises: 'prevent surprises',
      answerCrises: 'answer problems and crises fast',
      insideProcesses: 'be inside their processes (solve problems for them)',
      deepen: 'deepen the relationship',
      mutualBenefit: 'mutual benefit: each a key account of the other',
      growSales: 'grow what we sell',
    },
  },
};
