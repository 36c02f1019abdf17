// 突出显示的关系图：工具栏筛选、影响力图例和提醒横幅。
export default {
  highlight: {
    filters: '地图筛选',
    supportBaseOnly: '只看支持面',
    keyPeopleOnly: '只看关键人物',
    keyMode: '关键人物标准',
    modeTop: '前',
    modeThreshold: '得分 ≥',
    topN: '关键人物人数',
    threshold: '最低得分',
    shown: '显示 {{shown}} / {{total}} 人',
    clear: '显示全部',
    legend: {
      heading: '影响力',
      size: '大小 = 影响力得分',
      halo: '绿色光晕 = 支持面',
      minor: '小 = 小鬼（同样重要）',
    },
    coaching: {
      tdmNotMet: '您还没有见过最高决策者{{name}}。请在成交前安排会面。',
      show: '查看{{name}}',
    },
  },
};
