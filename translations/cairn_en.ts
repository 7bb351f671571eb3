<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>the track could not be read from the video</source>
        <translation>the track could not be read from the video</translation>
    </message>
</context>
<context>
    <name>cairn-cli</name>
    <message>
        <source>cairn-cli: %1</source>
        <translation>cairn-cli: %1</translation>
    </message>
    <message>
        <source>cairn-cli: %1 is not a folder.</source>
        <translation>cairn-cli: %1 is not a folder.</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to scan. Give one: cairn-cli scan FOLDER</source>
        <translation>cairn-cli: no folders to scan. Give one: cairn-cli scan FOLDER</translation>
    </message>
    <message>
        <source>Scanning %1/%2: %3</source>
        <translation>Scanning %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s) scanned</source>
        <translation>
            <numerusform>%Ln video scanned</numerusform>
            <numerusform>%Ln videos scanned</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 missing, %5 with errors (%6 s)</source>
        <translation>%1 added, %2 updated, %3 unchanged, %4 missing, %5 with errors (%6 s)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(missing)</translation>
    </message>
    <message>
        <source>(cannot play: %1)</source>
        <translation>(cannot play: %1)</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>No matches for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to verify. Give one: cairn-cli verify FOLDER</source>
        <translation>cairn-cli: no folders to verify. Give one: cairn-cli verify FOLDER</translation>
    </message>
    <message>
        <source>%1: no cairn.json manifest, nothing to verify.</source>
        <translation>%1: no cairn.json manifest, nothing to verify.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <source>%1 of %2 files match their checksums</source>
        <translation>%1 of %2 files match their checksums</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>damaged or changed (checksum differs): %1</source>
        <translation>damaged or changed (checksum differs): %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unreadable: %1</translation>
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation>not in the manifest: %1</translation>
    </message>
    <message>
        <source>cairn-cli: %1: no such file.</source>
        <translation>cairn-cli: %1: no such file.</translation>
    </message>
    <message>
        <source>cairn-cli: %1: %2</source>
        <translation>cairn-cli: %1: %2</translation>
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
        <translation>Usage: cairn-cli [--db PATH] [--json] COMMAND [ARGS]

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
</translation>
    </message>
    <message>
        <source>cairn-cli: --limit takes a positive number.</source>
        <translation>cairn-cli: --limit takes a positive number.</translation>
    </message>
    <message>
        <source>cairn-cli: search needs a query, e.g. cairn-cli search &quot;learning city&quot;</source>
        <translation>cairn-cli: search needs a query, e.g. cairn-cli search &quot;learning city&quot;</translation>
    </message>
    <message>
        <source>cairn-cli: subtitles needs exactly one FILE.</source>
        <translation>cairn-cli: subtitles needs exactly one FILE.</translation>
    </message>
    <message>
        <source>cairn-cli: unknown command &quot;%1&quot;.</source>
        <translation>cairn-cli: unknown command &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>cairn::app::Application</name>
    <message numerus="yes">
        <source>%Ln tutorials in the library</source>
        <translation>
            <numerusform>%Ln tutorial in the library</numerusform>
            <numerusform>%Ln tutorials in the library</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder of tutorials</source>
        <translation>Choose a folder of tutorials</translation>
    </message>
    <message>
        <source>Remove a folder</source>
        <translation>Remove a folder</translation>
    </message>
    <message>
        <source>Stop showing the tutorials of this folder (no file is deleted):</source>
        <translation>Stop showing the tutorials of this folder (no file is deleted):</translation>
    </message>
    <message>
        <source>Where is “%1” now?</source>
        <translation>Where is “%1” now?</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>Videos (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Added %1 to the library.</source>
        <translation>Added %1 to the library.</translation>
    </message>
    <message>
        <source>Locate file…</source>
        <translation>Locate file…</translation>
    </message>
    <message>
        <source>%1 could not be added to the library.</source>
        <translation>%1 could not be added to the library.</translation>
    </message>
    <message>
        <source>Resuming at %1, where you stopped.</source>
        <translation>Resuming at %1, where you stopped.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
</context>
<context>
    <name>cairn::app::AudienceWindow</name>
    <message>
        <source>Cairn — audience</source>
        <translation>Cairn — audience</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Audience screen</translation>
    </message>
</context>
<context>
    <name>cairn::app::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Space or K</source>
        <translation>Space or K</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Play or pause</translation>
    </message>
    <message>
        <source>Left / Right arrow</source>
        <translation>Left / Right arrow</translation>
    </message>
    <message>
        <source>Back or forward 5 seconds</source>
        <translation>Back or forward 5 seconds</translation>
    </message>
    <message>
        <source>J / L</source>
        <translation>J / L</translation>
    </message>
    <message>
        <source>Back or forward 10 seconds</source>
        <translation>Back or forward 10 seconds</translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation>[ / ]</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>Slower / faster</translation>
    </message>
    <message>
        <source>Up / Down arrow</source>
        <translation>Up / Down arrow</translation>
    </message>
    <message>
        <source>Volume up / down</source>
        <translation>Volume up / down</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Next subtitle language, then off</source>
        <translation>Next subtitle language, then off</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Fullscreen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave fullscreen, close this help</source>
        <translation>Leave fullscreen, close this help</translation>
    </message>
    <message>
        <source>N / P</source>
        <translation>N / P</translation>
    </message>
    <message>
        <source>Next / previous tutorial</source>
        <translation>Next / previous tutorial</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? or F1</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Show or hide this help</translation>
    </message>
</context>
<context>
    <name>cairn::app::LibraryPage</name>
    <message>
        <source>Not yet watched</source>
        <translation>Not yet watched</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Search titles and everything said in the tutorials</source>
        <translation>Search titles and everything said in the tutorials</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation>Subtitle language</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutorials</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Looking for tutorials…</source>
        <translation>Looking for tutorials…</translation>
    </message>
    <message>
        <source>Looking for tutorials… %1 of %2</source>
        <translation>Looking for tutorials… %1 of %2</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>All series</translation>
    </message>
    <message>
        <source>Any subtitle language</source>
        <translation>Any subtitle language</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places found</source>
        <translation>
            <numerusform>%Ln place found</numerusform>
            <numerusform>%Ln places found</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutorials yet. Use Library ▸ Add a folder of tutorials… to choose where your videos are.</source>
        <translation>No tutorials yet. Use Library ▸ Add a folder of tutorials… to choose where your videos are.</translation>
    </message>
    <message>
        <source>No tutorial matches these filters.</source>
        <translation>No tutorial matches these filters.</translation>
    </message>
</context>
<context>
    <name>cairn::app::MainWindow</name>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
    <message>
        <source>%1 — Cairn</source>
        <translation>%1 — Cairn</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <source>&amp;Add a folder of tutorials…</source>
        <translation>&amp;Add a folder of tutorials…</translation>
    </message>
    <message>
        <source>&amp;Remove a folder…</source>
        <translation>&amp;Remove a folder…</translation>
    </message>
    <message>
        <source>Look for &amp;new and changed files</source>
        <translation>Look for &amp;new and changed files</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>&amp;Player</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcript</translation>
    </message>
    <message>
        <source>&amp;Fullscreen (F)</source>
        <translation>&amp;Fullscreen (F)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Playback</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Play or pause (Space)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>Back 10 seconds (J)</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>Back 5 seconds (Left)</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>Forward 5 seconds (Right)</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>Forward 10 seconds (L)</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>Next tutorial (N)</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>Previous tutorial (P)</translation>
    </message>
    <message>
        <source>Play the next tutorial automatically</source>
        <translation>Play the next tutorial automatically</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>&amp;Subtitles</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Larger</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Smaller</translation>
    </message>
    <message>
        <source>Show 0.1 s later</source>
        <translation>Show 0.1 s later</translation>
    </message>
    <message>
        <source>Show 0.1 s earlier</source>
        <translation>Show 0.1 s earlier</translation>
    </message>
    <message>
        <source>Swap top and bottom languages</source>
        <translation>Swap top and bottom languages</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (?)</source>
        <translation>&amp;Keyboard shortcuts (?)</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>&amp;About Cairn</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>About Cairn</translation>
    </message>
    <message>
        <source>Cairn %1
Plays tutorials offline, with subtitles in the six UN languages.</source>
        <translation>Cairn %1
Plays tutorials offline, with subtitles in the six UN languages.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Workshop sessions…</source>
        <translation>&amp;Workshop sessions…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
</context>
<context>
    <name>cairn::app::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>cairn::app::PlayerPage</name>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)</source>
        <translation>%1 — %2 (%3 of %4)</translation>
    </message>
</context>
<context>
    <name>cairn::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language of menus and messages:</source>
        <translation>&amp;Language of menus and messages:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Subtitle languages</source>
        <translation>Subtitle languages</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Main subtitles</source>
        <translation>Main subtitles</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Second language</translation>
    </message>
    <message>
        <source>Text size (% of the picture height):</source>
        <translation>Text size (% of the picture height):</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Dark box behind the text (else an outline)</source>
        <translation>Dark box behind the text (else an outline)</translation>
    </message>
    <message>
        <source>Play the next tutorial of a series automatically</source>
        <translation>Play the next tutorial of a series automatically</translation>
    </message>
    <message>
        <source>&amp;Show subtitles in the first ticked language that a tutorial has. Move a language up to prefer it.</source>
        <translation>&amp;Show subtitles in the first ticked language that a tutorial has. Move a language up to prefer it.</translation>
    </message>
</context>
<context>
    <name>cairn::app::PresenterWindow</name>
    <message>
        <source>Cairn — presenting “%1”</source>
        <translation>Cairn — presenting “%1”</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>The room sees</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>End the discussion: hide the card and play on (Space)</source>
        <translation>End the discussion: hide the card and play on (Space)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>Black audience screen (B)</source>
        <translation>Black audience screen (B)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Keep the audience picture still (F)</source>
        <translation>Keep the audience picture still (F)</translation>
    </message>
    <message>
        <source>Audience screen:</source>
        <translation>Audience screen:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Subtitles on the audience screen</source>
        <translation>Subtitles on the audience screen</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>First language</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Second language</translation>
    </message>
    <message>
        <source> % of the height</source>
        <translation> % of the height</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused for discussion. Space or Continue plays on.</source>
        <translation>Paused for discussion. Space or Continue plays on.</translation>
    </message>
    <message>
        <source>End of this item. Page Down or Space for the next one.</source>
        <translation>End of this item. Page Down or Space for the next one.</translation>
    </message>
    <message>
        <source>End of the session.</source>
        <translation>End of the session.</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Stop presenting</translation>
    </message>
    <message>
        <source>This is the last item.</source>
        <translation>This is the last item.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Screen %1</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>New screen %1: the audience view moved there.</source>
        <translation>New screen %1: the audience view moved there.</translation>
    </message>
    <message>
        <source>The audience screen was unplugged: the room&apos;s view is now on this screen (Esc hides it).</source>
        <translation>The audience screen was unplugged: the room&apos;s view is now on this screen (Esc hides it).</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Next: end of the session</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>Pause points</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln item(s). Press Present (F5).</source>
        <translation>
            <numerusform>Ready: %Ln item. Press Present (F5).</numerusform>
            <numerusform>Ready: %Ln items. Press Present (F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Session: %1</translation>
    </message>
    <message>
        <source>Elapsed %1 · Remaining %2
Session remaining %3</source>
        <translation>Elapsed %1 · Remaining %2
Session remaining %3</translation>
    </message>
</context>
<context>
    <name>cairn::app::SeekSlider</name>
    <message>
        <source>Position in the video</source>
        <translation>Position in the video</translation>
    </message>
</context>
<context>
    <name>cairn::app::SessionEditorDialog</name>
    <message>
        <source>Workshop sessions</source>
        <translation>Workshop sessions</translation>
    </message>
    <message>
        <source>The session plans cannot be opened: %1</source>
        <translation>The session plans cannot be opened: %1</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Session name</translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation>Drag to change the order</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation>Notes for the whole session</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Start at</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>Stop at</translation>
    </message>
    <message>
        <source>First subtitle language</source>
        <translation>First subtitle language</translation>
    </message>
    <message>
        <source>Second subtitle language</source>
        <translation>Second subtitle language</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Discussion prompt</source>
        <translation>Discussion prompt</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>Pause points</translation>
    </message>
    <message>
        <source>Add pause point</source>
        <translation>Add pause point</translation>
    </message>
    <message>
        <source>Remove pause point</source>
        <translation>Remove pause point</translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation>Only you see these notes</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>Trainer&apos;s notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Print handout…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1 (%Ln item)</numerusform>
            <numerusform>%1 (%Ln items)</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>%1  · %2</source>
        <translation>%1  · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1  · %Ln pause(s)</source>
        <translation>
            <numerusform>%1  · %Ln pause</numerusform>
            <numerusform>%1  · %Ln pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this library</source>
        <translation>Not found in this library</translation>
    </message>
    <message>
        <source>As the player prefers</source>
        <translation>As the player prefers</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>The plan could not be saved: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1. Copy it with the videos; Cairn finds them on the other computer.</source>
        <translation>Exported to %1. Copy it with the videos; Cairn finds them on the other computer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 of %3 videos found in this library.</source>
        <translation>Imported “%1”: %2 of %3 videos found in this library.</translation>
    </message>
    <message>
        <source>%1 Not found: %2. Add the folder that holds them to the library, then import again.</source>
        <translation>%1 Not found: %2. Add the folder that holds them to the library, then import again.</translation>
    </message>
    <message>
        <source>Handout written to %1.</source>
        <translation>Handout written to %1.</translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation>Import a session</translation>
    </message>
    <message>
        <source>Cairn sessions (*.%1)</source>
        <translation>Cairn sessions (*.%1)</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Export the session</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Print handout</translation>
    </message>
    <message>
        <source>Transcript language</source>
        <translation>Transcript language</translation>
    </message>
    <message>
        <source>Second language (side by side)</source>
        <translation>Second language (side by side)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Include my notes</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Save the handout</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>Delete the plan “%1”?</source>
        <translation>Delete the plan “%1”?</translation>
    </message>
</context>
<context>
    <name>cairn::app::SubtitleTracks</name>
    <message>
        <source>Some subtitles could not be read (%1).</source>
        <translation>Some subtitles could not be read (%1).</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Unknown language</translation>
    </message>
    <message>
        <source>for the hard of hearing</source>
        <translation>for the hard of hearing</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forced</translation>
    </message>
    <message>
        <source>in the video</source>
        <translation>in the video</translation>
    </message>
</context>
<context>
    <name>cairn::app::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Filter the transcript</source>
        <translation>Filter the transcript</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Transcript lines</translation>
    </message>
    <message>
        <source>Choose subtitles to see the transcript.</source>
        <translation>Choose subtitles to see the transcript.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>cairn::app::TransportBar</name>
    <message>
        <source>Playback controls</source>
        <translation>Playback controls</translation>
    </message>
    <message>
        <source>Previous tutorial</source>
        <translation>Previous tutorial</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>Previous tutorial (P)</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Back 10 seconds</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>Back 10 seconds (J)</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Back 5 seconds</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left arrow)</source>
        <translation>Back 5 seconds (Left arrow)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>Play or pause (Space, K)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Forward 5 seconds</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right arrow)</source>
        <translation>Forward 5 seconds (Right arrow)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Forward 10 seconds</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>Forward 10 seconds (L)</translation>
    </message>
    <message>
        <source>Next tutorial</source>
        <translation>Next tutorial</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>Next tutorial (N)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>Playback speed ([ slower, ] faster)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Mute (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Volume (Up and Down arrows)</source>
        <translation>Volume (Up and Down arrows)</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Subtitles</translation>
    </message>
    <message>
        <source>Choose subtitles (C cycles)</source>
        <translation>Choose subtitles (C cycles)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>Show transcript</translation>
    </message>
    <message>
        <source>Show the transcript beside the video</source>
        <translation>Show the transcript beside the video</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Fullscreen</translation>
    </message>
    <message>
        <source>Fullscreen (F, Esc to leave)</source>
        <translation>Fullscreen (F, Esc to leave)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Second language</translation>
    </message>
</context>
<context>
    <name>cairn::app::TutorialDelegate</name>
    <message>
        <source>File not found</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>✓ Watched</source>
        <translation>✓ Watched</translation>
    </message>
    <message>
        <source>%1 · %2/%3</source>
        <translation>%1 · %2/%3</translation>
    </message>
</context>
<context>
    <name>cairn::app::VideoView</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>cairn::db</name>
    <message>
        <source>The library index was damaged. It was moved aside to %1 and will be rebuilt by the next scan; your progress is kept.</source>
        <translation>The library index was damaged. It was moved aside to %1 and will be rebuilt by the next scan; your progress is kept.</translation>
    </message>
    <message>
        <source>Your progress database was damaged. It was moved aside to %1 (nothing was deleted) and a new one was started.</source>
        <translation>Your progress database was damaged. It was moved aside to %1 (nothing was deleted) and a new one was started.</translation>
    </message>
    <message>
        <source>The library database %1 was made by a newer version of Cairn (schema %2, this version knows %3). Update Cairn; the file was left untouched.</source>
        <translation>The library database %1 was made by a newer version of Cairn (schema %2, this version knows %3). Update Cairn; the file was left untouched.</translation>
    </message>
</context>
<context>
    <name>cairn::library</name>
    <message>
        <source>The library database %1 is locked by another program (is Cairn already running?).</source>
        <translation>The library database %1 is locked by another program (is Cairn already running?).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start Cairn again.</source>
        <translation>The disk holding %1 is full. Free some space and start Cairn again.</translation>
    </message>
    <message>
        <source>Cannot open the library database %1: the folder is not writable or does not exist.</source>
        <translation>Cannot open the library database %1: the folder is not writable or does not exist.</translation>
    </message>
    <message>
        <source>The library database %1 cannot be used: %2</source>
        <translation>The library database %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation>Cannot read the manifest %1.</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON (%2).</source>
        <translation>The manifest %1 is not valid JSON (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Cairn manifest (missing &quot;format&quot;: &quot;cairn-manifest&quot;).</source>
        <translation>%1 is not a Cairn manifest (missing &quot;format&quot;: &quot;cairn-manifest&quot;).</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied. It was skipped.</source>
        <translation>Cannot read the folder %1: permission denied. It was skipped.</translation>
    </message>
    <message>
        <source>The folder %1 is not available (a drive unplugged?). Its tutorials are kept and marked missing until it is back.</source>
        <translation>The folder %1 is not available (a drive unplugged?). Its tutorials are kept and marked missing until it is back.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The disk is full: the scan stopped. What was indexed so far is kept; free some space and rescan.</source>
        <translation>The disk is full: the scan stopped. What was indexed so far is kept; free some space and rescan.</translation>
    </message>
    <message>
        <source>The library database is busy (another Cairn is writing to it). Try again.</source>
        <translation>The library database is busy (another Cairn is writing to it). Try again.</translation>
    </message>
    <message>
        <source>The library database failed: %1</source>
        <translation>The library database failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) in %1 are not valid UTF-8 (an archive from an older system?) and were skipped. Rename them to add them.</source>
        <translation>
            <numerusform>%Ln name in %1 is not valid UTF-8 (an archive from an older system?) and was skipped. Rename it to add it.</numerusform>
            <numerusform>%Ln names in %1 are not valid UTF-8 (an archive from an older system?) and were skipped. Rename them to add them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::media</name>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that you have permission to open it.</source>
        <translation>The file cannot be read. Check that you have permission to open it.</translation>
    </message>
    <message>
        <source>This is not a video or audio file.</source>
        <translation>This is not a video or audio file.</translation>
    </message>
    <message>
        <source>The file contains no video or audio.</source>
        <translation>The file contains no video or audio.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged. It may not have finished downloading or copying.</source>
        <translation>The file is incomplete or damaged. It may not have finished downloading or copying.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It may not have finished downloading or copying.</source>
        <translation>The file is empty (0 bytes). It may not have finished downloading or copying.</translation>
    </message>
    <message>
        <source>This subtitle format cannot be read.</source>
        <translation>This subtitle format cannot be read.</translation>
    </message>
    <message>
        <source>The file is damaged or could not be read to the end; some subtitles may be missing.</source>
        <translation>The file is damaged or could not be read to the end; some subtitles may be missing.</translation>
    </message>
</context>
<context>
    <name>cairn::playback::PlaybackController</name>
    <message>
        <source>No sound device was found: the video plays without sound.</source>
        <translation>No sound device was found: the video plays without sound.</translation>
    </message>
    <message>
        <source>Playback of “%1” keeps stopping. Try again in a moment, or restart Cairn.</source>
        <translation>Playback of “%1” keeps stopping. Try again in a moment, or restart Cairn.</translation>
    </message>
    <message>
        <source>The video “%1” cannot be found. If it is on a USB stick or another drive, plug it in; if it was moved, locate it again.</source>
        <translation>The video “%1” cannot be found. If it is on a USB stick or another drive, plug it in; if it was moved, locate it again.</translation>
    </message>
    <message>
        <source>“%1” needs a video or audio decoder that is not installed. On Debian or Ubuntu, install the package gstreamer1.0-libav, then open the video again.</source>
        <translation>“%1” needs a video or audio decoder that is not installed. On Debian or Ubuntu, install the package gstreamer1.0-libav, then open the video again.</translation>
    </message>
    <message>
        <source>“%1” cannot be played: the file is damaged, incomplete, or not a video.</source>
        <translation>“%1” cannot be played: the file is damaged, incomplete, or not a video.</translation>
    </message>
    <message>
        <source>“%1” stopped playing because of an error.</source>
        <translation>“%1” stopped playing because of an error.</translation>
    </message>
    <message>
        <source>“%1” cannot show its picture: its video is %2, and the decoder for it is not installed. On Debian or Ubuntu, install the package %3, then open the video again.</source>
        <translation>“%1” cannot show its picture: its video is %2, and the decoder for it is not installed. On Debian or Ubuntu, install the package %3, then open the video again.</translation>
    </message>
</context>
<context>
    <name>cairn::subtitles</name>
    <message>
        <source>The file does not contain readable text (binary data or an unknown encoding).</source>
        <translation>The file does not contain readable text (binary data or an unknown encoding).</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), not subtitle text.</source>
        <translation>The file contains binary data (NUL bytes), not subtitle text.</translation>
    </message>
    <message>
        <source>The text encoding of the file could not be recognised.</source>
        <translation>The text encoding of the file could not be recognised.</translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported on this system.</source>
        <translation>The text encoding %1 is not supported on this system.</translation>
    </message>
    <message>
        <source>line %1: malformed timing line, cue skipped</source>
        <translation>line %1: malformed timing line, cue skipped</translation>
    </message>
    <message>
        <source>line %1: cue ends before it starts, skipped</source>
        <translation>line %1: cue ends before it starts, skipped</translation>
    </message>
    <message>
        <source>line %1: unexpected text outside a cue skipped</source>
        <translation>line %1: unexpected text outside a cue skipped</translation>
    </message>
    <message>
        <source>No subtitle timing line (&quot;--&gt;&quot;) found.</source>
        <translation>No subtitle timing line (&quot;--&gt;&quot;) found.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a subtitle file (over 64 MiB).</source>
        <translation>%1 is too large for a subtitle file (over 64 MiB).</translation>
    </message>
    <message>
        <source>Not a WebVTT file: the first line must start with &quot;WEBVTT&quot;.</source>
        <translation>Not a WebVTT file: the first line must start with &quot;WEBVTT&quot;.</translation>
    </message>
    <message>
        <source>line %1: malformed cue timing, cue skipped</source>
        <translation>line %1: malformed cue timing, cue skipped</translation>
    </message>
    <message>
        <source>line %1: text outside of a cue ignored</source>
        <translation>line %1: text outside of a cue ignored</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no dialogue line that can be shown.</source>
        <translation>This ASS/SSA file has no dialogue line that can be shown.</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no [Events] section.</source>
        <translation>This ASS/SSA file has no [Events] section.</translation>
    </message>
</context>
<context>
    <name>cairn::workshop</name>
    <message>
        <source>Tutorial</source>
        <translation>Tutorial</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – end</source>
        <translation>%1 – end</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>No transcript in the chosen languages.</source>
        <translation>No transcript in the chosen languages.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>This is not a Cairn session file (%1).</source>
        <translation>This is not a Cairn session file (%1).</translation>
    </message>
    <message>
        <source>This is not a Cairn session file.</source>
        <translation>This is not a Cairn session file.</translation>
    </message>
    <message>
        <source>This session was made by a newer version of Cairn (format %1). Update Cairn to open it.</source>
        <translation>This session was made by a newer version of Cairn (format %1). Update Cairn to open it.</translation>
    </message>
</context>
<context>
    <name>cairn::workshop::Handout</name>
    <message numerus="yes">
        <source>%Ln tutorial(s), %1 in total</source>
        <translation>
            <numerusform>%Ln tutorial, %1 in total</numerusform>
            <numerusform>%Ln tutorials, %1 in total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::workshop::SessionRunner</name>
    <message>
        <source>“%1” is not in this library (or its drive is unplugged).</source>
        <translation>“%1” is not in this library (or its drive is unplugged).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plays tutorials offline, with subtitles.</source>
        <translation>Plays tutorials offline, with subtitles.</translation>
    </message>
    <message>
        <source>Play FILE at once.</source>
        <translation>Play FILE at once.</translation>
    </message>
    <message>
        <source>Do not open a sound device.</source>
        <translation>Do not open a sound device.</translation>
    </message>
    <message>
        <source>Open FILE repeatedly and print timings.</source>
        <translation>Open FILE repeatedly and print timings.</translation>
    </message>
    <message>
        <source>Benchmark runs.</source>
        <translation>Benchmark runs.</translation>
    </message>
    <message>
        <source>Benchmark: keep playing this long.</source>
        <translation>Benchmark: keep playing this long.</translation>
    </message>
    <message>
        <source>Show subtitles in LANG (ar, zh-Hans, en…).</source>
        <translation>Show subtitles in LANG (ar, zh-Hans, en…).</translation>
    </message>
    <message>
        <source>Also show subtitles in LANG, at the top.</source>
        <translation>Also show subtitles in LANG, at the top.</translation>
    </message>
    <message>
        <source>A video to play.</source>
        <translation>A video to play.</translation>
    </message>
</context>
</TS>
