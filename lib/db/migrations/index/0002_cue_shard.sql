-- The cues are indexed by two SQLite connections at once, one per file, so that a cold index uses both cores:
-- FTS5's own work (hashing every token, sorting and writing segments, merging) runs on the connection that
-- writes the table, and one connection is one core. Cues of even-numbered subtitle tracks stay in this file
-- (cues, cue_fts); cues of odd-numbered tracks live in the companion file "<index>-cues2" (migrations/cues2),
-- attached as schema "cues2" by readers. docs/architecture.md, "The index in two files".

-- Ties the companion file to this index: a cues2 file with another pair id belongs to an index that was
-- moved aside or replaced, and is rebuilt instead of trusted.
CREATE TABLE index_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO index_meta(key, value) VALUES ('pair', lower(hex(randomblob(16))));

-- Odd-numbered tracks deleted here whose cues in cues2 still have to go. Foreign keys cannot reach another
-- file, so the scan's cue writer removes them (when it starts, and when the scan ends) and then forgets the
-- ids. An id listed here is never given to a new track (IndexStore::writeTutorial), so stale cues can never be
-- joined to a new track.
CREATE TABLE dropped_tracks (
    id INTEGER PRIMARY KEY
);
CREATE TRIGGER subtitle_tracks_dropped AFTER DELETE ON subtitle_tracks WHEN old.id % 2 = 1 BEGIN
    INSERT OR IGNORE INTO dropped_tracks(id) VALUES (old.id);
END;
