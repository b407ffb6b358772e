-- 三清单 (seed 004): each quarter a village publishes its needs, resources and projects lists;
-- groups and social organisations design service projects, the two committees' joint meeting
-- reviews them, the town Party committee files or returns them, and their results are published.

-- A quarter's lists: a row once anything is listed; published_on freezes needs and resources.
CREATE TABLE service_quarter (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  year integer NOT NULL,
  quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  published_on date,
  published_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, year, quarter),
  CHECK ((published_on IS NULL) = (published_by IS NULL))
);

-- 需求清单: a need counted from the platform's records (never naming who asked) or said aloud.
CREATE TABLE service_need (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  quarter_id uuid NOT NULL,
  number integer NOT NULL,
  source text NOT NULL CHECK (source IN ('serviceRequests', 'liaisonCases', 'gridVisits',
    'villagersSay', 'other')),
  -- the service item or 民情 category the records were counted under, when drawn from them
  source_label text NOT NULL DEFAULT '',
  record_count integer NOT NULL DEFAULT 0 CHECK (record_count >= 0),
  summary text NOT NULL,
  added_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, quarter_id, number),
  FOREIGN KEY (village_id, quarter_id) REFERENCES service_quarter (village_id, id)
);

-- 资源清单: people, venues, funds and donors the projects may draw on.
CREATE TABLE service_resource (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  quarter_id uuid NOT NULL,
  number integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('people', 'venue', 'fund', 'donor')),
  name text NOT NULL,
  detail text NOT NULL DEFAULT '',
  amount_fen bigint CHECK (amount_fen IS NULL OR amount_fen >= 0),
  added_by uuid REFERENCES account (id),
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, quarter_id, number),
  FOREIGN KEY (village_id, quarter_id) REFERENCES service_quarter (village_id, id),
  CHECK ((kind IN ('fund', 'donor')) = (amount_fen IS NOT NULL))
);

-- 项目清单: a service project, its design and each step's date.
CREATE TABLE service_project (
  village_id uuid NOT NULL,
  id uuid NOT NULL,
  quarter_id uuid NOT NULL,
  number integer NOT NULL,
  title text NOT NULL,
  designer_kind text NOT NULL CHECK (designer_kind IN ('villagerGroup', 'socialOrganisation')),
  designer_name text NOT NULL,
  need_ids uuid[] NOT NULL,
  resource_ids uuid[] NOT NULL DEFAULT '{}',
  targets text NOT NULL,
  budget_fen bigint NOT NULL CHECK (budget_fen >= 0),
  state text NOT NULL CHECK (state IN ('designed', 'reviewed', 'declared', 'filed', 'returned',
    'running', 'completed', 'withdrawn')),
  designed_on date NOT NULL,
  resolution_id uuid,
  reviewed_on date,
  declared_on date,
  evaluated_on date,
  evaluated_by uuid REFERENCES account (id),
  evaluation text,
  return_reason text,
  started_on date,
  result text,
  completed_on date,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (village_id, id),
  UNIQUE (village_id, quarter_id, number),
  FOREIGN KEY (village_id, quarter_id) REFERENCES service_quarter (village_id, id),
  FOREIGN KEY (village_id, resolution_id) REFERENCES resolution (village_id, id),
  CHECK (state NOT IN ('reviewed', 'declared', 'filed', 'running', 'completed')
    OR resolution_id IS NOT NULL),
  CHECK ((state = 'returned') = (return_reason IS NOT NULL)),
  CHECK ((state = 'completed') = (result IS NOT NULL))
);
-- the town's queue of declared projects
CREATE INDEX service_project_state ON service_project (village_id, state);
