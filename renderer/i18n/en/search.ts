// Finding a person on the map by name, title or pinyin.
export default {
  search: {
    label: 'Find a person',
    placeholder: 'Find by name or title…',
    results: 'Matching people',
    none: 'No one matches “{{query}}”.',
    count: '{{count}} found',
    filtersOff: 'Map filters were turned off to show {{name}}.',
  },
};
