/** Shapes of the 广播稿 API, taken from the contract (packages/contract/src/broadcast.ts). */
import type { ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/broadcast';

export type NoticeBroadcastResponse = ResponseOf<typeof contract.getNoticeBroadcast>;
export type BroadcastScriptView = NoticeBroadcastResponse['script'];

export const broadcastPath = (villageId: string, noticeId: string) =>
  `/api/villages/${villageId}/notices/${noticeId}/broadcast`;
