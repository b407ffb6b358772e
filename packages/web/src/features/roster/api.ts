/** Shapes of the roster API, taken from the contract (packages/contract/src/roster.ts). */
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/roster';

export type RosterImportStatus = ResponseOf<typeof contract.getRosterImport>;
export type RosterPreview = ResponseOf<typeof contract.previewRosterImport>;
export type RosterColumnChoice = RosterPreview['fields'][number]['field'];
