// 选中人物的关系：列表、添加、删除。
export default {
  relationships: {
    heading: '关系',
    none: '还没有关系。',
    add: '添加关系',
    addHeading: '为 {{name}} 添加关系',
    type: '关系',
    other: '对方',
    choose: '选择人物',
    chooseFirst: '请先选择对方。',
    strength: '强度',
    strengths: { 1: '1 – 弱', 2: '2 – 中', 3: '3 – 强' },
    create: '添加',
    remove: '删除',
    removeLabel: '删除关系：{{text}}',
    added: '已添加关系。',
    removed: '已删除关系。',
    outgoing: {
      'reports-to': '向 {{name}} 汇报',
      influences: '影响 {{name}}（强度 {{strength}}）',
      'close-to': '与 {{name}} 亲近',
      'conflicts-with': '与 {{name}} 冲突',
    },
    incoming: {
      'reports-to': '{{name}} 向其汇报',
      influences: '受 {{name}} 影响（强度 {{strength}}）',
      'close-to': '与 {{name}} 亲近',
      'conflicts-with': '与 {{name}} 冲突',
    },
    verbs: {
      'reports-to': '… 汇报给',
      influences: '… 影响',
      'close-to': '… 亲近',
      'conflicts-with': '… 冲突',
    },
  },
};
