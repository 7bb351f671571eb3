-- Golden database of released index schema 1 (Cairn 0.1.0): the schema exactly as shipped, plus one tutorial.
-- Never edit: later versions must upgrade this file (tests/db/indexstore_test.cpp).
-- The index: everything here is rebuilt from the files on disk by a scan, so a corrupt index can be moved
-- aside and rebuilt. What users make by hand lives in the user database (migrations/user).

CREATE TABLE roots (
    id           INTEGER PRIMARY KEY,
    path         TEXT    NOT NULL UNIQUE,      -- canonical absolute folder
    is_system    INTEGER NOT NULL DEFAULT 0,   -- pre-provisioned by an installer, read-only for users
    added_at     INTEGER NOT NULL,             -- ms since epoch
    last_scan_at INTEGER
);

CREATE TABLE series (
    id          INTEGER PRIMARY KEY,
    root_id     INTEGER NOT NULL REFERENCES roots(id) ON DELETE CASCADE,
    folder      TEXT    NOT NULL UNIQUE,       -- absolute folder holding the series' videos
    name        TEXT    NOT NULL,              -- folder name, or the manifest's title
    manifest_id TEXT
);

CREATE TABLE series_texts (
    id          INTEGER PRIMARY KEY,
    series_id   INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,
    lang        TEXT    NOT NULL,
    title       TEXT,
    description TEXT,
    UNIQUE (series_id, lang)
);

CREATE TABLE tutorials (
    id             INTEGER PRIMARY KEY,
    root_id        INTEGER NOT NULL REFERENCES roots(id) ON DELETE CASCADE,
    series_id      INTEGER REFERENCES series(id) ON DELETE SET NULL,
    path           TEXT    NOT NULL UNIQUE,
    size           INTEGER NOT NULL,
    mtime_ms       INTEGER NOT NULL,
    fingerprint    TEXT    NOT NULL,           -- content hash: follows a renamed or moved file
    sort_key       INTEGER NOT NULL DEFAULT 0, -- play order within the series
    title          TEXT    NOT NULL,           -- from the file name when no manifest title exists
    duration_ms    INTEGER NOT NULL DEFAULT 0,
    width          INTEGER NOT NULL DEFAULT 0,
    height         INTEGER NOT NULL DEFAULT 0,
    container      TEXT,
    video_codec    TEXT,
    audio_codec    TEXT,
    thumbnail      TEXT,
    probe_error    TEXT,                       -- why it cannot be played, translated at scan time
    missing        INTEGER NOT NULL DEFAULT 0, -- the file is gone (drive unplugged): kept, not deleted
    subs_signature TEXT,                       -- sidecars' names, sizes and times: a rescan re-reads on change
    scanned_at     INTEGER NOT NULL
);
CREATE INDEX tutorials_series ON tutorials(series_id, sort_key);
CREATE INDEX tutorials_fingerprint ON tutorials(fingerprint);
CREATE INDEX tutorials_root ON tutorials(root_id);

CREATE TABLE tutorial_texts (
    id          INTEGER PRIMARY KEY,
    tutorial_id INTEGER NOT NULL REFERENCES tutorials(id) ON DELETE CASCADE,
    lang        TEXT    NOT NULL,              -- '' for the title taken from the file name
    title       TEXT    NOT NULL DEFAULT '',
    description TEXT    NOT NULL DEFAULT '',
    UNIQUE (tutorial_id, lang)
);

CREATE TABLE subtitle_tracks (
    id           INTEGER PRIMARY KEY,
    tutorial_id  INTEGER NOT NULL REFERENCES tutorials(id) ON DELETE CASCADE,
    kind         INTEGER NOT NULL,             -- 0 sidecar file, 1 embedded stream
    path         TEXT    NOT NULL,
    stream_index INTEGER NOT NULL DEFAULT -1,
    lang         TEXT    NOT NULL DEFAULT '',  -- BCP 47, '' when unknown
    lang_guessed INTEGER NOT NULL DEFAULT 0,
    label        TEXT    NOT NULL DEFAULT '',
    forced       INTEGER NOT NULL DEFAULT 0,
    sdh          INTEGER NOT NULL DEFAULT 0,
    format       TEXT,
    encoding     TEXT,
    cue_count    INTEGER NOT NULL DEFAULT 0,
    error        TEXT
);
CREATE INDEX subtitle_tracks_tutorial ON subtitle_tracks(tutorial_id);

CREATE TABLE cues (
    id       INTEGER PRIMARY KEY,
    track_id INTEGER NOT NULL REFERENCES subtitle_tracks(id) ON DELETE CASCADE,
    start_ms INTEGER NOT NULL,
    end_ms   INTEGER NOT NULL,
    text     TEXT    NOT NULL
);
CREATE INDEX cues_track ON cues(track_id);

-- Full-text indexes over the original text ("external content"), tokenized by Cairn's own tokenizer:
-- words for spaced scripts, character bigrams for Chinese, Arabic without diacritics.
-- Rows are added to the indexes by IndexStore::writeTutorial, not by AFTER INSERT triggers: a trigger makes
-- every INSERT INTO cues a statement with its own savepoint, and FTS5 (3.40) flushes its in-memory index at
-- every savepoint, writing one tiny segment per cue and merging them over and over (bench: 7x the CPU of a
-- cold index). Deletes are rare and stay triggers, so removing a tutorial can never leave stale postings.
-- columnsize=0: cue lengths are recomputed (from the content) only for the few hundred rows a search ranks,
-- instead of a stored row per cue (about 10% of the index).
CREATE VIRTUAL TABLE cue_fts USING fts5(text, content='cues', content_rowid='id', tokenize='cairn', columnsize=0);
-- Bulk-load tuning: a bigger in-memory segment and wider merges mean every token is rewritten fewer times while
-- a scan indexes millions of cues. Stored in cue_fts_config, so every connection gets them.
INSERT INTO cue_fts(cue_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO cue_fts(cue_fts, rank) VALUES ('automerge', 8);
CREATE TRIGGER cues_ad AFTER DELETE ON cues BEGIN
    INSERT INTO cue_fts(cue_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE VIRTUAL TABLE text_fts USING fts5(title, description, content='tutorial_texts', content_rowid='id',
                                         tokenize='cairn');
CREATE TRIGGER tutorial_texts_ad AFTER DELETE ON tutorial_texts BEGIN
    INSERT INTO text_fts(text_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER tutorial_texts_au AFTER UPDATE ON tutorial_texts BEGIN
    INSERT INTO text_fts(text_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
    INSERT INTO text_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;

INSERT INTO roots(id, path, is_system, added_at, last_scan_at) VALUES (1, '/media/usb/Tutorials', 0, 1764000000000, 1764000000000);
INSERT INTO series(id, root_id, folder, name, manifest_id) VALUES (1, 1, '/media/usb/Tutorials/Learning cities', 'Learning cities', NULL);
INSERT INTO tutorials(id, root_id, series_id, path, size, mtime_ms, fingerprint, sort_key, title, duration_ms, width, height,
                      container, video_codec, audio_codec, thumbnail, probe_error, missing, subs_signature, scanned_at)
VALUES (1, 1, 1, '/media/usb/Tutorials/Learning cities/01 Intro.mp4', 124591, 1764000000000,
        '0123456789abcdef0123456789abcdef', 1, 'Intro', 10000, 640, 360, 'mov,mp4,m4a,3gp,3g2,mj2', 'h264', 'aac',
        NULL, NULL, 0, 'sig', 1764000000000);
INSERT INTO tutorial_texts(id, tutorial_id, lang, title, description) VALUES (1, 1, '', 'Intro', '');
INSERT INTO subtitle_tracks(id, tutorial_id, kind, path, stream_index, lang, lang_guessed, label, forced, sdh, format,
                            encoding, cue_count, error)
VALUES (1, 1, 0, '/media/usb/Tutorials/Learning cities/01 Intro.en.srt', -1, 'en', 0, '', 0, 0, 'srt', 'UTF-8', 2, NULL);
INSERT INTO cues(id, track_id, start_ms, end_ms, text) VALUES (1, 1, 500, 2900, 'A learning city opens its doors to everyone.');
INSERT INTO cues(id, track_id, start_ms, end_ms, text) VALUES (2, 1, 5600, 7700, 'The library is a lighthouse for the neighbourhood.');
-- The full-text rows, as IndexStore::writeTutorial writes them (there are no insert triggers).
INSERT INTO text_fts(rowid, title, description) VALUES (1, 'Intro', '');
INSERT INTO cue_fts(rowid, text) VALUES (1, 'A learning city opens its doors to everyone.');
INSERT INTO cue_fts(rowid, text) VALUES (2, 'The library is a lighthouse for the neighbourhood.');
PRAGMA user_version = 1;
