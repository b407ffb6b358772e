/** A finding's photos and documents, and the plan item an inspection carries out. */
export const supervisionEvidenceZhCN = {
  'supervision.evidence.files': '照片和文件',
  'supervision.evidence.choose': '选择照片或文件',
  'supervision.evidence.hint':
    'JPG、PNG 照片或 PDF 文件，每个不超过 10 MB，最多 6 个；按文件内容识别格式',
  'supervision.evidence.camera': '拍照或选择照片',
  'supervision.evidence.chosen': '已选 {n} 个文件',
  'supervision.evidence.fingerprint': 'SHA-256 指纹',
  'supervision.evidence.fingerprintHint':
    '与审计链上本条检查记录中的指纹一致，可用于日后核对文件是否被改动',
  'supervision.evidence.open': '查看原图',
  'supervision.evidence.pdf': 'PDF 文件',
  'supervision.evidence.public': '随报告在公开栏公开的照片',
  'supervision.evidence.public.hint':
    '默认不公开（照片可能含个人信息）。勾选的照片在报告经表决发布后显示在公开栏的报告页上。',
  'supervision.evidence.public.none': '所选检查的问题没有附照片',
  'supervision.evidence.printList': '证据清单',
  'supervision.evidence.printNone': '无附件',
  'supervision.plan.item': '所属监督计划',
  'supervision.plan.item.none': '不属于年度计划',
  'supervision.plan.item.text': '{year} 年度监督计划 · {month} 月 · {title}',
  'supervision.plan.item.hint': '从已通过的年度监督计划中选择本次检查对应的项目',
  'supervision.inspection.print': '打印检查记录',
  'supervision.inspection.print.title': '监督检查记录',
  'supervision.inspection.print.findings': '检查发现的问题',
  'supervision.finding.mine': '记录检查发现',
  'supervision.finding.saved': '已记录',
} as const;
