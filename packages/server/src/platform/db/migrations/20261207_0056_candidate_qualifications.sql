-- A supervision committee candidate's knowledge as the election committee vetted it
-- (VCOL Art. 32: among the supervisors one with accounting or management knowledge). It
-- travels with the certified result onto the seat (body_membership.qualifications), so the
-- composition check at certification judges what was vetted instead of assuming nothing.
ALTER TABLE election_nomination
  ADD COLUMN qualifications text[] NOT NULL DEFAULT '{}'
  CHECK (qualifications <@ ARRAY['accounting', 'management']::text[]);
