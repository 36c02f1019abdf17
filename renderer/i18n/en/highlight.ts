// The highlighted map: filters in the toolbar, the influence legend, and the coaching banner.
export default {
  highlight: {
    filters: 'Map filters',
    supportBaseOnly: 'Support base only',
    keyPeopleOnly: 'Key people only',
    keyMode: 'Key people by',
    modeTop: 'Top',
    modeThreshold: 'Score ≥',
    topN: 'Number of key people',
    threshold: 'Minimum score',
    shown: 'Showing {{shown}} of {{total}} people',
    clear: 'Show everyone',
    legend: {
      heading: 'Influence',
      size: 'Size = influence score',
      halo: 'Green halo = support base',
      minor: 'Small = minor player (still counts)',
    },
    coaching: {
      tdmNotMet: 'You have not met {{name}}, the top decision-maker. Plan a meeting before the deal closes.',
      show: 'Show {{name}}',
    },
  },
};
