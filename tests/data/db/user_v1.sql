-- Golden database of released user schema 1 (Cairn 0.1.0). Never edit.
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

INSERT INTO progress(fingerprint, position_ms, duration_ms, completed, last_watched, last_path)
VALUES ('0123456789abcdef0123456789abcdef', 6100, 10000, 0, 1764000000000, '/media/usb/Tutorials/Learning cities/01 Intro.mp4');
INSERT INTO bookmarks(id, fingerprint, position_ms, note, created_at)
VALUES (1, '0123456789abcdef0123456789abcdef', 3000, 'Show this to the group', 1764000000000);
PRAGMA user_version = 1;
