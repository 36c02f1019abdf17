// 窗格之间的分隔条（拖动或用方向键调整宽度；双击恢复默认宽度）。
export default {
  panes: {
    resizeAccounts: '调整客户列表宽度',
    resizeRight: '调整侧边栏宽度',
    resizeHint: '拖动或使用方向键调整；双击恢复默认宽度',
  },
};
