/** A case's photos and documents: the list and the upload control other features drop in. */
export const attachmentsZhCN = {
  'attachments.title': '照片和文件',
  'attachments.none': '还没有照片或文件',
  'attachments.camera': '拍照',
  'attachments.choose': '选择照片或文件',
  'attachments.hint':
    'JPG、PNG、WebP 照片或 PDF 文件，每个不超过 10 MB，一次最多 {max} 个；照片中的拍摄地点等信息会被去除',
  'attachments.room': '本事项还能添加 {room} 个',
  'attachments.full': '本事项的附件已满 {max} 个，不能再添加',
  'attachments.upload': '上传 {n} 个文件',
  'attachments.uploaded': '已上传',
  'attachments.clear': '清除所选',
  'attachments.remove': '删除',
  'attachments.removeConfirm': '确认删除',
  'attachments.pdf': 'PDF 文件',
  'attachments.mine': '我上传的',
  'attachments.open': '查看“{name}”',
  'attachments.tooLarge': '“{name}”过大（{size}），每个文件不超过 10 MB',
  'attachments.wrongType': '“{name}”不是 JPG、PNG、WebP 照片或 PDF 文件',
  'attachments.tooMany': '一次最多上传 {max} 个文件',
  'attachments.overRoom': '本事项还能添加 {room} 个文件，已选 {n} 个',
  'attachments.fingerprint': 'SHA-256 指纹 {hash}（与审计链上的记录一致）',
} as const;
