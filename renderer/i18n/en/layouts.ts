// The map's layout switch.
export default {
  layouts: {
    label: 'Layout',
    saved: 'My arrangement',
    'org-chart': 'Org chart',
    'influence-network': 'Influence network',
    rings: 'Rings by rank',
    busy: 'Laying out…',
  },
};
