// Shared words: app chrome, language, generic buttons.
export default {
  app: {
    name: 'Powermap',
    loading: 'Loading…',
    language: 'Language',
    languages: { en: 'English', 'zh-CN': '中文（简体）' },
    chooseDate: 'Choose a date',
    theme: 'Theme',
    themes: { system: 'Same as system', light: 'Light', dark: 'Dark' },
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    delete: 'Delete',
    dismiss: 'Dismiss',
    yes: 'Yes',
    no: 'No',
    notSet: 'Not set',
  },
};
