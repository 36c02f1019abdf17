// The map's layout switch.
export default {
  layouts: {
    label: 'Layout',
    saved: 'Mine',
    'org-chart': 'Org chart',
    'influence-network': 'Network',
    rings: 'Rings',
    busy: 'Laying out…',
    // Words the map draws behind the people: the rank band of each ring, the group without a manager.
    guides: {
      top: 'Top {{to}}',
      range: 'Ranks {{from}}–{{to}}',
      from: 'Ranks {{from}}+',
      one: 'Rank {{from}}',
      noManager: 'No manager on the map',
    },
    hint: {
      saved: 'Your own arrangement, as you left it',
      'org-chart': 'Who reports to whom, managers above their teams',
      'influence-network': 'Who influences whom: closely linked people are drawn together',
      rings: 'Highest influence in the centre, rings outward by rank',
    },
  },
};
