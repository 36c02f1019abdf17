// The handles between the panes (drag, or arrow keys, to resize; double-click for the default width).
export default {
  panes: {
    resizeAccounts: 'Resize the accounts pane',
    resizeRight: 'Resize the side panel',
    resizeHint: 'Drag or use the arrow keys; double-click for the default width',
  },
};
