import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { ymd } from '@cunzhi/core/calendarDate';
import { DomainError } from '@cunzhi/core/errors';
import { villageAbilities } from '@cunzhi/core/policies/village';
import * as contract from '@cunzhi/contract/archive';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { requestLocale } from '../../platform/http/locale.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { readUpload } from '../../platform/http/upload.ts';
import { sendFile } from '../../platform/http/download.ts';
import { archiveFile, archivePage, filedEntry } from './archiveIndex.ts';
import { exportArchive } from './commands/exportArchive.ts';
import { fileArchiveItem, MAX_ARCHIVE_FILE_BYTES } from './commands/fileArchiveItem.ts';
import { maskFor } from './documents.ts';
import { presentArchiveItem, presentArchivePage } from './present.ts';

const readArchive = { kind: 'village', ability: 'readArchive' } as const;
const fileArchive = { kind: 'village', ability: 'fileArchive' } as const;

/** The filing form: its text parts and one file of any type (a scan, a spreadsheet, a PDF). */
const FILING_FORM = {
  text: ['type', 'title', 'documentOn', 'note'],
  files: { file: { maxBytes: MAX_ARCHIVE_FILE_BYTES, tooLarge: 'archive_file_too_large' } },
  missing: { field: 'file', error: 'archive_file_empty' },
} as const;

const abilitiesOf = (request: FastifyRequest) =>
  villageAbilities(requireSignedIn(request).actor, villageOf(request).scope);

/** 村务档案 (VCOL-34-ARCHIVE): the year's index, filing by hand, a filed file, the zip. */
export const archiveRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getArchive, readArchive, async (request) => {
      const { row } = villageOf(request);
      const today = ctx.clock.today();
      const year = request.query.year ?? ymd(today).year;
      const page = await archivePage(ctx, row, year, today);
      return presentArchivePage(page, today, requestLocale(request), abilitiesOf(request));
    });

    endpoint(app, contract.fileArchiveItem, fileArchive, async (request) => {
      const { text, files } = await readUpload(request, FILING_FORM);
      const file = files[0];
      const { row, filedAt } = await fileArchiveItem(commandContext(ctx, request), {
        ...text,
        file: file ? { name: file.name, mediaType: file.claimedType, bytes: file.bytes } : null,
      });
      const { entry, events } = await filedEntry(ctx, villageOf(request).row, row);
      const seesIds = abilitiesOf(request).viewResidentIdNumbers;
      return { item: presentArchiveItem(entry, events, seesIds), filedAt: filedAt.toISOString() };
    });

    endpoint(app, contract.getArchiveFile, readArchive, async (request, reply) => {
      const file = await archiveFile(ctx, villageOf(request).row.id, request.params.itemId);
      if (!file) throw new DomainError('not_found', { what: 'archiveFile' });
      const { file_name: name, media_type: mediaType } = file.item;
      return sendFile(reply, { name, mediaType, bytes: file.bytes });
    });

    endpoint(app, contract.exportArchive, readArchive, async (request, reply) => {
      const { row } = villageOf(request);
      const seesIds = abilitiesOf(request).viewResidentIdNumbers;
      const { bytes } = await exportArchive(commandContext(ctx, request), {
        year: request.query.year,
        village: row,
        mask: maskFor(seesIds),
        masked: !seesIds,
      });
      const name = `${row.name}-${request.query.year}年度村务档案.zip`;
      return reply
        .header('content-type', 'application/zip')
        .header(
          'content-disposition',
          `attachment; filename="archive-${request.query.year}.zip"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(bytes));
    });
  };
