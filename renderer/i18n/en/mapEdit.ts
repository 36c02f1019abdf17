// Editing on the map: the hover card, a person's context menu, connecting two people in place.
export default {
  mapEdit: {
    card: {
      score: 'Score {{score}} · #{{rank}} of {{count}}',
      met: 'Met',
      notMet: 'Not met yet',
      lastContact: 'last contact {{date}}',
      noContact: 'no contact logged',
    },
    menu: {
      label: 'Actions for {{name}}',
      stance: 'Stance',
      toggleTop: 'Top decision-maker',
      addRelationship: 'Add relationship…',
      pathToTop: 'Show the path to the top decision-maker',
      delete: 'Delete person…',
      stanceSet: '{{name}} is now: {{stance}}.',
      topUnset: '{{name}} is no longer the top decision-maker.',
      topSet: '{{name}} is now the top decision-maker.',
      failed: 'Not saved: {{message}}',
      pathShown: 'Path to the top decision-maker: {{chain}}',
    },
    connect: {
      handle: 'Drag to another person to connect {{name}}',
      heading: 'Connect {{from}} and {{to}}',
      headingFrom: 'New relationship for {{from}}',
      create: 'Connect',
    },
  },
};
