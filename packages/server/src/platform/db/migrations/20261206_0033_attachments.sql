-- Attachments of a case (issue 13 item 8): photos and documents a service request, a 民情 case,
-- a dispute or a petition carries. The bytes are kept once per village and SHA-256 (two cases
-- sent the same photo keep one copy), on disk or in a PostgreSQL large object as the deployment
-- chose when it was written (ATTACHMENT_STORE); a row says where, so a later change of the setting
-- still reads the old ones. Who may read an attachment is its case's kind's to say (the server's
-- owner registry), never this table's.
CREATE TABLE attachment_blob (
  village_id uuid NOT NULL REFERENCES village (id),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text NOT NULL
    CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size_bytes int NOT NULL CHECK (size_bytes > 0),
  store text NOT NULL CHECK (store IN ('disk', 'database')),
  -- the large object holding the bytes (store = 'database'); dropped with the transaction
  -- that made it, so a failed write leaves none behind
  large_object oid,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, sha256),
  CHECK ((store = 'database') = (large_object IS NOT NULL))
);

CREATE TABLE attachment (
  village_id uuid NOT NULL REFERENCES village (id),
  id uuid NOT NULL,
  -- the kind of case (servicesRequest, liaisonCase, dispute, petition …) and the case's id
  owner_kind text NOT NULL CHECK (owner_kind ~ '^[a-z][A-Za-z]{1,39}$'),
  owner_id uuid NOT NULL,
  -- the order the case received them in (0, 1, 2 …)
  position int NOT NULL CHECK (position >= 0),
  sha256 text NOT NULL,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  attached_by uuid REFERENCES account (id),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (village_id, id),
  -- the same file sent again to the same case is the attachment it already has
  UNIQUE (village_id, owner_kind, owner_id, sha256),
  UNIQUE (village_id, owner_kind, owner_id, position),
  FOREIGN KEY (village_id, sha256) REFERENCES attachment_blob (village_id, sha256)
);
