// The map, its toolbar and legend.
export default {
  map: {
    region: 'Relationship map of {{name}}',
    toolbar: 'Map tools',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit map to window',
    addPerson: 'Add person',
    emptyAccount: 'No people on this map yet. Use “Add person” to start.',
    peopleCount: '{{count}} people',
    legend: {
      heading: 'Legend',
      show: 'Show legend',
      hide: 'Hide legend',
      stances: 'Stance',
      marks: 'Marks',
      links: 'Relationships',
      topDecisionMaker: 'Top decision-maker',
      notMet: 'Never met (warning)',
      allyStar: 'Ally (star)',
      selected: 'Selected',
      reportsTo: 'Reports to (→ manager)',
      influences: 'Influences (thicker = stronger)',
      closeTo: 'Close to',
      conflictsWith: 'Conflicts with',
    },
  },
};
