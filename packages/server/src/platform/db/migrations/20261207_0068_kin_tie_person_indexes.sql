-- A family tie is looked up by the persons it joins (the close-relative checks when seating a body,
-- the composition figures of the village pages and the county dashboard: kinTiesTouchingIn), never
-- by its own id. Without these, each such read scanned every tie of the villages asked about, and
-- deleting a person scanned them too for the two foreign keys.
CREATE INDEX kin_tie_person_a ON kin_tie (village_id, person_a);
CREATE INDEX kin_tie_person_b ON kin_tie (village_id, person_b);
