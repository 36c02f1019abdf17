// 地图布局切换。
export default {
  layouts: {
    label: '布局',
    saved: '我的排列',
    'org-chart': '组织架构',
    'influence-network': '关系网络',
    rings: '排名环',
    busy: '正在布局…',
    // 地图在人物后面画的说明：每一环的排名段，没有上级的人的分组。
    guides: {
      top: '前 {{to}} 名',
      range: '第 {{from}}–{{to}} 名',
      from: '第 {{from}} 名及以后',
      one: '第 {{from}} 名',
      noManager: '未标上级',
    },
    hint: {
      saved: '您自己的排列，保持上次的样子',
      'org-chart': '汇报关系：上级在上，团队在下',
      'influence-network': '谁影响谁：关系紧密的人画在一起',
      rings: '影响力最高的人在中心，按排名向外分环',
    },
  },
};
