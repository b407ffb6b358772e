import { defineErrors, defineNouns } from '../errorCatalog.ts';

const RULES = '《农村集体经济组织会计制度》（财会〔2023〕14号）';
const RULES_EN = 'Accounting Rules for Rural Collective Economic Organisations (2023)';

/** The errors of 财务（finance）: ids are stable (API, UI, tests); messages zh-CN first. */
export const FINANCE_ERRORS = defineErrors({
  finance_amount_invalid: {
    status: 400,
    zh: '金额须为大于零的整数分（如 450000.00 元记为 45000000 分）',
    en: 'must be a whole number of fen greater than zero',
  },
  finance_account_unknown: {
    status: 400,
    zh: `不是${RULES}会计科目表中的科目`,
    en: `is not an account of the chart (${RULES_EN})`,
  },
  finance_account_not_postable: {
    status: 400,
    zh: '“{account}”下设明细科目，请记入明细科目',
    en: '“{account}” has detail accounts; book to one of them',
  },
  finance_line_one_side: {
    status: 400,
    zh: '每一行只能在借方或贷方之一填写金额',
    en: 'each line holds an amount on the debit or the credit side, not both or neither',
  },
  finance_lines_too_few: {
    status: 400,
    zh: `每张凭证至少有一借一贷两行（${RULES}：借贷记账法，有借必有贷）`,
    en: `a voucher has at least one debit and one credit line (${RULES_EN}: double entry)`,
  },
  finance_lines_too_many: {
    status: 400,
    zh: '每张凭证最多 {max} 行',
    en: 'a voucher has at most {max} lines',
  },
  finance_unbalanced: {
    status: 400,
    zh: `借方合计 {debit} 元与贷方合计 {credit} 元不相等（${RULES}：借贷记账法，借贷必相等）`,
    en: `debits ({debit}) and credits ({credit}) differ (${RULES_EN}: double entry, debits equal credits)`,
  },
  finance_period_closed: {
    status: 409,
    zh: '{period}已结账，不能再记账或改动；更正错账请在未结账的月份编制红字冲销凭证',
    en: '{period} is closed and cannot change; correct it with a reversing entry in an open month',
  },
  finance_period_already_closed: {
    status: 409,
    zh: '该月份已经结账',
    en: 'This month is already closed',
  },
  finance_period_not_ended: {
    status: 409,
    zh: '{period}尚未结束，月末之后才能结账',
    en: '{period} has not ended yet; it can be closed after its last day',
  },
  finance_period_earlier_open: {
    status: 409,
    zh: '{period}有凭证尚未结账；须按月份顺序结账',
    en: '{period} holds vouchers and is still open; months close in order',
  },
  finance_already_reversed: {
    status: 409,
    zh: '该凭证已经冲销过，不能再次冲销',
    en: 'This voucher has already been reversed',
  },
  finance_reversal_of_reversal: {
    status: 409,
    zh: '冲销凭证不能再被冲销；如需恢复，请重新编制正确的凭证',
    en: 'A reversing entry is not reversed again; book the correct entry instead',
  },
  finance_budget_line: {
    status: 400,
    zh: '预算按收入或支出科目（损益类科目）编制',
    en: 'a budget line is an income or spending account',
  },
  finance_receipt_type: {
    status: 400,
    zh: '原始凭证只能上传 JPEG、PNG 图片或 PDF 文件（按文件内容判断，与扩展名无关）',
    en: 'a receipt must be a JPEG or PNG image or a PDF (judged by its content, not its name)',
  },
  finance_receipt_too_large: {
    status: 413,
    zh: '原始凭证文件不能超过 {maxMb} MB',
    en: 'a receipt file may be at most {maxMb} MB',
  },
  finance_import_rows: {
    status: 400,
    zh: '表格有 {count} 处错误，未导入任何数据',
    en: 'The sheet has {count} problems; nothing was imported',
  },
  finance_import_refused_at_booking: {
    status: 409,
    zh: '第 {row} 行的凭证在记账时被拒绝，本次导入的凭证全部未记账；请更正后重新导入',
    en: 'The voucher at row {row} was refused when it was booked; none of the file’s vouchers were booked. Correct it and import again',
  },
  // only ever a background job's outcome, never an HTTP answer (the upload was already 202):
  // the status is the catalog's rule for an error a user can retry, not a server fault code
  finance_import_failed: {
    status: 409,
    zh: '导入因系统内部错误中断，本次导入的凭证全部未记账；错误已记录，请稍后重新导入',
    en: 'The import stopped on an internal error; none of the file’s vouchers were booked. It has been logged; import again later',
  },
  finance_import_not_xlsx: {
    status: 400,
    zh: '文件无法读取，请上传 Excel 工作簿（.xlsx）；旧版 .xls 文件请先在 WPS 或 Excel 中另存为 .xlsx',
    en: 'the file could not be read; upload an Excel workbook (.xlsx); save an old .xls as .xlsx first',
  },
  finance_import_header: {
    status: 400,
    zh: '找不到表头：表格须有“科目编码”列，期初余额表还须有“借方余额”“贷方余额”列，凭证清单还须有“日期”“凭证号”“借方金额”“贷方金额”列',
    en: 'No header row: the sheet needs an account-code column, and debit and credit columns (a voucher list also date and voucher number)',
  },
  finance_import_code_unmapped: {
    status: 400,
    zh: '旧科目 {code}（{name}）无法对应到一个2023年会计科目：{why}；请改填2023年科目编码',
    en: 'old account {code} ({name}) has no single 2023 account: {why}; write a 2023 account code instead',
  },
  finance_opening_exists: {
    status: 409,
    zh: '本村已有期初余额或已记账，不能再导入期初余额',
    en: 'This village already has opening balances or vouchers; opening balances cannot be imported again',
  },
  finance_opening_unbalanced: {
    status: 400,
    zh: '期初余额借方合计 {debit} 元与贷方合计 {credit} 元不相等，试算不平衡',
    en: 'opening debits ({debit}) and credits ({credit}) differ: the trial balance does not balance',
  },
  finance_statement_period_open: {
    status: 409,
    zh: '{period}尚未结账；月度财务公开须在结账后编制，公开的数字才不会再变',
    en: '{period} is not closed yet; a monthly statement is made after closing so its figures cannot change',
  },
  finance_statement_not_reviewed: {
    status: 409,
    zh: '该月财务公开尚未经村务监督委员会审核，不能公布',
    en: 'The supervision committee has not reviewed this statement; it cannot be published',
  },
  finance_statement_rejected: {
    status: 409,
    zh: '村务监督委员会审核未通过该月财务公开，请更正后重新提请审核',
    en: 'The supervision committee did not pass this statement; correct it and ask for a new review',
  },
  finance_statement_published: {
    status: 409,
    zh: '该月财务公开已经公布',
    en: 'This statement has already been published',
  },
});

/** What these messages can name (`not_found`'s `{what}`). */
export const FINANCE_NOUNS = defineNouns({
  voucher: { zh: '凭证', en: 'voucher' },
  receipt: { zh: '原始凭证', en: 'receipt' },
  financeStatement: { zh: '月度财务公开', en: 'monthly statement' },
  voucherImport: { zh: '凭证导入任务', en: 'voucher import' },
});
