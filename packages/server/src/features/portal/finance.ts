import { markup, type Html } from './html.ts';
import { href } from './pages.ts';
import { dateText, type PortalView, type VoucherView } from './present.ts';
import type { PublicReceipt } from './queries.ts';

/** Pure: the ledger's published months on the portal — a statement's vouchers, and one voucher. */

function linesTable(view: PortalView, v: VoucherView): Html {
  const { t } = view;
  const rows = v.lines.map(
    (l) =>
      markup`<tr><td>${l.account}</td><td class="num">${l.debit}</td><td class="num">${l.credit}</td><td>${l.counterparty}</td></tr>`,
  );
  return markup`<table><thead><tr><th scope="col">${t('account')}</th><th scope="col" class="num">${t('debit')}</th><th scope="col" class="num">${t('credit')}</th><th scope="col">${t('counterparty')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** Under a finance statement notice: every voucher of its month, each a link to its own page. */
export function statementVouchers(view: PortalView, vouchers: VoucherView[]): Html {
  const { t } = view;
  const items = vouchers.map(
    (v) =>
      markup`<li><a href="${href(view, `/v/${v.id}`)}">${v.number} ${v.summary}</a><span class="meta">${dateText(view, v.onDate)}${v.receipts > 0 ? ` · ${t('receiptCount', { n: v.receipts })}` : ''}</span>${linesTable(view, v)}</li>`,
  );
  return markup`<section id="vouchers"><h2>${t('vouchers')}</h2><p class="hint">${t('vouchersHint')}</p><ul class="list">${items}</ul></section>`;
}

/** One voucher: its lines and its receipts (each a link to the file), back to its statement. */
export function voucherPage(
  view: PortalView,
  v: VoucherView,
  receipts: PublicReceipt[],
  statementNoticeId: string | null,
): Html {
  const { t } = view;
  const files = receipts.map(
    (r) =>
      markup`<li><a href="${href(view, `/v/${v.id}/receipts/${r.id}`)}">${r.file_name}</a><span class="meta">${Math.max(1, Math.round(r.size_bytes / 1024))} KB · SHA-256 <span class="hash">${r.sha256}</span></span></li>`,
  );
  const back = statementNoticeId
    ? markup`<p><a href="${href(view, `/n/${statementNoticeId}`)}">${t('statementLink')}</a></p>`
    : '';
  return markup`<section><article class="notice"><p class="kind">${t('voucher')}</p><h1>${v.number} ${v.summary}</h1>
<p class="meta">${dateText(view, v.onDate)}</p>${linesTable(view, v)}
<h2>${t('receipts')}</h2>${receipts.length === 0 ? markup`<p>${t('noReceipts')}</p>` : markup`<ul class="list">${files}</ul>`}
${back}</article></section>`;
}
