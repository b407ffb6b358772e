-- 代办 (issue 16 item 5): a cadre or a relative acts for a villager who is not online, with the
-- villager's consent on the audit chain. A consent names whom it empowers (the village's cadres,
-- or one member of the villager's household), the acts it covers and its last day; a paper
-- consent holds once the photo of the signed form is attached (attachment owner kind
-- assistanceConsent), a code consent from the moment the texted code was entered.
CREATE TABLE assistance_consent (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  person_id uuid NOT NULL,
  agent_kind text NOT NULL CHECK (agent_kind IN ('cadres', 'relative')),
  -- the relative empowered (a person of the same household when recorded); null for the cadres
  agent_person_id uuid,
  acts text[] NOT NULL CHECK (cardinality(acts) > 0 AND acts <@ ARRAY['checkIn', 'serviceOrder', 'question']),
  ends_on date NOT NULL,
  evidence text NOT NULL CHECK (evidence IN ('paper', 'code')),
  recorded_by uuid NOT NULL REFERENCES account (id),
  recorded_on date NOT NULL,
  revoked_on date,
  revoked_by uuid REFERENCES account (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id),
  FOREIGN KEY (village_id, agent_person_id) REFERENCES person (village_id, id),
  CHECK ((agent_kind = 'relative') = (agent_person_id IS NOT NULL)),
  CHECK (ends_on >= recorded_on)
);
CREATE INDEX assistance_consent_person ON assistance_consent (village_id, person_id);

-- One act done for a villager under a consent: what (a meeting check-in, a service request, a
-- question) and by whom. The surfaces that show the act (attendance list, request, question)
-- join this table to mark it assisted; the villager's 代办记录 lists it.
CREATE TABLE assisted_act (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  consent_id uuid NOT NULL,
  person_id uuid NOT NULL,
  act text NOT NULL CHECK (act IN ('checkIn', 'serviceOrder', 'question')),
  subject_id uuid NOT NULL,
  agent_account_id uuid NOT NULL REFERENCES account (id),
  done_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, act, subject_id, person_id),
  FOREIGN KEY (village_id, consent_id) REFERENCES assistance_consent (village_id, id),
  FOREIGN KEY (village_id, person_id) REFERENCES person (village_id, id)
);
CREATE INDEX assisted_act_person ON assisted_act (village_id, person_id, done_at);

-- The consent code shares the one-time codes' table (and so one number's sending limits).
ALTER TABLE question_code DROP CONSTRAINT question_code_purpose_check;
ALTER TABLE question_code ADD CONSTRAINT question_code_purpose_check
  CHECK (purpose IN ('question', 'complaint', 'consent'));
