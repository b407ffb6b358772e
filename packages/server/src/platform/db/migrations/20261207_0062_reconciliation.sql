-- Paper ⇄ online reconciliation of a meeting (issue 16 item 6). The attendance table keeps one
-- row per person (the quorum counts each once), so a paper signature of someone who had already
-- checked in online left no trace; the sheet is now kept on its own: who was entered from the
-- paper sign-in sheet, by whom, when.
CREATE TABLE meeting_paper_sign (
  village_id uuid NOT NULL REFERENCES village (id),
  meeting_id uuid NOT NULL,
  person_id uuid NOT NULL,
  entered_by uuid NOT NULL REFERENCES account (id),
  entered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, meeting_id, person_id),
  FOREIGN KEY (village_id, meeting_id) REFERENCES meeting (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);
-- the sheets entered before: the clerk's attendance rows are the paper ones
INSERT INTO meeting_paper_sign (village_id, meeting_id, person_id, entered_by, entered_at)
SELECT village_id, meeting_id, person_id, recorded_by, checked_in_at
FROM attendance WHERE method = 'clerk';

-- The supervision committee's members sign the reconciliation report; each signs once, and the
-- signature keeps the report's fingerprint as it stood when signed.
CREATE TABLE reconciliation_signature (
  village_id uuid NOT NULL REFERENCES village (id),
  meeting_id uuid NOT NULL,
  person_id uuid NOT NULL,
  fingerprint text NOT NULL,
  signed_by uuid NOT NULL REFERENCES account (id),
  signed_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, meeting_id, person_id),
  FOREIGN KEY (village_id, meeting_id) REFERENCES meeting (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);
