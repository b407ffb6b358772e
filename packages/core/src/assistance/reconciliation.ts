/**
 * Paper ⇄ online reconciliation: a printed sheet (entered by the clerk) against the online
 * record. For a meeting: the sign-in sheet against the check-ins (a villager's own scan, or one
 * made for them with consent); one who did both is a finding (were they counted twice?) though
 * the quorum counts each person once. For an election's round: the printed roll signed for a
 * ballot at the polling station (领票签名) against the ballots issued online; one on both received
 * two ballots (a serious finding), one on a record but not on the roll was not entitled to one.
 * Everyone due falls in exactly one of paperOnly, onlineOnly, both, neither.
 */
export interface ReconciliationInput {
  /** Everyone due (the meeting's members, the election's roll): person ids. */
  due: readonly string[];
  /** Who is on the paper sheet. */
  paper: readonly string[];
  /** Who is on the online record. */
  online: readonly string[];
}

export interface Reconciliation {
  paperOnly: string[];
  onlineOnly: string[];
  both: string[];
  neither: string[];
  /** Those due who were there, each once however many records they have (as the quorum counts). */
  countedOnce: number;
  /** On the paper or online record but not due (for an election: not on the roll). */
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

export interface BallotCount {
  /** Ballots handed out on paper (each signature on the printed roll or a box's record). */
  paper: number;
  /** Ballots issued online. */
  online: number;
  /** Every ballot issued: one on both records received two. */
  issued: number;
  /** Ballots taken out of the boxes at the count; null before it. */
  cast: number | null;
  /** Whether issued and cast agree; null before the count. */
  agree: boolean | null;
}

/**
 * The ballots of a round counted from both records: every ballot handed out must be one cast (or
 * the difference explained — 作废 or lost). Secret ballot: counts of who received one, never how
 * anyone voted.
 */
export function ballotCount(r: Reconciliation, cast: number | null): BallotCount {
  const paper = r.paperOnly.length + r.both.length;
  const online = r.onlineOnly.length + r.both.length;
  const issued = paper + online;
  return { paper, online, issued, cast, agree: cast === null ? null : cast === issued };
}
