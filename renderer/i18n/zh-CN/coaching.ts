// 人员页顶部的教练提示卡片；各条提示的文字沿用 brief.warning.*。
export default {
  coaching: {
    title: '教练提示',
    countOne: '1 件事待跟进',
    countMany: '{{count}} 件事待跟进',
    none: '暂无待跟进的事',
    show: '在关系图上显示 {{name}}',
    more: '另有 {{count}} 人',
    collapse: '收起教练提示',
    expand: '展开教练提示',
    loading: '正在检查关系图…',
    failed: '暂时无法获取教练提示',
    focusLead: ' — 重点：',
    focus: {
      buildTrust: '建立信任',
      meetTopDecisionMaker: '见到最高决策者',
      qualifyAccount: '确认是否符合大客户条件',
      preventSurprises: '防止意外',
      answerCrises: '快速处理问题和危机',
      insideProcesses: '融入客户流程（为客户立功）',
      deepen: '深化关系',
      mutualBenefit: '互利共赢：互为大客户',
      growSales: '扩大销售',
    },
  },
};
