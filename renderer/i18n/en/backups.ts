// backups words.
export default {
  backups: {},
};
