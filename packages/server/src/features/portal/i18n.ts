import type { Locale } from '@cunzhi/core/errors';

/** The portal's words: Chinese first; the English dictionary must have every key. */
const zh = {
  portal: '公开栏',
  tagline: '三务公开：党务、村务、财务。本页只显示已公开的记录，无需登录。',
  switchTo: 'English',
  search: '搜索公告',
  searchLabel: '搜索已公开的公告',
  searchButton: '搜索',
  searchHint: '输入标题或正文中的字词，多个词用空格分开。',
  results: '找到 {n} 条',
  noResults: '没有找到符合条件的公告。',
  notices: '公告',
  noNotices: '还没有公开的公告。',
  all: '查看全部 {n} 条',
  more: '更多',
  whoIsWho: '谁是谁',
  whoIsWhoHint: '今天在任的成员。电话仅为公告上公布的联系电话。',
  nobody: '暂无在任成员记录。',
  chain: '审计链',
  chainHint:
    '村里的每一项操作都记入首尾相接的审计链。每天公布一次链头；保存下来，日后可以核对记录是否被改动。',
  chainHead: '当前链头：第 {seq} 条',
  noChain: '尚无审计记录。',
  checkpoints: '每日公布的链头',
  allCheckpoints: '查看近 90 天',
  day: '日期',
  seq: '序号',
  hash: '哈希值',
  feed: '订阅（Atom）',
  complaints: '投诉站',
  elections: '选举公示',
  collective: '集体经济',
  home: '首页',
  prev: '上一页',
  next: '下一页',
  page: '第 {page} 页，共 {pages} 页',
  publishedOn: '发布日期：',
  period: '公示期：{from}至{to}',
  objection: '如有异议，请于公示期内向村务监督委员会反映。',
  contact: '联系人：',
  phone: '电话：',
  resolutionNo: '决议编号：',
  record: '发布记录：审计链第 {seq} 条 {hash}',
  voidStamp: '已撤销',
  invalidStamp: '无效',
  cancelledStamp: '已取消',
  voidRevoked: '本公告所涉决议已被撤销，不得执行。',
  voidRevokedOn: '本公告所涉决议已于{date}撤销，不得执行。',
  voidInvalid: '本公告所涉决议不得执行：村务监督委员会认定作出该决议的会议无效（{reason}）。',
  voidCancelled: '本次会议已取消。',
  notFound: '找不到这个页面',
  notFoundHint: '地址有误，或这项内容尚未公开。',
  notPublished: '尚未公告',
  notPublishedHint: '这项决定或会议还没有在公开栏公告。公告后，扫描同一个二维码即可查看。',
  badRequest: '请求有误',
  badSearch: '搜索内容有误：最多 {max} 个字，最多 {terms} 个词，不能含控制字符。',
  badPage: '页码有误。',
  badKind: '公告类别有误。',
  tooMany: '请求太频繁，请稍后再试。',
  serverError: '出错了，请稍后再试。',
  online: '网上查看：',
  vouchers: '本月凭证明细',
  vouchersHint: '每一笔收支的记账凭证，点开可看原始凭证（票据照片）。',
  voucher: '记账凭证',
  voucherNo: '凭证号',
  summary: '摘要',
  account: '科目',
  debit: '借方',
  credit: '贷方',
  counterparty: '往来单位',
  receipts: '原始凭证',
  receiptCount: '{n} 张原始凭证',
  noReceipts: '无原始凭证。',
  evidencePhotos: '检查照片',
  evidencePhotosHint:
    '监督委员会表决发布本报告时决定一并公开的检查照片。点开看原图；SHA-256 与审计链上记录的一致。',
  statementLink: '所属财务公开',
  questions: '质询与答复',
  questionsHint: '村民对本公告提出的质询、异议和村里的答复（不公开提问人）。',
  question: '质询',
  objection_: '异议',
  askedOn: '{date}提出',
  answeredOn: '{date}答复：',
  printed: '打印日期：',
  ask: '提出质询或异议',
  askHint:
    '公示期内（{from}至{to}），在村（居）委会登记的村民可以在这里对本公告提出质询或异议。答复后，问题和答复在本页公开，不显示提问人。',
  askHintOpen:
    '在村（居）委会登记的村民可以在这里对本公告提出质询或异议。答复后，问题和答复在本页公开，不显示提问人。',
  askClosed: '公示期已于{to}结束，不能再对本公告提出质询或异议。',
  askOff:
    '公示期内（{from}至{to}）可以提出质询或异议：有账号的村民登录后在手机上提出；没有账号的，请到村（居）委会，由工作人员代为登记。',
  askOffOpen:
    '可以提出质询或异议：有账号的村民登录后在手机上提出；没有账号的，请到村（居）委会，由工作人员代为登记。',
  askOffTitle: '未开通短信验证码',
  kind: '类型',
  kindQuestion: '质询（询问情况、要求说明）',
  kindObjection: '异议（认为有错、不同意）',
  askText: '内容',
  askName: '姓名（须与登记的一致）',
  askPhone: '手机号码（须是登记的号码）',
  getCode: '获取短信验证码',
  askPrivacy:
    '验证码只发到村（居）委会登记的手机号码，号码不会显示，也不会公开。没有登记手机号码的，请到村（居）委会由工作人员代为登记。',
  codeTitle: '输入短信验证码',
  codeSent:
    '如果这个号码和姓名与村（居）委会登记的一致，验证码已经发到这个号码，{minutes} 分钟内有效。',
  codeHelp:
    '收不到短信？请核对号码和姓名后重新获取（每个号码每小时最多 {perPhone} 次），或到村（居）委会由工作人员代为登记。',
  codeLabel: '验证码（{digits} 位数字）',
  submitQuestion: '提交',
  askAgain: '重新获取验证码',
  yourQuestion: '您要提交的内容',
  asked: '已提交',
  askedText: '您的{kind}已于{date}登记，应于{due}前答复。',
  askedPublic: '答复后，问题和答复会在这份公告下公开，不显示提问人。',
  backToNotice: '返回公告',
} as const;

type Words = Record<keyof typeof zh, string>;

const en: Words = {
  portal: 'Public notice board',
  tagline:
    'Party, village and finance affairs made public. This page shows only published records; no account needed.',
  switchTo: '中文',
  search: 'Search notices',
  searchLabel: 'Search the published notices',
  searchButton: 'Search',
  searchHint: 'Words from the title or text; separate several words with spaces.',
  results: '{n} found',
  noResults: 'No notice matches.',
  notices: 'Notices',
  noNotices: 'Nothing has been published yet.',
  all: 'All {n}',
  more: 'More',
  whoIsWho: 'Who is who',
  whoIsWhoHint:
    'Members serving today. A phone is shown only where a published notice gives it as the contact.',
  nobody: 'No serving members recorded.',
  chain: 'Audit chain',
  chainHint:
    'Every act in the village is recorded on a hash chain. Its head is published once a day: keep it, and you can later check that the records were not changed.',
  chainHead: 'Current head: record {seq}',
  noChain: 'No audit records yet.',
  checkpoints: 'Daily published heads',
  allCheckpoints: 'The last 90 days',
  day: 'Day',
  seq: 'Record',
  hash: 'Hash',
  feed: 'Subscribe (Atom)',
  complaints: 'Complaints',
  elections: 'Elections',
  collective: 'Collective economy',
  home: 'Home',
  prev: 'Previous',
  next: 'Next',
  page: 'Page {page} of {pages}',
  publishedOn: 'Published: ',
  period: 'On the board: {from} to {to}',
  objection:
    'Objections may be raised with the village affairs supervision committee during this period.',
  contact: 'Contact: ',
  phone: 'Phone: ',
  resolutionNo: 'Resolution: ',
  record: 'Published by audit record {seq} {hash}',
  voidStamp: 'Revoked',
  invalidStamp: 'Invalid',
  cancelledStamp: 'Cancelled',
  voidRevoked: 'The resolution in this notice has been revoked and may not be carried out.',
  voidRevokedOn: 'The resolution in this notice was revoked on {date} and may not be carried out.',
  voidInvalid:
    'The resolution in this notice may not be carried out: the supervision committee found the meeting that made it invalid ({reason}).',
  voidCancelled: 'This meeting has been cancelled.',
  notFound: 'Page not found',
  notFoundHint: 'The address is wrong, or this has not been published.',
  notPublished: 'Not yet published',
  notPublishedHint:
    'This decision or meeting has not been published on the notice board yet. Once it is, the same QR code leads to it.',
  badRequest: 'Bad request',
  badSearch:
    'The search cannot be used: at most {max} characters and {terms} words, no control characters.',
  badPage: 'The page number is wrong.',
  badKind: 'The kind of notice is wrong.',
  tooMany: 'Too many requests; please try again shortly.',
  serverError: 'Something went wrong; please try again later.',
  online: 'Online: ',
  vouchers: 'Vouchers of the month',
  vouchersHint: 'The voucher of every income and payment; open one to see its receipts.',
  voucher: 'Voucher',
  voucherNo: 'No.',
  summary: 'Summary',
  account: 'Account',
  debit: 'Debit',
  credit: 'Credit',
  counterparty: 'Counterparty',
  receipts: 'Receipts',
  receiptCount: '{n} receipts',
  noReceipts: 'No receipts.',
  evidencePhotos: 'Inspection photos',
  evidencePhotosHint:
    'Photos the supervision committee decided to publish with this report when it voted it. Open one for full size; its SHA-256 is the one on the audit chain.',
  statementLink: 'Finance statement',
  questions: 'Questions and answers',
  questionsHint:
    "Villagers' questions and objections on this notice and the answers (who asked is not shown).",
  question: 'Question',
  objection_: 'Objection',
  askedOn: 'asked {date}',
  answeredOn: 'Answered {date}: ',
  printed: 'Printed: ',
  ask: 'Ask a question or object',
  askHint:
    'During the publicity period ({from} to {to}), villagers registered in this village may ask a question or raise an objection about this notice here. Once answered, the question and its answer are shown on this page, without who asked.',
  askHintOpen:
    'Villagers registered in this village may ask a question or raise an objection about this notice here. Once answered, the question and its answer are shown on this page, without who asked.',
  askClosed:
    'The publicity period ended on {to}: questions and objections about this notice are closed.',
  askOff:
    'Questions and objections may be raised during the publicity period ({from} to {to}): villagers with an account sign in on their phone; those without one ask at the village office, where the clerk enters it for them.',
  askOffOpen:
    'Questions and objections may be raised: villagers with an account sign in on their phone; those without one ask at the village office, where the clerk enters it for them.',
  askOffTitle: 'Codes by text message are not offered',
  kind: 'Kind',
  kindQuestion: 'Question (ask for facts or an explanation)',
  kindObjection: 'Objection (something is wrong, or you disagree)',
  askText: 'Your question or objection',
  askName: 'Your name (as registered in the village)',
  askPhone: 'Mobile number (as registered in the village)',
  getCode: 'Text me a code',
  askPrivacy:
    'The code goes only to the mobile number the village office has registered; the number is never shown or published. Without a registered number, ask the clerk at the village office.',
  codeTitle: 'Enter the code from the text message',
  codeSent:
    'If this number and name are registered in the village, a code has been texted to the number; it is valid for {minutes} minutes.',
  codeHelp:
    'No text message? Check the number and the name and ask again (at most {perPhone} times an hour per number), or ask the clerk at the village office.',
  codeLabel: 'Code ({digits} digits)',
  submitQuestion: 'Submit',
  askAgain: 'Ask for a new code',
  yourQuestion: 'What you are submitting',
  asked: 'Submitted',
  askedText: 'Your {kind} was recorded on {date}; the village is to answer it by {due}.',
  askedPublic:
    'Once answered, the question and its answer are shown under this notice, without who asked.',
  backToNotice: 'Back to the notice',
};

export type WordKey = keyof typeof zh;
export type Translate = (key: WordKey, params?: Record<string, string | number>) => string;

/** The portal's translator for a locale; `{name}` in a text is replaced by its parameter. */
export function translator(locale: Locale): Translate {
  const words: Words = locale === 'en' ? en : zh;
  return (key, params = {}) =>
    words[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/**
 * A feature's own portal words ({zh, en} per key), read the way `translator` reads the portal's:
 * the feature's page keeps its words beside it instead of in this file.
 */
export function pageWords<W extends Record<string, { zh: string; en: string }>>(words: W) {
  return (locale: Locale, key: keyof W, params: Record<string, string | number> = {}): string =>
    (locale === 'en' ? words[key]!.en : words[key]!.zh).replace(
      /\{(\w+)\}/g,
      (whole, name: string) => (name in params ? String(params[name]) : whole),
    );
}
