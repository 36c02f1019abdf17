// 权力路径（接近某人的途径）与假设情景。
export default {
  paths: {
    heading: '接近 {{name}} 的途径',
    none: '还没有已知的途径——先弄清楚对方听谁的。',
    hint: '指向一条途径即可在地图上看到；点击可保持显示。',
    step: '{{relation}}——{{stance}}，{{met}}',
    met: '已见过',
    notMet: '未见过',
    stance: { ally: '盟友', supporter: '支持', neutral: '中立', skeptic: '怀疑', opponent: '反对', unknown: '立场未知' },
    link: {
      reportsTo: '{{a}} 向 {{b}} 汇报',
      manages: '{{a}} 管理 {{b}}',
      influences: '{{a}} 影响 {{b}}',
      influencedBy: '{{a}} 受 {{b}} 影响',
      closeTo: '{{a}} 与 {{b}} 关系密切',
    },
  },
  scenario: {
    menu: '假如……',
    left: '{{name}} 离职',
    opponent: '{{name}} 转为反对我们',
    ally: '{{name}} 成为盟友',
    banner: {
      left: '情景：假如 {{name}} 离职——不会保存任何内容',
      opponent: '情景：假如 {{name}} 转为反对我们——不会保存任何内容',
      ally: '情景：假如 {{name}} 成为盟友——不会保存任何内容',
    },
    supportBase: '支持面 {{from}} → {{to}}',
    back: '返回真实地图',
    readOnly: '情景模式——此处无法编辑。返回真实地图后再编辑。',
  },
};
