-- 村级组织工作事项准入 (issue 14 item 8, seed 003): the county's three lists (三张清单) —
-- 依法自治事项, 依法协助政府工作事项, 减负工作事项 — in numbered versions that are never edited
-- (a change is a new version with a later effective date), and the tasks the town sends down,
-- each checked against the version in force on the day it was sent.

-- The lists are the county's: shared reference data like the county and its towns (a task row,
-- which is village data, points at the version and item it was checked against).
CREATE TABLE admission_list_version (
  id uuid PRIMARY KEY,
  county_id uuid NOT NULL REFERENCES county (id),
  number integer NOT NULL CHECK (number > 0),
  title text NOT NULL,
  -- the notice's document number (洞政办发〔2021〕12号), if it has one
  document_no text,
  effective_on date NOT NULL,
  published_at timestamptz NOT NULL,
  published_by uuid REFERENCES account (id),
  UNIQUE (county_id, number),
  UNIQUE (county_id, effective_on)
);

CREATE TABLE admission_list_item (
  id uuid PRIMARY KEY,
  version_id uuid NOT NULL REFERENCES admission_list_version (id),
  list text NOT NULL CHECK (list IN ('selfGovernance', 'governmentAssistance', 'burdenReduction')),
  seq integer NOT NULL CHECK (seq > 0),
  text text NOT NULL,
  UNIQUE (version_id, list, seq)
);

-- A task the town sends to one village (a task sent to several villages is one row in each,
-- sharing its batch). The verdict is the check's, stored as it was on the day sent; the
-- decision is the villagers' committee's, recorded once with its reason.
CREATE TABLE work_task (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  batch_id uuid NOT NULL,
  town_id uuid NOT NULL REFERENCES town (id),
  department text NOT NULL,
  content text NOT NULL,
  legal_basis text NOT NULL,
  deadline date NOT NULL,
  version_id uuid NOT NULL REFERENCES admission_list_version (id),
  list_item_id uuid REFERENCES admission_list_item (id),
  verdict text NOT NULL CHECK (verdict IN ('admissible', 'returned', 'refused')),
  sent_on date NOT NULL,
  sent_at timestamptz NOT NULL,
  sent_by uuid REFERENCES account (id),
  decision text CHECK (decision IN ('accepted', 'refused', 'returned')),
  decided_on date,
  decided_by uuid REFERENCES account (id),
  decision_reason text,
  PRIMARY KEY (village_id, id),
  CHECK ((decision IS NULL) = (decided_on IS NULL) AND (decision IS NULL) = (decision_reason IS NULL))
);
-- a village's tasks, newest first; a town's and a county's counts and refused tasks
CREATE INDEX work_task_village ON work_task (village_id, sent_on DESC, id);
CREATE INDEX work_task_town ON work_task (town_id, sent_on DESC);
