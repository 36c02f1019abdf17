// Paths to power (ways in to a person) and what-if scenarios.
export default {
  paths: {
    heading: 'Ways in to {{name}}',
    none: 'No known way in yet — find out who they listen to.',
    hint: 'Point at a way in to see it on the map; click to keep it shown.',
    step: '{{relation}} — {{stance}}, {{met}}',
    met: 'met',
    notMet: 'not met',
    stance: { ally: 'ally', supporter: 'supporter', neutral: 'neutral', skeptic: 'skeptic', opponent: 'opponent', unknown: 'stance unknown' },
    link: {
      reportsTo: '{{a}} reports to {{b}}',
      manages: '{{a}} manages {{b}}',
      influences: '{{a}} influences {{b}}',
      influencedBy: '{{a}} is influenced by {{b}}',
      closeTo: '{{a}} is close to {{b}}',
    },
  },
  scenario: {
    menu: 'What if…',
    left: '{{name}} left the company',
    opponent: '{{name}} turned against us',
    ally: '{{name}} became an ally',
    banner: {
      left: 'Scenario: what if {{name}} left — nothing is saved',
      opponent: 'Scenario: what if {{name}} turned against us — nothing is saved',
      ally: 'Scenario: what if {{name}} became an ally — nothing is saved',
    },
    supportBase: 'Support base {{from}} → {{to}}',
    back: 'Back to the real map',
    readOnly: 'Scenario — nothing can be edited here. Go back to the real map to edit.',
  },
};
