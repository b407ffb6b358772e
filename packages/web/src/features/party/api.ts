/** Shapes of the Party organisation's API, taken from the contract (packages/contract/src/party.ts). */
import type { z } from 'zod';
import type { BodyIn, ResponseOf } from '@cunzhi/contract/route';
import type * as contract from '@cunzhi/contract/party';

export type PartyBoard = ResponseOf<typeof contract.partyBoard>;
export type PartyUnit = PartyBoard['units'][number];
export type PartyMember = PartyBoard['members'][number];
export type PartyMeetingRow = PartyBoard['meetings'][number];
export type PartyMeetingDetail = ResponseOf<typeof contract.partyMeeting>;
export type OwnPartyRecord = ResponseOf<typeof contract.ownPartyRecord>;
export type TownParty = ResponseOf<typeof contract.townParty>;
export type CreateUnitInput = BodyIn<typeof contract.createPartyUnit>;
export type RecordMemberInput = BodyIn<typeof contract.recordPartyMember>;
export type RecordMeetingInput = BodyIn<typeof contract.recordPartyMeeting>;
export type PartyMeetingKind = z.output<typeof contract.PartyMeetingKind>;
export type PartyUnitKind = z.output<typeof contract.PartyUnitKind>;

export const partyApi = (villageId: string) => `/api/villages/${villageId}/party`;

// the kinds in core's order (a console page: core's cadence module is light enough)
export { PARTY_MEETING_KINDS as MEETING_KINDS } from '@cunzhi/core/party/cadence';
export { PARTY_UNIT_KINDS as UNIT_KINDS } from '@cunzhi/core/party/structure';
