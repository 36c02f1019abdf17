// 地图布局切换。
export default {
  layouts: {
    label: '布局',
    saved: '我的排列',
    'org-chart': '组织架构',
    'influence-network': '影响力网络',
    rings: '按排名分环',
    busy: '正在布局…',
  },
};
