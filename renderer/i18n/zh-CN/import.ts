// import words.
export default {
  import: {},
};
