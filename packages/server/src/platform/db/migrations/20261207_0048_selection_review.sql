-- The two committees' review of a quarter's selection (村"两委"复审) is their joint meeting's
-- resolution, as the three lists' review is: the selection keeps which one.
ALTER TABLE selection ADD COLUMN review_resolution_id uuid;
ALTER TABLE selection ADD FOREIGN KEY (village_id, review_resolution_id) REFERENCES resolution (village_id, id);
