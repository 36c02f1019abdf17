// Domain vocabulary (shared/domain/README.md): stances, buying roles, relationship types.
export default {
  stance: {
    ally: 'Ally',
    supporter: 'Supporter',
    neutral: 'Neutral',
    skeptic: 'Skeptic',
    opponent: 'Opponent',
    unknown: 'Unknown',
  },
  buyingRole: {
    'decision-maker': 'Decision-maker',
    approver: 'Approver',
    influencer: 'Influencer',
    evaluator: 'Evaluator',
    user: 'User',
    gatekeeper: 'Gatekeeper',
    unknown: 'Unknown',
  },
  relationshipType: {
    'reports-to': 'Reports to',
    influences: 'Influences',
    'close-to': 'Close to',
    'conflicts-with': 'Conflicts with',
  },
  topDecisionMaker: 'Top decision-maker',
};
