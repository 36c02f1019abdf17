// 客户详情对话框：关系阶段、大客户识别（DOMAIN §1–2）、预算（§4 第 6 条）、备注。
export default {
  accountDetails: {
    open: '详情…',
    openToolbar: '客户详情…',
    title: '客户详情 — {{name}}',
    fixErrors: '未保存。',
    save: '保存详情',
    fields: {
      name: '客户名称',
      segment: '客户类型',
      stage: '关系阶段',
      productFit: '产品适合 — 我们的产品和销售方式适合客户需要',
      centralizedPurchasing: '统一采购 — 客户集中采购，而非各分支分散采购',
      budgetAmount: '预算金额',
      budgetCycle: '预算周期',
      budgetProcess: '预算决策流程',
      notes: '备注',
    },
    hints: {
      segment: '例如：经销商、连锁零售、批发商、代理商',
      budgetAmount: '填写数字；预算尚不清楚时留空。',
      budgetCycle: '例如：按年，每年三月审批',
      budgetProcess: '谁提出、谁审批、什么时候。',
    },
    stage: {
      establish: { name: '建立关系', explain: '找到大客户，建立信任；成本最高、最关键的阶段。' },
      stabilize: { name: '稳定关系', explain: '防止意外、处理危机、保持沟通畅通。' },
      strengthen: { name: '加强关系', explain: '深化合作、互利共赢，扩大销售。' },
    },
    qualificationHeading: '大客户识别',
    sustainedNotRecorded: '持续采购（年年采购）：尚未记录。',
    qualifies: {
      missing: '尚不是大客户：{{missing}}未确认。',
      notRecordedYet: '产品适合和统一采购已确认；确认持续采购后即可认定为大客户。',
    },
    listJoin: '和',
    budgetHeading: '预算',
    budgetInvalid: '请填写不小于 0 的数字（最多 10,000,000,000,000），预算不清楚时请留空。',
  },
};
