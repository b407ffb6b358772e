import { raw } from './html.ts';

/**
 * The portal's one stylesheet, inlined in every page (one request on a slow
 * link, no script): phone first, large type, high contrast; on paper only the
 * content, black on white, A4, with the page's address at the foot.
 */
export const PORTAL_STYLE = raw(`
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:18px/1.6 "PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f4f1ea}
a{color:#0b4f8a}
a:focus,input:focus,button:focus{outline:3px solid #c45200;outline-offset:2px}
header.top{background:#8c1c13;color:#fff;padding:12px 16px}
header.top a{color:#fff}
header.top .place{margin:0;font-size:15px;opacity:.92}
header.top .name{margin:2px 0 0;font-size:24px;line-height:1.3;font-weight:700}
header.top nav{display:flex;flex-wrap:wrap;gap:4px 16px;margin-top:6px;font-size:16px}
header.top nav a{display:inline-block;padding:8px 0;min-height:44px}
main{max-width:760px;margin:0 auto;padding:12px 16px 32px}
section{background:#fff;border-radius:8px;padding:12px 16px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
h2{font-size:21px;margin:4px 0 8px;color:#8c1c13}
h3{font-size:18px;margin:12px 0 4px}
.hint{color:#4a4a4a;font-size:16px;margin:4px 0}
ul.list{list-style:none;margin:0;padding:0}
ul.list li{border-top:1px solid #e6e1d6;padding:10px 0}
ul.list li:first-child{border-top:0}
ul.list a{display:block;font-weight:600;min-height:24px}
.meta{color:#4a4a4a;font-size:15px}
.excerpt{color:#333;font-size:16px;margin:2px 0 0}
.stamp{display:inline-block;border:2px solid #b00020;color:#b00020;font-weight:700;padding:0 6px;margin-right:6px;border-radius:4px;font-size:15px;transform:rotate(-4deg)}
.void{border-left:6px solid #b00020;background:#fdecee;padding:8px 12px;font-weight:600}
form.search{display:flex;gap:8px;flex-wrap:wrap}
form.search label{flex-basis:100%}
form.search input[type=search]{flex:1 1 200px;font:inherit;padding:8px 10px;min-height:48px;border:2px solid #6b6b6b;border-radius:6px}
form.search button,form.ask button{font:inherit;min-height:48px;padding:0 18px;border:0;border-radius:6px;background:#8c1c13;color:#fff}
form.ask label{display:block;margin:12px 0 4px;font-weight:600}
form.ask fieldset{border:0;margin:0;padding:0}
form.ask legend{font-weight:600;padding:0}
form.ask fieldset label{display:flex;align-items:center;gap:8px;min-height:44px;margin:2px 0;font-weight:400}
form.ask input[type=radio]{width:22px;height:22px;margin:0}
form.ask textarea,form.ask input[name]:not([type=radio]):not([type=hidden]){display:block;width:100%;font:inherit;padding:8px 10px;min-height:48px;border:2px solid #6b6b6b;border-radius:6px}
form.ask [aria-invalid=true]{border-color:#b00020}
form.ask button{margin-top:14px}
.error{color:#b00020;font-weight:600;margin:4px 0}
.quote{border-left:4px solid #e6e1d6;padding:2px 12px;white-space:pre-wrap;word-break:break-word}
article.notice h1{font-size:23px;text-align:center;margin:8px 0 4px;line-height:1.4}
article.notice .kind{text-align:center;color:#4a4a4a;margin:0}
article.notice .body p{margin:0 0 .8em;text-indent:2em;white-space:pre-wrap;word-break:break-word}
.sign{text-align:right;margin-top:24px}
dl.who{margin:0}
dl.who dt{font-weight:600;margin-top:6px}
dl.who dd{margin:0 0 4px 0}
a.tel{display:inline-block;padding:6px 0;min-height:44px}
code,.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:14px;word-break:break-all}
table{border-collapse:collapse;width:100%;font-size:15px}
th,td{text-align:left;border-bottom:1px solid #e6e1d6;padding:6px 4px;vertical-align:top}
.num{text-align:right;white-space:nowrap}
ul.list table{margin-top:4px}
.pager{display:flex;justify-content:space-between;gap:8px;align-items:center}
.pager a{display:inline-block;padding:10px 0;min-height:44px}
footer.foot{max-width:760px;margin:0 auto;padding:0 16px 24px;font-size:15px;color:#4a4a4a}
.print-only{display:none}
@media print{
@page{size:A4;margin:18mm 16mm}
body{background:#fff;color:#000;font-size:12pt}
header.top{background:#fff;color:#000;padding:0 0 6pt;border-bottom:1px solid #000}
header.top a{color:#000;text-decoration:none}
header.top nav,form.search,form.ask,.no-print,footer.foot{display:none}
main{max-width:none;padding:0}
section{box-shadow:none;border-radius:0;padding:0;margin:8pt 0}
a{color:#000;text-decoration:none}
h2{color:#000}
.void{background:#fff;border:2px solid #000}
.stamp{color:#000;border-color:#000}
.print-only{display:block;margin-top:16pt;font-size:10pt;border-top:1px solid #000;padding-top:4pt}
}
`);
