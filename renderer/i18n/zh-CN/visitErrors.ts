// 拜访、下一步与年度采购相关调用的错误提示（shared/visits、electron/service/visit*.ts）。
export default {
  error: {
    notFound: { visit: '该拜访已不存在，可能已被删除。' },
    enum: {
      visitKind: '请从列表中选择拜访类型。',
      visitStatus: '请选择“计划”或“已记录”。',
      nextStepOwner: '请选择下一步由谁负责：我方或客户方。',
    },
    visit: {
      attendeesRequired: '请至少选择一位参加拜访的客户人员。',
      tooManyAttendees: '一次拜访的参加人数过多。',
      duplicateAttendee: '参加人员中有人重复。',
      attendeeNotInAccount: '此人属于其他客户，请选择本客户的人员。',
      budgetOwnerNotInAccount: '预算负责人必须是本客户的人员。',
      loggedInFuture: '拜访发生后才能记录（今天是 {{today}}）。请先保存为计划。',
      plannedHasOutcome: '计划中的拜访还没有下一步。请在记录拜访时约定下一步。',
      plannedStance: '立场变化要在拜访之后记录。请先记录这次拜访。',
      nextStepRequired: '每次拜访都要为下一次做好安排：请填写下一步，或说明为什么没有。',
      nextStepAndNoNextStep: '请填写下一步或“没有下一步”的原因，二者选其一。',
      nextStepBeforeVisit: '下一步的截止日期不能早于拜访日期（{{date}}）。',
      noNextStep: '这次拜访没有可标记完成的下一步。',
      doneBeforeVisit: '下一步的完成日期不能早于拜访日期（{{date}}）。',
      amountInvalid: '请输入零或更大的金额。',
      currencyInvalid: '请输入三个字母的币种代码，例如 CNY 或 USD。',
      hoursInvalid: '请输入零或更大的小时数。',
      yearInvalid: '请输入年份，例如 2026。',
      duplicateYear: '每个年份只能填写一次。',
      planNotPlanned: '这次拜访已经记录。请计划一次新的拜访再做准备。',
      planOtherAccount: '这次拜访属于其他客户。',
      tooManyYears: '年份过多。',
    },
  },
};
