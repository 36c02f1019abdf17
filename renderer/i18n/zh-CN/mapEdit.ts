// 在地图上编辑：悬停卡片、人物右键菜单、就地连接两个人。
export default {
  mapEdit: {
    card: {
      score: '影响力 {{score}} · 第 {{rank}} / {{count}} 名',
      met: '已见面',
      notMet: '尚未见面',
      lastContact: '最近联系 {{date}}',
      noContact: '没有联系记录',
    },
    menu: {
      label: '{{name}} 的操作',
      stance: '立场',
      toggleTop: '最高决策者',
      addRelationship: '添加关系…',
      pathToTop: '显示通往最高决策者的路径',
      delete: '删除人物…',
      stanceSet: '{{name}} 的立场已改为：{{stance}}。',
      topUnset: '{{name}} 不再是最高决策者。',
      topSet: '{{name}} 现在是最高决策者。',
      failed: '未保存：{{message}}',
      pathShown: '通往最高决策者的路径：{{chain}}',
    },
    connect: {
      handle: '拖到另一个人物上，为 {{name}} 建立关系',
      heading: '连接 {{from}} 与 {{to}}',
      headingFrom: '为 {{from}} 添加关系',
      create: '连接',
    },
  },
};
