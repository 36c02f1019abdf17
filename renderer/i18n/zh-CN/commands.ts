// 命令：名称（命令面板、快捷键列表、菜单），命令面板和快捷键对话框。
export default {
  command: {
    mapFocus: '{{name}}，{{title}} — Enter 打开，Delete 删除，Esc 取消',
    mapHint: '方向键在人物之间移动；Enter 打开人物。',
    person: { add: '添加人物', open: '打开选中的人物', delete: '删除人物…' },
    map: { clear: '取消焦点和选择' },
    edit: { undo: '撤销', redo: '重做' },
    visit: { log: '记录拜访' },
    view: {
      zoomIn: '放大',
      zoomOut: '缩小',
      fit: '适应窗口',
      legend: '展开或收起图例',
      layout: { saved: '布局：我的排列', 'org-chart': '布局：组织架构', 'influence-network': '布局：关系网络', rings: '布局：排名环' },
    },
    search: { focus: '查找人物' },
    export: { png: '导出图片、拜访简报或客户文件…' },
    palette: { open: '命令面板', title: '命令', placeholder: '输入命令…', none: '没有匹配的命令。' },
    help: { shortcuts: '键盘快捷键' },
    unsaved: {
      title: '{{name}} 有未保存的修改',
      titleNew: '新人物尚未保存',
      body: '离开此表单前是否保存？',
      stay: '继续编辑',
      discard: '放弃修改',
      save: '保存并继续',
    },
    group: { person: '人物', view: '视图', app: '应用' },
    shortcuts: {
      title: '键盘快捷键',
      moveOnMap: '进入地图，再移到该方向上最近的人物',
      onMap: '在地图上',
      notInFields: '在输入框中打字时，单键快捷键不起作用。',
      close: '关闭',
    },
  },
};
