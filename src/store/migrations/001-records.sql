-- Every collection of every tenant in one table: the store interface is a keyed JSON document store.
-- `data` is json, not jsonb, so a record reads back exactly as it was written (key order included:
-- a tree's texts and a pool's organisations are shown in the order an editor gave them).
-- `seq` keeps the order a record was first stored, as the lowdb store's listings do.
CREATE TABLE naast_records (
  tenant text NOT NULL DEFAULT '',
  collection text NOT NULL,
  id text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  data json NOT NULL,
  PRIMARY KEY (tenant, collection, id)
);

-- Listings in stored order.
CREATE INDEX naast_records_order ON naast_records (tenant, collection, seq);

-- `list(collection, { field, value })` on any top-level field: containment finds the candidates.
CREATE INDEX naast_records_fields ON naast_records USING gin ((data::jsonb) jsonb_path_ops);
