// The coaching card at the top of the People tab; the warnings' own words live in brief.warning.*.
export default {
  coaching: {
    title: 'Coaching',
    separator: ', ',
    countOne: '1 thing to act on',
    countMany: '{{count}} things to act on',
    none: 'Nothing to act on',
    show: 'Show {{name}} on the map',
    more: '+{{count}} more',
    collapse: 'Hide coaching',
    expand: 'Show coaching',
    loading: 'Checking the map…',
  },
};
