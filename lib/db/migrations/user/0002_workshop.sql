-- Workshop session plans: what a trainer made by hand, so it lives in the user's database and is never lost by a
-- rebuild of the index. Items point at tutorials by content fingerprint (like progress) and remember the last path.

CREATE TABLE workshop_sessions (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,            -- ms since epoch
    updated_at  INTEGER NOT NULL
);

CREATE TABLE workshop_items (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,            -- 0-based play order
    fingerprint TEXT    NOT NULL,
    last_path   TEXT    NOT NULL DEFAULT '',
    title       TEXT    NOT NULL DEFAULT '',
    in_ms       INTEGER NOT NULL DEFAULT 0,
    out_ms      INTEGER NOT NULL DEFAULT -1, -- -1: to the end
    languages   TEXT    NOT NULL DEFAULT '', -- BCP 47 tags separated by spaces, top line first
    notes       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX workshop_items_session ON workshop_items(session_id, position);

CREATE TABLE workshop_pauses (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES workshop_items(id) ON DELETE CASCADE,
    at_ms       INTEGER NOT NULL,
    prompt      TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX workshop_pauses_item ON workshop_pauses(item_id);
