-- Background imports are one mechanism for every capability (platform/jobs): the roster's job
-- table becomes the platform's, naming the kind of import (roster, financeVouchers) and keeping
-- what it made as JSON, since each kind makes different things. Earlier roster jobs keep their
-- counts. The audit chain names roster jobs by id (target type rosterImport); ids do not change.
ALTER TABLE roster_import RENAME TO import_job;
ALTER TABLE import_job RENAME CONSTRAINT roster_import_pkey TO import_job_pkey;
ALTER TABLE import_job RENAME CONSTRAINT roster_import_village_id_fkey TO import_job_village_id_fkey;
ALTER TABLE import_job RENAME CONSTRAINT roster_import_created_by_fkey TO import_job_created_by_fkey;
ALTER TABLE import_job RENAME CONSTRAINT roster_import_status_check TO import_job_status_check;
ALTER TABLE import_job ADD COLUMN kind text NOT NULL DEFAULT 'roster' CHECK (kind <> '');
ALTER TABLE import_job ALTER COLUMN kind DROP DEFAULT;
ALTER TABLE import_job ADD COLUMN result jsonb;
UPDATE import_job SET result = jsonb_build_object('households', households_created, 'persons', persons_created)
  WHERE status = 'succeeded';
ALTER TABLE import_job DROP COLUMN households_created;
ALTER TABLE import_job DROP COLUMN persons_created;
