import { defineErrors } from '../errorCatalog.ts';

/** Refusals of an uploaded file shared by every form that takes one (platform/http/upload.ts). */
export const FILES_ERRORS = defineErrors({
  file_type: {
    status: 400,
    zh: '只能上传 {types} 格式的文件（按文件内容识别，改扩展名无效）',
    en: 'must be a {types} file (recognised by its content; renaming it does not help)',
  },
  file_heic: {
    status: 400,
    zh: '暂不支持 iPhone 的 HEIC 照片：请在“设置 → 相机 → 格式”中选择“兼容性最佳”后重拍，或将照片截图后上传',
    en: 'HEIC photos from an iPhone are not accepted: choose Settings → Camera → Formats → Most Compatible and take it again, or upload a screenshot of the photo',
  },
  file_too_many: {
    status: 400,
    zh: '一次最多上传 {max} 个文件',
    en: 'at most {max} files at a time',
  },
});
