import type { Queryable } from '../../platform/db/database.ts';
import { villageName } from '../moralList/repository.ts';
import { photoUrl, presentActivity, presentSelection, presentUnit } from './present.ts';
import {
  findSelection,
  listActivities,
  listNominations,
  listSelections,
  listUnits,
  representativesMeetings,
  selectionsFingerprint,
} from './repository.ts';

/** The page: the register, the latest activities, every selection with its nominations. */
export async function activitiesPage({ db }: { db: Queryable }, villageId: string) {
  const selections = await listSelections(db, villageId);
  const nominations = await listNominations(
    db,
    villageId,
    selections.map((s) => s.id),
  );
  const meetings = await representativesMeetings(db, villageId);
  return {
    units: (await listUnits(db, villageId)).map(presentUnit),
    activities: (await listActivities(db, villageId)).map(presentActivity),
    selections: selections.map((s) => presentSelection(villageId, s, nominations)),
    meetings: meetings.map((m) => ({ id: m.id, title: m.title, meetingOn: m.meeting_on })),
  };
}

/** One selection as its steps answer it. */
export async function selectionView({ db }: { db: Queryable }, villageId: string, id: string) {
  const s = await findSelection(db, villageId, id);
  if (!s) throw new Error('selection vanished');
  return presentSelection(villageId, s, await listNominations(db, villageId, [id]));
}

/** 百家明星: every confirmed winner of the year's published selections, by quarter. */
export async function honoursRoll({ db }: { db: Queryable }, villageId: string, year: number) {
  const published = (await listSelections(db, villageId)).filter(
    (s) => s.year === year && s.state === 'published',
  );
  const nominations = await listNominations(
    db,
    villageId,
    published.map((s) => s.id),
  );
  const lines = published
    .sort((a, b) => a.quarter - b.quarter || a.category.localeCompare(b.category))
    .flatMap((s) =>
      nominations
        .filter((n) => n.selection_id === s.id && n.outcome === 'confirmed')
        .map((n) => ({
          quarter: s.quarter,
          category: s.category,
          nomineeName: n.nominee_name,
          reason: n.reason,
          photoUrl: photoUrl(villageId, n),
          publishedOn: s.published_on!,
        })),
    );
  return {
    villageName: await villageName(db, villageId),
    year,
    lines,
    fingerprint: await selectionsFingerprint(db, villageId),
  };
}
