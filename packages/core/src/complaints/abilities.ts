import { CADRE, defineAbilities, OVERSEERS } from '../policies/groups.ts';

const SUPERVISORS = ['supervisionChair', 'supervisionMember'] as const;

/**
 * The complaints station (投诉站). What a role may see is narrowed again by the queries: the
 * village side never sees a complaint referred to the town discipline commission, and a cadre
 * sees only the affairs complaints handed to their own body.
 */
export const COMPLAINTS_ABILITIES = defineAbilities({
  /** The station's list and a complaint's page (affairs only, never the complainant). */
  readComplaints: [...SUPERVISORS, ...CADRE, ...OVERSEERS],
  /** Record a complaint received in person or on paper, classify it, hand it to a body. */
  receiveComplaints: SUPERVISORS,
  /** Answer an affairs complaint for the body it was handed to (the seat is checked too). */
  answerComplaints: [...CADRE, ...SUPERVISORS],
  /** Read who complained about an affairs complaint (each reading on the audit chain). */
  revealComplainants: SUPERVISORS,
  /** A villager's own complaints: submit on the phone and follow them. */
  fileOwnComplaints: ['villager'],
  /** The serving cadres a complaint may name (public: the bodies' members are disclosed). */
  nameComplaintCadres: ['villager', ...SUPERVISORS],
});
