-- The service station (便民服务站, seed 002 §三 4–5; issue 13 item 3): its windows, the catalogue
-- of what it does, and the villagers' requests (点单) with every step they took. Tenant key first.

-- A window of the station (计生服务, 民政事务 …), numbered as on its hanging sign, mapped to the
-- town department that does the work behind it (全程代办 hands a request to that department).
CREATE TABLE service_window (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  name text NOT NULL,
  town_department_id uuid REFERENCES town_department (id),
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, number)
);

-- An item of the catalogue: the materials a villager brings, the time the station promises
-- (0 days: 即办) and whether the station carries it to the town for the villager (全程代办).
CREATE TABLE service_item (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  window_id uuid NOT NULL,
  name text NOT NULL,
  materials text[] NOT NULL DEFAULT '{}',
  promised_days integer NOT NULL CHECK (promised_days BETWEEN 0 AND 365),
  promised_unit text NOT NULL CHECK (promised_unit IN ('working', 'calendar')),
  full_agency boolean NOT NULL,
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (village_id, id),
  FOREIGN KEY (village_id, window_id) REFERENCES service_window (village_id, id)
);

-- A villager's request (点单), numbered per village and year for its receipt (〔2026〕第N号).
-- The item's name, materials and promise are copied when ordered: the catalogue may change
-- later, the receipt may not. The requester is a registered villager, or a name (and number)
-- the counter typed. The staffer who accepts is its 首问责任人 until it closes. Its due date is
-- stored at each step; overdue and the escalation level are derived when read from the ladder
-- of the profile it was accepted under (stored with it).
CREATE TABLE service_request (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  year integer NOT NULL,
  number integer NOT NULL,
  item_id uuid NOT NULL,
  item_name text NOT NULL,
  window_id uuid NOT NULL,
  materials text[] NOT NULL,
  promised_days integer NOT NULL,
  promised_unit text NOT NULL CHECK (promised_unit IN ('working', 'calendar')),
  full_agency boolean NOT NULL,
  channel text NOT NULL CHECK (channel IN ('phone', 'counter')),
  requester_person_id uuid,
  requester_name text NOT NULL,
  requester_phone text,
  details text NOT NULL DEFAULT '',
  state text NOT NULL CHECK (state IN ('ordered', 'accepted', 'awaitingMaterials', 'processing',
    'agency', 'completed', 'rated', 'refused', 'withdrawn')),
  ordered_on date NOT NULL,
  ordered_by uuid REFERENCES account (id),
  first_contact_account_id uuid REFERENCES account (id),
  first_contact_name text,
  accepted_on date,
  missing_materials text[] NOT NULL DEFAULT '{}',
  paused_on date,
  due_on date,
  profile_id text,
  profile_version text,
  ladder jsonb,
  town_referral_id uuid,
  town_answer text,
  refusal_reason text,
  result text,
  closed_on date,
  rating text CHECK (rating IN ('satisfied', 'basicallySatisfied', 'dissatisfied')),
  rating_comment text,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, year, number),
  FOREIGN KEY (village_id, item_id) REFERENCES service_item (village_id, id),
  FOREIGN KEY (village_id, requester_person_id) REFERENCES person (village_id, id),
  CHECK ((state = 'ordered') = (first_contact_account_id IS NULL AND accepted_on IS NULL)
    OR state IN ('refused', 'withdrawn')),
  CHECK ((state = 'refused') = (refusal_reason IS NOT NULL)),
  CHECK ((state = 'rated') = (rating IS NOT NULL)),
  CHECK ((state = 'awaitingMaterials') = (paused_on IS NOT NULL))
);
-- the queue, due first; a villager's own requests
CREATE INDEX service_request_queue ON service_request (village_id, state, due_on);
CREATE INDEX service_request_requester ON service_request (village_id, requester_person_id);

-- Every step a request took, in order: its timeline, with the due date as it stood after it.
CREATE TABLE service_request_step (
  village_id uuid NOT NULL,
  request_id uuid NOT NULL,
  seq integer NOT NULL,
  action text NOT NULL,
  state text NOT NULL,
  at timestamptz NOT NULL,
  on_date date NOT NULL,
  by_account_id uuid REFERENCES account (id),
  by_name text,
  note text,
  due_on date,
  PRIMARY KEY (village_id, request_id, seq),
  FOREIGN KEY (village_id, request_id) REFERENCES service_request (village_id, id)
);
