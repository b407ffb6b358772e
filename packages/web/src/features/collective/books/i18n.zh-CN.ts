/** The organisation's accounts, books and requests to sue (console), and a member's phone page. */
export const collectiveBooksZhCN = {
  'collectiveBooks.title': '集体经济组织的账户与账簿',
  'collectiveBooks.hint':
    '集体所有的资金只能存入以本组织名义开立的账户，不得存入以个人名义开立的账户。本组织的账簿与村民委员会的村账分开记，科目相同（农村集体经济组织会计制度），每月随村账由乡镇代理会计结账；按章程向村民委员会支付的款项同时记入两本账。',
  'collectiveBooks.none':
    '本村还没有登记农村集体经济组织。未设立集体经济组织的，由村民委员会依法代行其职能，集体资金记入村账。',
  'collectiveBooks.org': '集体经济组织',
  'collectiveBooks.tab.accounts': '银行账户',
  'collectiveBooks.tab.book': '账簿',
  'collectiveBooks.tab.requests': '请求监事会起诉',
  // accounts
  'collectiveBooks.account.bank': '开户银行',
  'collectiveBooks.account.no': '账号',
  'collectiveBooks.account.holder': '户名',
  'collectiveBooks.account.holderKind': '户名类型',
  'collectiveBooks.account.kind.organisation': '本组织名义',
  'collectiveBooks.account.kind.person': '个人名义',
  'collectiveBooks.account.purpose': '用途（如基本存款账户）',
  'collectiveBooks.account.opened': '开户日期',
  'collectiveBooks.account.closed': '已于{on}销户',
  'collectiveBooks.account.open': '登记账户',
  'collectiveBooks.account.close': '销户',
  'collectiveBooks.account.none': '尚未登记银行账户。',
  // book
  'collectiveBooks.book.number': '凭证号',
  'collectiveBooks.book.date': '日期',
  'collectiveBooks.book.summary': '摘要',
  'collectiveBooks.book.amount': '金额（元）',
  'collectiveBooks.book.committeeVoucher': '村账凭证 {number}',
  'collectiveBooks.book.balances': '科目余额',
  'collectiveBooks.book.account': '科目',
  'collectiveBooks.book.debit': '借方合计',
  'collectiveBooks.book.credit': '贷方合计',
  'collectiveBooks.book.balance': '余额（借+ / 贷−）',
  'collectiveBooks.book.new': '记账',
  'collectiveBooks.book.none': '本组织账簿尚无凭证。',
  'collectiveBooks.book.debitAccount': '借方科目',
  'collectiveBooks.book.creditAccount': '贷方科目',
  'collectiveBooks.book.counterparty': '往来单位或个人',
  // requests to sue
  'collectiveBooks.request.hint':
    '理事、监事或经营管理人员执行职务违反法律法规或章程给本组织造成损失的，十名以上具有完全民事行为能力的成员可以书面请求监事会（监事）向人民法院起诉；监事会拒绝，或自收到请求之日起十五日内未起诉的，请求人可以为了本组织的利益以自己的名义起诉（农村集体经济组织法第六十条）。',
  'collectiveBooks.request.received': '收到日期',
  'collectiveBooks.request.grounds': '请求事由',
  'collectiveBooks.request.requesters': '请求人（{count}人）',
  'collectiveBooks.request.record': '登记书面请求',
  'collectiveBooks.request.pick': '选择请求人（本组织年满十八周岁的成员）',
  'collectiveBooks.request.answer': '登记监事会答复',
  'collectiveBooks.request.answer.sued': '监事会已起诉',
  'collectiveBooks.request.answer.refused': '监事会拒绝起诉',
  'collectiveBooks.request.note': '答复说明',
  'collectiveBooks.request.none': '没有起诉请求。',
  'collectiveBooks.standing.waiting':
    '监事会可在{until}前起诉；期满未起诉，请求人可以自己的名义起诉',
  'collectiveBooks.standing.supervisorsSued': '监事会已于{on}起诉',
  'collectiveBooks.standing.refused': '监事会已于{since}拒绝，请求人可以自己的名义起诉',
  'collectiveBooks.standing.timeElapsed':
    '十五日期满监事会未起诉，请求人自{since}起可以自己的名义起诉',
  // the rules page
  'rules.subject.NJJ-44-ACCOUNT': '集体资金不得存入个人名义账户',
  'rules.subject.NJJ-60-DERIVATIVE': '成员请求监事会起诉及自行起诉',
  'rules.subject.NJJ-64-PROXY': '未设立集体经济组织的，由村民委员会代行职能',
} as const;
