// 按姓名、职位或拼音在地图上查找人物。
export default {
  search: {
    label: '查找人物',
    placeholder: '按姓名、职位或拼音查找',
    results: '匹配的人物',
    none: '没有与“{{query}}”匹配的人物。',
    count: '找到 {{count}} 人',
    filtersOff: '已关闭地图筛选，以显示{{name}}。',
  },
};
