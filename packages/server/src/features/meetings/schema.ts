import { z } from 'zod';

/** Shape only; dates, kinds and rules are checked by the commands and core. */
export const ConveneBody = z.object({
  kind: z.string().min(1).max(40),
  title: z.string().trim().min(1).max(200),
  meetingOn: z.string().min(1).max(10),
  startsAt: z.string().trim().max(20).default(''),
  place: z.string().trim().max(200).default(''),
  noticeOn: z.string().min(1).max(10),
  agenda: z.string().trim().max(5000).default(''),
  villagerGroupId: z.uuid().nullable().optional(),
  demandId: z.uuid().nullable().optional(),
});

export const CancelBody = z.object({ reason: z.string().trim().max(500).default('') });
export const AgendaBody = z.object({ agenda: z.string().trim().max(5000) });
export const ReviewBody = z.object({
  outcome: z.enum(['approved', 'returned']),
  note: z.string().trim().max(1000).default(''),
});
export const CheckInBody = z.object({
  code: z.string().trim().min(1).max(40),
  capacity: z.enum(['member', 'supervisor']).optional(),
});
export const AttendanceBody = z.object({
  personId: z.uuid(),
  capacity: z.enum(['member', 'householdRepresentative', 'supervisor', 'observer']),
});
export const SheetBody = z.object({
  personIds: z.array(z.uuid()).min(1).max(5000),
  capacity: z.enum(['member', 'householdRepresentative']),
});
export const ProxyBody = z.object({
  principalId: z.uuid(),
  holderId: z.uuid(),
  lodgedOn: z.string().min(1).max(10),
});
export const MotionBody = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().max(5000).default(''),
  voting: z.enum(['showOfHands', 'electronic', 'secret']),
  matterId: z.uuid().nullable().optional(),
});
export const VoteBody = z.object({
  choice: z.enum(['yes', 'no', 'abstain']),
  onBehalfOf: z.uuid().nullable().optional(),
});
const count = z.number().int().min(0).max(1_000_000).optional();
export const CloseMotionBody = z.object({ yes: count, no: count, abstain: count });
export const VerdictBody = z.object({
  attendanceValid: z.boolean(),
  procedureValid: z.boolean(),
  countValid: z.boolean(),
  note: z.string().trim().max(2000).default(''),
});
export const MinutesBody = z.object({ minutes: z.string().max(50_000) });
export const DemandBody = z.object({
  kind: z.enum(['villagersAssembly', 'representativesMeeting']),
  route: z.enum(['villagers', 'representatives']),
  reason: z.string().trim().min(1).max(2000),
});
export const PaperSignaturesBody = z.object({
  personIds: z.array(z.uuid()).min(1).max(5000),
});

export const MeetingParams = z.object({ villageId: z.uuid(), meetingId: z.uuid() });
export const AttendeeParams = MeetingParams.extend({ personId: z.uuid() });
export const MotionParams = z.object({ villageId: z.uuid(), motionId: z.uuid() });
export const DemandParams = z.object({ villageId: z.uuid(), demandId: z.uuid() });
