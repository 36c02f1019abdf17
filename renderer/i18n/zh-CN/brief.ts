// brief words.
export default {
  brief: {},
};
