-- 依次递补: a reserve seated on the election committee records whose seat it took (the member
-- who withdrew), so the committee's notice and page say who filled which seat.

ALTER TABLE election_committee_member ADD COLUMN filled_seat_of uuid;
