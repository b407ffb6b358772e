import type { FastifyPluginAsync } from 'fastify';
import * as contract from '@cunzhi/contract/liaison';
import { XLSX } from '@cunzhi/contract/finance';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { commandContext } from '../../platform/http/commandContext.ts';
import { sendFile } from '../../platform/http/download.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { dateField } from '../../platform/fields.ts';
import { defineDuty } from './commands/defineDuty.ts';
import { endLink } from './commands/endLink.ts';
import { exportLedger, exportTownLedger } from './commands/exportLedger.ts';
import { requireSignedIn } from '../../platform/http/session.ts';
import { linkHousehold } from './commands/linkHousehold.ts';
import { logDuty } from './commands/logDuty.ts';
import { logVisit } from './commands/logVisit.ts';
import { dutyBoard, linksBoard, ownVisits } from './boards.ts';
import { caseRoutes } from './caseRoutes.ts';
import { abilitiesOf, readerOf } from './reader.ts';

const read = { kind: 'village', ability: 'readLiaison' } as const;
const manageDuties = { kind: 'village', ability: 'manageDuties' } as const;
const manageLinks = { kind: 'village', ability: 'manageLinks' } as const;
const logDuties = { kind: 'village', ability: 'logDuties' } as const;
const logVisits = { kind: 'village', ability: 'logVisits' } as const;
const ledger = { kind: 'village', ability: 'exportLiaison' } as const;
const signedIn = { kind: 'signedIn' } as const;

/** Grid liaison: the duty list, links and visits, the 台账; 民情 cases in caseRoutes.ts. */
export const liaisonRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.listDuties, read, async (request) => {
      const reader = readerOf(request);
      const gridId = request.query.gridId ?? reader.gridsHeaded[0] ?? null;
      const board = await dutyBoard(ctx, villageOf(request).row.id, gridId);
      return { ...board, ownGridIds: [...reader.gridsHeaded], abilities: abilitiesOf(request) };
    });
    endpoint(app, contract.defineDuty, manageDuties, async (request) =>
      defineDuty(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.logDuty, logDuties, async (request) =>
      logDuty(commandContext(ctx, request), { dutyId: request.params.dutyId, ...request.body }),
    );
    endpoint(app, contract.listLinks, read, async (request) => ({
      ...(await linksBoard(ctx, villageOf(request).row.id)),
      abilities: abilitiesOf(request),
    }));
    endpoint(app, contract.linkHousehold, manageLinks, async (request) =>
      linkHousehold(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.endLink, manageLinks, async (request) => {
      await endLink(commandContext(ctx, request), request.params.linkId, request.body);
      return { ok: true as const };
    });
    endpoint(app, contract.listOwnVisits, logVisits, async (request) => {
      const reader = readerOf(request);
      if (!reader.personId) return { households: [] };
      const villageId = villageOf(request).row.id;
      return { households: await ownVisits(ctx, villageId, reader.personId, reader.gridsHeaded) };
    });
    endpoint(app, contract.logVisit, logVisits, async (request) =>
      logVisit(commandContext(ctx, request), request.body),
    );
    endpoint(app, contract.exportLedger, ledger, async (request, reply) => {
      const { row } = villageOf(request);
      const from = dateField('from', request.query.from);
      const to = dateField('to', request.query.to);
      const bytes = await exportLedger(
        commandContext(ctx, request),
        row,
        { from, to },
        readerOf(request),
      );
      const name = `${row.name}民情和走访台账-${from}至${to}.xlsx`;
      return sendFile(reply, { name, mediaType: XLSX, bytes });
    });
    endpoint(app, contract.exportTownLedger, signedIn, async (request, reply) => {
      const { actor, account } = requireSignedIn(request);
      const from = dateField('from', request.query.from);
      const to = dateField('to', request.query.to);
      const file = await exportTownLedger(ctx, { actor, accountId: account.id }, { from, to });
      return sendFile(reply, { ...file, mediaType: XLSX });
    });
    await caseRoutes(ctx)(app, {});
  };
