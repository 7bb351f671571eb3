-- The user's own data: never deleted by a rebuild of the index. Tutorials are identified by their content
-- fingerprint, so progress follows a renamed or moved file and comes back when a drive is plugged in again.

CREATE TABLE progress (
    fingerprint  TEXT    PRIMARY KEY,
    position_ms  INTEGER NOT NULL DEFAULT 0,
    duration_ms  INTEGER NOT NULL DEFAULT 0,
    completed    INTEGER NOT NULL DEFAULT 0,
    last_watched INTEGER,                    -- ms since epoch
    last_path    TEXT                        -- where it was last seen, to help locate a missing file
);

CREATE TABLE bookmarks (
    id          INTEGER PRIMARY KEY,
    fingerprint TEXT    NOT NULL,
    position_ms INTEGER NOT NULL,
    note        TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);
CREATE INDEX bookmarks_fingerprint ON bookmarks(fingerprint);
