-- 三务公开 (disclosure): the kinds of notice the calendar counts, the clerk's record of each
-- posting on the notice board (photo, up and down), and villagers' questions and objections
-- (质询/异议) on a published notice with the committee's answer. Tenant key (village_id) first.

-- finance statements (the ledger publishes them), general village affairs (村务) and Party
-- affairs (党务, published by the Party organisation) join the kinds of migration 0002
ALTER TABLE notice DROP CONSTRAINT notice_kind_check;
ALTER TABLE notice ADD CONSTRAINT notice_kind_check CHECK (
  kind IN (
    'topic',
    'meeting',
    'resolution',
    'implementationResult',
    'financeStatement',
    'villageAffairs',
    'partyAffairs'
  )
);
CREATE INDEX notice_kind_published ON notice (village_id, kind, published_on);

-- A notice as it hung on the board (公开栏, 2025 text Art. 35): the clerk's photo, stored with its
-- hash, and the days it went up and came down; a posting shorter than the law's minimum is shown.
CREATE TABLE board_posting (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  notice_id uuid NOT NULL,
  -- which board: 村务公开栏, 第三村民小组公示栏 …
  place text NOT NULL DEFAULT '',
  posted_on date NOT NULL,
  taken_down_on date,
  photo bytea NOT NULL,
  photo_type text NOT NULL CHECK (photo_type IN ('image/jpeg', 'image/png', 'image/webp')),
  photo_bytes integer NOT NULL CHECK (photo_bytes > 0),
  photo_sha256 text NOT NULL,
  recorded_by uuid NOT NULL REFERENCES account (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, notice_id) REFERENCES notice (village_id, id),
  CHECK (taken_down_on IS NULL OR taken_down_on >= posted_on)
);
CREATE INDEX board_posting_notice ON board_posting (village_id, notice_id);

-- 质询/异议 on a published notice, asked within its publicity period by a villager (signed in,
-- or entered by the clerk on the villager's behalf), answered by the committee by a deadline.
-- The asker is kept for the village's cadres and the asker; the public answer withholds them.
CREATE TABLE notice_question (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  notice_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('question', 'objection')),
  text text NOT NULL,
  asker_person_id uuid NOT NULL,
  entered_by uuid NOT NULL REFERENCES account (id),
  on_behalf boolean NOT NULL,
  asked_on date NOT NULL,
  answer_due_on date NOT NULL,
  answer text,
  answered_on date,
  answered_by uuid REFERENCES account (id),
  profile_id text NOT NULL,
  profile_version text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, notice_id) REFERENCES notice (village_id, id),
  FOREIGN KEY (village_id, asker_person_id) REFERENCES person (village_id, id),
  CHECK ((answer IS NULL) = (answered_on IS NULL))
);
CREATE INDEX notice_question_notice ON notice_question (village_id, notice_id, asked_on);
CREATE INDEX notice_question_open ON notice_question (village_id, answer_due_on)
  WHERE answered_on IS NULL;
