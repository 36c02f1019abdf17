// Relationships of the selected person: list, add, remove.
export default {
  relationships: {
    heading: 'Relationships',
    none: 'No relationships yet.',
    add: 'Add relationship',
    addHeading: 'New relationship for {{name}}',
    type: 'Relationship',
    other: 'Other person',
    choose: 'Choose a person',
    chooseFirst: 'Choose the other person first.',
    strength: 'Strength',
    strengths: { 1: '1 – weak', 2: '2 – medium', 3: '3 – strong' },
    create: 'Add',
    remove: 'Remove',
    removeLabel: 'Remove relationship: {{text}}',
    added: 'Relationship added.',
    removed: 'Relationship removed.',
    outgoing: {
      'reports-to': 'Reports to {{name}}',
      influences: 'Influences {{name}} (strength {{strength}})',
      'close-to': 'Close to {{name}}',
      'conflicts-with': 'In conflict with {{name}}',
    },
    incoming: {
      'reports-to': '{{name}} reports to them',
      influences: 'Influenced by {{name}} (strength {{strength}})',
      'close-to': 'Close to {{name}}',
      'conflicts-with': 'In conflict with {{name}}',
    },
    verbs: {
      'reports-to': '… reports to',
      influences: '… influences',
      'close-to': '… is close to',
      'conflicts-with': '… is in conflict with',
    },
  },
};
