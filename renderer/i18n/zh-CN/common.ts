// 通用文字：应用框架、语言、常用按钮。
export default {
  app: {
    name: 'Powermap 关系地图',
    loading: '正在加载…',
    language: '语言',
    languages: { en: 'English', 'zh-CN': '中文（简体）' },
    chooseDate: '选择日期',
    theme: '外观',
    themes: { system: '跟随系统', light: '浅色', dark: '深色' },
    cancel: '取消',
    close: '关闭',
    save: '保存',
    delete: '删除',
    dismiss: '知道了',
    yes: '是',
    no: '否',
    notSet: '未填写',
  },
};
