-- Pictures live in the database (issue 15: several servers behind a load balancer): every server serves every
-- picture, and a server's <data dir>/media is only a cache of these rows (shared.MediaStore, shared.MediaTable).
-- One row per stored file <object_key>-<variant> (object_key, as an object store would say: the column names in
-- MediaSweep.REFERENCES hold the same keys): the key is the content hash of the full-size JPEG, the variant
-- 'full.jpg', 'card.jpg' or a responsive variant ('w640.webp', …). BYTEA is BINARY VARYING in H2 and PostgreSQL's
-- binary type; the bytes are read only on a cache miss, by JDBC, never through JPA.
CREATE TABLE media_object (
    object_key   VARCHAR(32) NOT NULL,
    variant      VARCHAR(16) NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    byte_count   INTEGER     NOT NULL,
    content      BYTEA       NOT NULL,
    stored_at    TIMESTAMP   NOT NULL,
    CONSTRAINT media_object_pk PRIMARY KEY (object_key, variant)
);
-- MediaSweep looks for pictures stored more than a day ago.
CREATE INDEX media_object_stored_ix ON media_object (stored_at);

-- One row per day the unreferenced pictures were swept: the server that records the day deletes the rows, the
-- others (the timer fires on every server) only clean their own cache.
CREATE TABLE media_sweep_run (
    swept_on   DATE         NOT NULL,
    node       VARCHAR(100) NOT NULL,
    started_at TIMESTAMP    NOT NULL,
    CONSTRAINT media_sweep_run_pk PRIMARY KEY (swept_on)
);
