import type { RelationToHead } from './person.ts';

/**
 * 近亲属 (Civil Code Art. 1045): spouse, parents, children, siblings,
 * grandparents (both sides), grandchildren (both sides). Rules on conflicts
 * of interest (VCOL-32-SUPERVISOR-ELIG, NJJ-34-SUPERVISOR-ELIG, XJGC-EC) ask
 * this question.
 */
export const CLOSE_RELATIONS = [
  'spouse',
  'parent',
  'child',
  'sibling',
  'grandparent',
  'grandchild',
] as const;
/** One of the close relations, listed nearest first. */
export type CloseRelation = (typeof CLOSE_RELATIONS)[number];

/** A known family tie between two persons: `parent` means `a` is a parent of `b`. */
export type KinTie =
  | { kind: 'spouse'; a: string; b: string }
  | { kind: 'parent'; a: string; b: string }
  | { kind: 'sibling'; a: string; b: string };

export interface KinGraph {
  spouses: Map<string, Set<string>>;
  parents: Map<string, Set<string>>;
  children: Map<string, Set<string>>;
  siblings: Map<string, Set<string>>;
}

function add(map: Map<string, Set<string>>, from: string, to: string): void {
  let set = map.get(from);
  if (!set) map.set(from, (set = new Set()));
  set.add(to);
}

export function buildKinGraph(ties: Iterable<KinTie>): KinGraph {
  const g: KinGraph = {
    spouses: new Map(),
    parents: new Map(),
    children: new Map(),
    siblings: new Map(),
  };
  for (const t of ties) {
    if (t.a === t.b) continue;
    if (t.kind === 'spouse') {
      add(g.spouses, t.a, t.b);
      add(g.spouses, t.b, t.a);
    } else if (t.kind === 'parent') {
      add(g.parents, t.b, t.a);
      add(g.children, t.a, t.b);
    } else {
      add(g.siblings, t.a, t.b);
      add(g.siblings, t.b, t.a);
    }
  }
  return g;
}

const none: ReadonlySet<string> = new Set();
const of = (m: Map<string, Set<string>>, id: string): ReadonlySet<string> => m.get(id) ?? none;

function isSibling(g: KinGraph, a: string, b: string): boolean {
  if (of(g.siblings, a).has(b)) return true;
  for (const p of of(g.parents, a)) if (of(g.children, p).has(b)) return true;
  // a sibling recorded against one of a's siblings is a's sibling too
  for (const s of of(g.siblings, a)) if (of(g.siblings, s).has(b)) return true;
  return false;
}

function isGrandparent(g: KinGraph, elder: string, younger: string): boolean {
  for (const p of of(g.parents, younger)) if (of(g.parents, p).has(elder)) return true;
  return false;
}

/** How `b` is a close relative of `a` ("b is a's parent"), or null if not. */
export function closeRelation(g: KinGraph, a: string, b: string): CloseRelation | null {
  if (a === b) return null;
  if (of(g.spouses, a).has(b)) return 'spouse';
  if (of(g.parents, a).has(b)) return 'parent';
  if (of(g.children, a).has(b)) return 'child';
  if (isSibling(g, a, b)) return 'sibling';
  if (isGrandparent(g, b, a)) return 'grandparent';
  if (isGrandparent(g, a, b)) return 'grandchild';
  return null;
}

export function areCloseRelatives(g: KinGraph, a: string, b: string): boolean {
  return closeRelation(g, a, b) !== null;
}

/**
 * Ties implied by a household register: each member's relation to the head.
 * Children of the head are taken as children of the head's spouse too, as a
 * household register records a couple's children; in-laws are not blood or
 * spouse ties and give none.
 */
export function tiesFromHousehold(
  members: ReadonlyArray<{ id: string; relationToHead: RelationToHead }>,
): KinTie[] {
  const head = members.find((m) => m.relationToHead === 'head');
  if (!head) return [];
  const spouses = members.filter((m) => m.relationToHead === 'spouse');
  const children = members.filter((m) => m.relationToHead === 'child');
  const parents = members.filter((m) => m.relationToHead === 'parent');
  const ties: KinTie[] = [];
  for (const m of members) {
    if (m.id === head.id) continue;
    switch (m.relationToHead) {
      case 'spouse':
        ties.push({ kind: 'spouse', a: head.id, b: m.id });
        break;
      case 'child':
        ties.push({ kind: 'parent', a: head.id, b: m.id });
        for (const s of spouses) ties.push({ kind: 'parent', a: s.id, b: m.id });
        break;
      case 'parent':
        ties.push({ kind: 'parent', a: m.id, b: head.id });
        break;
      case 'grandparent':
        for (const p of parents) ties.push({ kind: 'parent', a: m.id, b: p.id });
        if (parents.length === 0) ties.push(...grandparentViaUnknownParent(m.id, head.id));
        break;
      case 'sibling':
        ties.push({ kind: 'sibling', a: head.id, b: m.id });
        break;
      case 'grandchild':
        // a grandchild's parent is one of the head's children when recorded; otherwise
        // the tie stays direct through a placeholder parent
        if (children.length === 1) ties.push({ kind: 'parent', a: children[0]!.id, b: m.id });
        else ties.push(...grandparentViaUnknownParent(head.id, m.id));
        break;
      case 'head':
      case 'childInLaw':
      case 'parentInLaw':
      case 'other':
        break;
    }
  }
  return ties;
}

/** Records "elder is a grandparent of younger" through an unnamed parent node. */
function grandparentViaUnknownParent(elder: string, younger: string): KinTie[] {
  const unknownParent = `unknown-parent:${elder}:${younger}`;
  return [
    { kind: 'parent', a: elder, b: unknownParent },
    { kind: 'parent', a: unknownParent, b: younger },
  ];
}
