import { createHash } from 'node:crypto';
import { broadcastScript } from '@cunzhi/core/broadcast/script';
import type { ReplyOf } from '@cunzhi/contract/route';
import type { getNoticeBroadcast } from '@cunzhi/contract/broadcast';
import type { AppContext } from '../../platform/http/context.ts';
import type { VillageRow } from '../../platform/tenancy/repository.ts';
import { noticePage } from '../matters/queries.ts';
import { presentNoticeDetail } from '../matters/present.ts';

export type NoticeBroadcast = Omit<ReplyOf<typeof getNoticeBroadcast>, 'audio'>;

/**
 * A notice's loudspeaker script, made from the notice as its printable page presents it (the
 * same title, body, issuer and date: one source for the board, the phone and the loudspeaker).
 * Made on each request, not stored: it is a reading of the notice, which does not change.
 */
export async function noticeBroadcast(
  ctx: Pick<AppContext, 'db'>,
  village: VillageRow,
  noticeId: string,
): Promise<NoticeBroadcast> {
  const page = presentNoticeDetail(await noticePage(ctx, village.id, noticeId), village);
  const { notice, issuer } = page;
  const script = broadcastScript({
    villageKind: village.kind,
    issuer: issuer.zh,
    kindName: notice.kindName.zh,
    title: notice.title,
    body: notice.body,
    publishedOn: notice.publishedOn,
  });
  return {
    notice: {
      id: notice.id,
      kind: notice.kind,
      kindName: notice.kindName,
      title: notice.title,
      publishedOnText: notice.publishedOnText ?? notice.publishedOn,
    },
    village: { id: village.id, name: village.name },
    issuer,
    script,
    scriptSha256: createHash('sha256').update(script.text).digest('hex'),
  };
}
