import type { FastifyPluginAsync } from 'fastify';
import * as contract from '@cunzhi/contract/broadcast';
import type { AppContext } from '../../platform/http/context.ts';
import { villageOf } from '../../platform/http/access.ts';
import { sendFile } from '../../platform/http/download.ts';
import { endpoint } from '../../platform/http/endpoint.ts';
import { audioFile, scriptWithAudio } from './read.ts';

/** Whoever may read the village's notices may have them read aloud. */
const readDecisions = { kind: 'village', ability: 'readDecisions' } as const;

export const broadcastRoutes =
  (ctx: AppContext): FastifyPluginAsync =>
  async (app) => {
    endpoint(app, contract.getNoticeBroadcast, readDecisions, (request) =>
      scriptWithAudio(ctx, villageOf(request).row, request.params.noticeId),
    );

    endpoint(app, contract.getNoticeBroadcastAudio, readDecisions, async (request, reply) => {
      const village = villageOf(request).row;
      const file = await audioFile(ctx, village, request.params.noticeId, request.log);
      return sendFile(reply, file);
    });
  };
