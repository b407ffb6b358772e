import JSZip from 'jszip';
import { ARCHIVE_TYPE_INFO, listedOn } from '@cunzhi/core/archive/types';
import { keptThrough, retentionOf, retentionWords } from '@cunzhi/core/archive/retention';
import { citationText } from '@cunzhi/core/rules/citations';
import type { Queryable } from '../../platform/db/database.ts';
import type { IndexEntry } from './archiveIndex.ts';
import { csvFile, documentOf, proofOf, type Mask } from './documents.ts';
import type { ProofEventRow } from './queries.ts';
import { vouchersOfMonth } from './queries.ts';
import { archiveFileBytes } from './repository.ts';

const HEAD = [
  '序号',
  '类别',
  '题名',
  '日期',
  '来源',
  '当年法律所列种类',
  '保管期限',
  '保管至',
  '文件',
  '审计链事件（序号:哈希）',
  '备注',
];

/** One row of the index: what the CSV and the printable page both show. */
function indexRow(n: number, e: IndexEntry, folder: string, events: readonly ProofEventRow[]) {
  const retention = retentionOf(e.type);
  const through = keptThrough(retention, Number(e.date.slice(0, 4)));
  return [
    n,
    ARCHIVE_TYPE_INFO[e.type].zh,
    e.title,
    e.date,
    e.source === 'records' ? '系统记录' : '手工归档',
    listedOn(e.type, e.date) ? '是' : '否',
    retentionWords(retention).zh,
    through === null ? '永久' : `${through}年`,
    folder,
    events.map((ev) => `${ev.seq}:${ev.hash}`).join(' '),
    e.note,
  ];
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The printable index (A4 landscape), the same rows as index.csv. */
function indexHtml(
  title: string,
  law: string,
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
) {
  const cell = (c: string | number, i: number) =>
    `<td>${escape(i === 9 ? String(c).replace(/:([0-9a-f]{16})[0-9a-f]+/g, ':$1…') : String(c))}</td>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>@page{size:A4 landscape;margin:12mm}body{font-family:"Songti SC","SimSun",serif;font-size:10pt}
h1{font-size:15pt;text-align:center}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #000;padding:2px 4px;vertical-align:top}th{background:#eee}</style></head>
<body><h1>${escape(title)}</h1><p>${escape(law)}</p><table><thead><tr>${HEAD.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}</tbody></table></body></html>`;
}

function readme(villageName: string, villageId: string, year: number): string {
  return [
    `${villageName} ${year}年度村务档案（导出件）`,
    '',
    '目录：index.csv（可用 Excel 打开）与 index.html（可打印）。',
    'items/ 下每件档案一个文件夹：档案内容，以及 proof.json（记录该件的审计链事件）。',
    '',
    '核验方法：',
    '1. proof.json 中每个事件的 hash 等于 sha256(prevHash + 换行 + canonical)，',
    '   例如：printf \'%s\\n%s\' "<prevHash>" "<canonical>" | sha256sum',
    '   （masked 为 true 的事件含已遮盖的身份证号，只能在服务器上核验。）',
    `2. 核验该事件仍在本村审计链上：npm run cli -- verify-audit --since <hash> ${villageId}`,
    '3. 手工归档的文件：其 SHA-256 与审计事件 archiveItem.filed 所记录的一致。',
    '',
    'Verify: each event of proof.json has hash = sha256(prevHash + "\\n" + canonical);',
    `"npm run cli -- verify-audit --since <hash> ${villageId}" checks it is still on the chain.`,
  ].join('\n');
}

/** The zip of a year's archive: index.csv, index.html, README and each item with its proof. */
export async function buildArchiveZip(
  db: Queryable,
  village: { id: string; name: string },
  year: number,
  entries: readonly IndexEntry[],
  proofs: ReadonlyMap<string, ProofEventRow[]>,
  mask: Mask,
): Promise<Uint8Array> {
  const zip = new JSZip();
  const rows: Array<Array<string | number>> = [];
  for (const [i, e] of entries.entries()) {
    const folder = `items/${String(i + 1).padStart(3, '0')}-${ARCHIVE_TYPE_INFO[e.type].zh}`;
    const events = proofs.get(e.key) ?? [];
    const extra =
      e.document.kind === 'month'
        ? { vouchers: await vouchersOfMonth(db, village.id, year, e.document.month) }
        : e.document.kind === 'file'
          ? { bytes: (await archiveFileBytes(db, village.id, e.document.row.id)) ?? undefined }
          : {};
    const doc = documentOf(e.document, mask, extra);
    zip.file(`${folder}/${doc.name}`, doc.content);
    zip.file(`${folder}/proof.json`, JSON.stringify(proofOf(e.key, events, mask), null, 2));
    rows.push(indexRow(i + 1, e, folder, events).map((c) => (typeof c === 'string' ? mask(c) : c)));
  }
  const title = `${village.name} ${year}年度村务档案目录`;
  const law = `依据：${citationText('VCOL-34-ARCHIVE', 'zh-CN', `${year}-12-31` as never)}`;
  zip.file('index.csv', csvFile([HEAD, ...rows]));
  zip.file('index.html', indexHtml(title, law, rows));
  zip.file('README.txt', readme(village.name, village.id, year));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
