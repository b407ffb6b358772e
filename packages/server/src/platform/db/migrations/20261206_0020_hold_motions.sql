-- Holds on payments (暂停支付) move onto the supervision committee's motions (委员票决制): a hold
-- is adopted by a motion of kind 'hold', and released by the committee's own vote through a
-- motion of kind 'holdRelease'; the members' votes are the motions' votes. Existing holds and
-- their votes are carried over, so an upgraded database loses no vote.

ALTER TABLE supervision_motion DROP CONSTRAINT supervision_motion_kind_check;
ALTER TABLE supervision_motion ADD CONSTRAINT supervision_motion_kind_check CHECK (
  kind IN ('agendaReview', 'plan', 'inspectionOutcome', 'report', 'hold', 'holdRelease')
);

-- lapsed: the motion carried after the request was paid or closed, so the hold stopped nothing
ALTER TABLE spending_hold DROP CONSTRAINT spending_hold_status_check;
ALTER TABLE spending_hold ADD CONSTRAINT spending_hold_status_check CHECK (
  status IN ('proposed', 'adopted', 'rejected', 'released', 'lapsed')
);

-- Each hold that was voted on becomes a remote sitting and a motion, both keyed by the hold's id
-- (the motion's subject). A hold still being voted on gets a window of thirty days from the
-- upgrade (it had none: its count was asked for by hand); a decided one closed the day it was
-- counted, with the figures as counted then.
INSERT INTO supervision_sitting (village_id, id, mode, held_on, closes_on, attendance, convened_by, created_by, created_at)
SELECT h.village_id, h.id, 'remote', h.proposed_on,
  CASE WHEN h.decided_on IS NULL THEN GREATEST(h.proposed_on, CURRENT_DATE) + 30
       ELSE GREATEST(h.decided_on, h.proposed_on) END,
  '{}', h.proposed_by, h.created_by, h.created_at
FROM spending_hold h
WHERE h.status = 'proposed' OR h.decision IS NOT NULL;

INSERT INTO supervision_motion (village_id, id, sitting_id, kind, subject_id, proposal, tabled_by, status,
  decided_on, decision, profile_id, profile_version, created_at)
SELECT h.village_id, h.id, h.id, 'hold', h.id,
  jsonb_build_object('kind', 'hold', 'requestId', h.request_id, 'reason', h.reason,
    'coProposerIds', to_jsonb(h.co_proposers)),
  h.proposed_by,
  CASE WHEN h.decision IS NULL THEN 'open'
       WHEN (h.decision ->> 'carried')::boolean THEN 'carried' ELSE 'failed' END,
  CASE WHEN h.decision IS NULL THEN NULL ELSE h.decided_on END,
  CASE WHEN h.decision IS NULL THEN NULL
       ELSE (h.decision - 'carried') || jsonb_build_object('finding', NULL) END,
  h.profile_id, h.profile_version, h.created_at
FROM spending_hold h
WHERE h.status = 'proposed' OR h.decision IS NOT NULL;

-- The votes by name, as cast. Who keyed them in was not kept: the account that recorded the
-- proposal stands in.
INSERT INTO supervision_vote (village_id, motion_id, person_id, choice, recorded_by, voted_at)
SELECT v.village_id, v.hold_id, v.person_id, v.choice, h.created_by, v.voted_at
FROM spending_hold_vote v
JOIN spending_hold h ON h.village_id = v.village_id AND h.id = v.hold_id
JOIN supervision_motion m ON m.village_id = v.village_id AND m.id = v.hold_id;

DROP TABLE spending_hold_vote;
-- the count lives on the motion now; decided_on stays (the day the hold came into force)
ALTER TABLE spending_hold DROP COLUMN decision;
-- release_decision stays for releases by the committee counted before votes were kept by name
-- (typed figures, no names to carry over); a release by motion leaves it null
