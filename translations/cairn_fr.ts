<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>the track could not be read from the video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn-cli</name>
    <message>
        <source>cairn-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli: %1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli: no folders to scan. Give one: cairn-cli scan FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n video(s) scanned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 missing, %5 with errors (%6 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot play: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli: no folders to verify. Give one: cairn-cli verify FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no cairn.json manifest, nothing to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files match their checksums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged or changed (checksum differs): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli: %1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: cairn-cli [--db PATH] [--json] COMMAND [ARGS]

Commands:
  scan [FOLDER...]     Index tutorial folders (all known folders when none is given)
  list                 List the indexed tutorials
  search QUERY         Search titles and everything said in the subtitles
  verify [FOLDER...]   Check packs against the checksums in their cairn.json
  subtitles FILE       Print a subtitle file (SRT or WebVTT) as JSON

Options:
  --db PATH            Index database (default: the player&apos;s, %1)
  --json               Machine-readable output
  --lang LANG          search, list: only this subtitle language (ar, zh, en, fr, ru, es, ...)
  --limit N            search: at most N hits (default 50)
  --system             scan: mark the folders as system-wide (read-only for users)
  --no-thumbnails      scan: do not make thumbnails
  -q, --quiet          No progress or summary
  -h, --help           Show this help
  -v, --version        Show the version

Exit codes: 0 success, 1 problems found (verify failed, unreadable subtitle file),
2 usage error, 3 the database cannot be used (locked, newer version, disk full).
Cairn never uses the network.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli: --limit takes a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli: search needs a query, e.g. cairn-cli search &quot;learning city&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli: subtitles needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairn-cli: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::Application</name>
    <message numerus="yes">
        <source>%n tutorials in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder of tutorials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing the tutorials of this folder (no file is deleted):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::AudienceWindow</name>
    <message>
        <source>Cairn — audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left / Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back or forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J / L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back or forward 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up / Down arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume up / down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next subtitle language, then off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave fullscreen, close this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N / P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::LibraryPage</name>
    <message>
        <source>Not yet watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and everything said in the tutorials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for tutorials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for tutorials… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any subtitle language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n places found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No tutorials yet. Use Library ▸ Add a folder of tutorials… to choose where your videos are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutorial matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::MainWindow</name>
    <message>
        <source>Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a folder of tutorials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for &amp;new and changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fullscreen (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the next tutorial automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 0.1 s later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show 0.1 s earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap top and bottom languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn %1
Plays tutorials offline, with subtitles in the six UN languages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::PlayerPage</name>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::PresenterWindow</name>
    <message>
        <source>Cairn — presenting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the discussion: hide the card and play on (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black audience screen (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the audience picture still (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles on the audience screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of the height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused for discussion. Space or Continue plays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of this item. Page Down or Space for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New screen %1: the audience view moved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience screen was unplugged: the room&apos;s view is now on this screen (Esc hides it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n item(s). Press Present (F5).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1 · Remaining %2
Session remaining %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::SeekSlider</name>
    <message>
        <source>Position in the video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::SessionEditorDialog</name>
    <message>
        <source>Workshop sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session plans cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First subtitle language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second subtitle language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pause point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pause point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  · %n pause(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the player prefers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1. Copy it with the videos; Cairn finds them on the other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”: %2 of %3 videos found in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Not found: %2. Add the folder that holds them to the library, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cairn sessions (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language (side by side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the plan “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::SubtitleTracks</name>
    <message>
        <source>Some subtitles could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the hard of hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose subtitles to see the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::TransportBar</name>
    <message>
        <source>Playback controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 seconds (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (Up and Down arrows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose subtitles (C cycles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the transcript beside the video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fullscreen (F, Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::TutorialDelegate</name>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::app::VideoView</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::db</name>
    <message>
        <source>The library index was damaged. It was moved aside to %1 and will be rebuilt by the next scan; your progress is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress database was damaged. It was moved aside to %1 (nothing was deleted) and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database %1 was made by a newer version of Cairn (schema %2, this version knows %3). Update Cairn; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::library</name>
    <message>
        <source>The library database %1 is locked by another program (is Cairn already running?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start Cairn again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the library database %1: the folder is not writable or does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cairn manifest (missing &quot;format&quot;: &quot;cairn-manifest&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied. It was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not available (a drive unplugged?). Its tutorials are kept and marked missing until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the scan stopped. What was indexed so far is kept; free some space and rescan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database is busy (another Cairn is writing to it). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::media</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read. Check that you have permission to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a video or audio file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no video or audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is incomplete or damaged. It may not have finished downloading or copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It may not have finished downloading or copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This subtitle format cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or could not be read to the end; some subtitles may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::playback::PlaybackController</name>
    <message>
        <source>No sound device was found: the video plays without sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback of “%1” keeps stopping. Try again in a moment, or restart Cairn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video “%1” cannot be found. If it is on a USB stick or another drive, plug it in; if it was moved, locate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a video or audio decoder that is not installed. On Debian or Ubuntu, install the package gstreamer1.0-libav, then open the video again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be played: the file is damaged, incomplete, or not a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” stopped playing because of an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::subtitles</name>
    <message>
        <source>The file does not contain readable text (binary data or an unknown encoding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), not subtitle text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding of the file could not be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: malformed timing line, cue skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: cue ends before it starts, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unexpected text outside a cue skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subtitle timing line (&quot;--&gt;&quot;) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a subtitle file (over 64 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a WebVTT file: the first line must start with &quot;WEBVTT&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: malformed cue timing, cue skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text outside of a cue ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::workshop</name>
    <message>
        <source>Tutorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript in the chosen languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Cairn session file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Cairn session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was made by a newer version of Cairn (format %1). Update Cairn to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cairn::workshop::Handout</name>
    <message numerus="yes">
        <source>%n tutorial(s), %1 in total</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::workshop::SessionRunner</name>
    <message>
        <source>“%1” is not in this library (or its drive is unplugged).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plays tutorials offline, with subtitles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play FILE at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open a sound device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open FILE repeatedly and print timings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark: keep playing this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show subtitles in LANG (ar, zh-Hans, en…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show subtitles in LANG, at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A video to play.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
