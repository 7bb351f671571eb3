-- The companion file of the index: cues of odd-numbered subtitle tracks and their full-text index, written by
-- a second connection on its own thread while the scanner writes everything else (migrations/index/0002).
-- The same tables as in the index, without the foreign key (subtitle_tracks is in the other file).

CREATE TABLE shard_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE cues (
    id       INTEGER PRIMARY KEY,
    track_id INTEGER NOT NULL,  -- subtitle_tracks.id in the index; always odd
    start_ms INTEGER NOT NULL,
    end_ms   INTEGER NOT NULL,
    text     TEXT    NOT NULL
);
CREATE INDEX cues_track ON cues(track_id);

-- As in the index: rows are added by the writer itself (no insert trigger, see migrations/index/0001).
CREATE VIRTUAL TABLE cue_fts USING fts5(text, content='cues', content_rowid='id', tokenize='cairn', columnsize=0);
INSERT INTO cue_fts(cue_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO cue_fts(cue_fts, rank) VALUES ('automerge', 8);
CREATE TRIGGER cues_ad AFTER DELETE ON cues BEGIN
    INSERT INTO cue_fts(cue_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
