// 地图、工具栏与图例。
export default {
  map: {
    region: '{{name}} 的关系地图',
    toolbar: '地图工具',
    zoomIn: '放大',
    zoomOut: '缩小',
    fit: '适应窗口',
    addPerson: '添加人物',
    emptyAccount: '地图上还没有人物。点击“添加人物”开始。',
    peopleCount: '{{count}} 人',
    legend: {
      heading: '图例',
      show: '显示图例',
      hide: '隐藏图例',
      stances: '立场',
      marks: '标记',
      links: '关系',
      topDecisionMaker: '最高决策者',
      notMet: '尚未见面（警示）',
      allyStar: '盟友（星标）',
      selected: '选中',
      reportsTo: '汇报（箭头指向上级）',
      influences: '影响（越粗越强）',
      closeTo: '亲近',
      conflictsWith: '冲突',
    },
  },
};
