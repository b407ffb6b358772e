/**
 * Paper ⇄ online reconciliation of a meeting's attendance: the printed sign-in sheet (entered
 * by the clerk) against the online check-ins (a villager's own scan, or one made for them with
 * consent). Everyone due falls in exactly one group; one who did both is a finding (were they
 * counted twice?) though the quorum counts each person once.
 */
export interface ReconciliationInput {
  /** Everyone due at the meeting (person ids). */
  due: readonly string[];
  /** Who is on the paper sheet. */
  paper: readonly string[];
  /** Who checked in online. */
  online: readonly string[];
}

export interface Reconciliation {
  paperOnly: string[];
  onlineOnly: string[];
  both: string[];
  neither: string[];
  /** Those due who were there, each once however many records they have (as the quorum counts). */
  countedOnce: number;
  /** On the paper or online record but not due at the meeting. */
  notDue: string[];
}

export function reconcile(input: ReconciliationInput): Reconciliation {
  const paper = new Set(input.paper);
  const online = new Set(input.online);
  const due = new Set(input.due);
  const present = new Set([...paper, ...online]);
  return {
    paperOnly: [...paper].filter((p) => !online.has(p)),
    onlineOnly: [...online].filter((p) => !paper.has(p)),
    both: [...paper].filter((p) => online.has(p)),
    neither: [...due].filter((p) => !present.has(p)),
    countedOnce: [...present].filter((p) => due.has(p)).length,
    notDue: [...present].filter((p) => !due.has(p)),
  };
}
