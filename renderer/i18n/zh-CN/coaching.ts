// 人员页顶部的教练提示卡片；各条提示的文字沿用 brief.warning.*。
export default {
  coaching: {
    title: '教练提示',
    separator: '、',
    countOne: '1 件事需要跟进',
    countMany: '{{count}} 件事需要跟进',
    none: '暂无需要跟进的事',
    show: '在关系图上显示 {{name}}',
    more: '另有 {{count}} 人',
    collapse: '收起教练提示',
    expand: '展开教练提示',
    loading: '正在检查关系图…',
  },
};
