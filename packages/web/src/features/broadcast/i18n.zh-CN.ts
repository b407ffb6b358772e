/** Chinese strings of the 广播稿 (merged into i18n/zh-CN.ts and phone.zh-CN.ts; i18n.en.ts has the same keys). */
export const broadcastZhCN = {
  'broadcast.title': '广播稿',
  'broadcast.hint': '供村广播（大喇叭）播送：数字、金额、日期已写成读法，公告连播两遍。',
  'broadcast.listen': '听公告',
  'broadcast.download': '下载录音（WAV）',
  'broadcast.print': '打印广播稿（大字）',
  'broadcast.noAudio': '本系统未安装语音合成（TTS），没有录音：请按广播稿朗读。',
  'broadcast.tooLong': '公告较长，不宜整篇录音播送：请按广播稿摘要朗读。',
  'broadcast.engine': '录音由 {engine} 语音合成，仅供参考，以广播稿文字为准。',
  'broadcast.part.opening': '开头',
  'broadcast.part.notice': '公告',
  'broadcast.part.again': '重播',
  'broadcast.part.closing': '结尾',
  'broadcast.print.kind': '广播稿',
  'broadcast.print.of': '{kind}：{title}',
  'broadcast.print.record': '播送人：__________　　播送时间：______年____月____日____时',
  'broadcast.print.hint': '用大字 A4 打印，交给播音员照读；连播两遍，读完请登记播送人和时间。',
};
