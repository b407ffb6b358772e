/** Shapes of the archive API, taken from the contract (packages/contract/src/archive.ts). */
import type { z } from 'zod';
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/archive';

export type ArchivePage = ResponseOf<typeof contract.getArchive>;
export type ArchiveItem = z.output<typeof contract.ArchiveItemView>;
export type ArchiveType = z.output<typeof contract.ArchiveType>;
export type FiledAnswer = ResponseOf<typeof contract.fileArchiveItem>;
