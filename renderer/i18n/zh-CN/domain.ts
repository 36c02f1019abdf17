// 领域词汇（shared/domain/README.md）：立场、采购角色、关系类型。
export default {
  stance: {
    ally: '盟友',
    supporter: '支持',
    neutral: '中立',
    skeptic: '怀疑',
    opponent: '反对',
    unknown: '未知',
  },
  buyingRole: {
    'decision-maker': '决策者',
    approver: '批准者',
    influencer: '影响者',
    evaluator: '评估者',
    user: '使用者',
    gatekeeper: '把关者',
    unknown: '未知',
  },
  relationshipType: {
    'reports-to': '汇报',
    influences: '影响',
    'close-to': '亲近',
    'conflicts-with': '冲突',
  },
  topDecisionMaker: '最高决策者',
};
