import type { z } from 'zod';
import type { CalendarDate } from '@cunzhi/core/calendarDate';
import type { Locale } from '@cunzhi/core/errors';
import { maskIdNumbersInText } from '@cunzhi/core/archive/mask';
import { keptThrough, retentionOf, retentionWords } from '@cunzhi/core/archive/retention';
import { ARCHIVE_TYPES, ARCHIVE_TYPE_INFO, listedOn } from '@cunzhi/core/archive/types';
import type { VillageAbilities } from '@cunzhi/core/policies/village';
import type { Finding } from '@cunzhi/core/rules/findings';
import { fromYmd } from '@cunzhi/core/calendarDate';
import type * as contract from '@cunzhi/contract/archive';
import { presentCitation, presentFinding } from '../meetings/present.ts';
import type { IndexEntry } from './archiveIndex.ts';
import type { ProofEventRow } from './queries.ts';

type Reply<S extends z.ZodType> = z.input<S>;

export function presentArchiveItem(
  e: IndexEntry,
  events: readonly ProofEventRow[],
  seesIds: boolean,
): Reply<typeof contract.ArchiveItemView> {
  const retention = retentionOf(e.type);
  const first = events[0];
  const mask = (t: string) => (seesIds ? t : maskIdNumbersInText(t));
  const file = e.document.kind === 'file' ? e.document.row : null;
  return {
    key: e.key,
    type: e.type,
    title: mask(e.title),
    date: e.date,
    source: e.source,
    retention: retentionWords(retention),
    keptThrough: keptThrough(retention, Number(e.date.slice(0, 4))),
    link: e.link,
    fingerprint: first ? { seq: first.seq, hash: first.hash } : null,
    file: file
      ? {
          name: file.file_name,
          mediaType: file.media_type,
          bytes: file.size_bytes,
          sha256: file.sha256,
        }
      : null,
    note: mask(e.note),
  };
}

export function presentArchivePage(
  page: {
    year: number;
    years: number[];
    entries: IndexEntry[];
    proofs: ReadonlyMap<string, ProofEventRow[]>;
    findings: Finding[];
    reportsIndexed: boolean;
  },
  today: CalendarDate,
  locale: Locale,
  abilities: VillageAbilities,
): Reply<typeof contract.ArchivePage> {
  const yearEnd = fromYmd(page.year, 12, 31);
  // a year is judged by the law in force at its end (or today, while it runs)
  const on = yearEnd < today ? yearEnd : today;
  return {
    year: page.year,
    on: today,
    years: page.years,
    types: ARCHIVE_TYPES.map((type) => ({
      type,
      name: { zh: ARCHIVE_TYPE_INFO[type].zh, en: ARCHIVE_TYPE_INFO[type].en },
      source: ARCHIVE_TYPE_INFO[type].source,
      listed: listedOn(type, on),
      retention: retentionWords(retentionOf(type)),
    })),
    items: page.entries.map((e) =>
      presentArchiveItem(e, page.proofs.get(e.key) ?? [], abilities.viewResidentIdNumbers),
    ),
    findings: page.findings.map((f) => presentFinding(f, locale)),
    citations: [presentCitation('VCOL-34-ARCHIVE', locale, on)],
    supervisionReportsIndexed: page.reportsIndexed,
    abilities,
  };
}
