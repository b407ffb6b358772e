import type { z } from 'zod';
import type { MicroActivity, MicroUnit, Nomination, Selection } from '@cunzhi/contract/activities';
import { resolutionLabel } from '../meetings/present.ts';
import type { ActivityRow, NominationRow, SelectionRow, UnitRow } from './repository.ts';

type In<S extends z.ZodType> = z.input<S>;

export function presentUnit(u: UnitRow): In<typeof MicroUnit> {
  return {
    id: u.id,
    kind: u.kind,
    name: u.name,
    description: u.description,
    place: u.place,
    leaderPersonId: u.leader_person_id,
    leaderName: u.leader_name,
    organizationId: u.organization_id,
    organizationName: u.organization_name,
    active: u.active,
  };
}

export function presentActivity(a: ActivityRow): In<typeof MicroActivity> {
  return {
    id: a.id,
    title: a.title,
    heldOn: a.held_on,
    venueId: a.venue_id,
    venueName: a.venue_name,
    organizerId: a.organizer_id,
    organizerName: a.organizer_name,
    participants: a.participants,
    description: a.description,
    photos: a.photos,
  };
}

/** Where a nomination's first photo is read (the attachments API). */
export const photoUrl = (villageId: string, n: NominationRow): string | null =>
  n.photo_id
    ? `/api/villages/${villageId}/attachments/selectionNomination/${n.id}/${n.photo_id}`
    : null;

export function presentNomination(villageId: string, n: NominationRow): In<typeof Nomination> {
  return {
    id: n.id,
    nomineeName: n.nominee_name,
    householdId: n.household_id,
    personId: n.person_id,
    source: n.source,
    nominatedByName: n.nominated_by_name,
    reason: n.reason,
    nominatedOn: n.nominated_on,
    yes: n.yes,
    outcome: n.outcome,
    reviewNote: n.review_note,
    photoUrl: photoUrl(villageId, n),
  };
}

export function presentSelection(
  villageId: string,
  s: SelectionRow,
  nominations: NominationRow[],
): In<typeof Selection> {
  return {
    id: s.id,
    category: s.category,
    year: s.year,
    quarter: s.quarter,
    quota: s.quota,
    state: s.state,
    openedOn: s.opened_on,
    meetingId: s.meeting_id,
    votedOn: s.voted_on,
    members: s.members,
    present: s.present,
    reviewedOn: s.reviewed_on,
    reviewResolutionLabel:
      s.review_resolution_year !== null && s.review_resolution_number !== null
        ? resolutionLabel(s.review_resolution_year, s.review_resolution_number)
        : null,
    publishedOn: s.published_on,
    nominations: nominations
      .filter((n) => n.selection_id === s.id)
      .map((n) => presentNomination(villageId, n)),
  };
}
