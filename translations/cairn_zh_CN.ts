<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>the track could not be read from the video</source>
        <translation>无法从视频中读取该字幕轨道</translation>
    </message>
</context>
<context>
    <name>cairn-cli</name>
    <message>
        <source>cairn-cli: %1</source>
        <translation>cairn-cli：%1</translation>
    </message>
    <message>
        <source>cairn-cli: %1 is not a folder.</source>
        <translation>cairn-cli：%1 不是文件夹。</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to scan. Give one: cairn-cli scan FOLDER</source>
        <translation>cairn-cli：没有要扫描的文件夹。请指定一个：cairn-cli scan FOLDER</translation>
    </message>
    <message>
        <source>Scanning %1/%2: %3</source>
        <translation>正在扫描 %1/%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s) scanned</source>
        <translation>
            <numerusform>已扫描 %Ln 个视频</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 missing, %5 with errors (%6 s)</source>
        <translation>新增 %1，更新 %2，未更改 %3，缺失 %4，出错 %5（%6 秒）</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>(cannot play: %1)</source>
        <translation>（无法播放：%1）</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to verify. Give one: cairn-cli verify FOLDER</source>
        <translation>cairn-cli：没有要校验的文件夹。请指定一个：cairn-cli verify FOLDER</translation>
    </message>
    <message>
        <source>%1: no cairn.json manifest, nothing to verify.</source>
        <translation>%1：没有 cairn.json 清单，无需校验。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 of %2 files match their checksums</source>
        <translation>%2 个文件中有 %1 个与校验和一致</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>damaged or changed (checksum differs): %1</source>
        <translation>已损坏或被更改（校验和不符）：%1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation>不在清单中：%1</translation>
    </message>
    <message>
        <source>cairn-cli: %1: no such file.</source>
        <translation>cairn-cli：%1：文件不存在。</translation>
    </message>
    <message>
        <source>cairn-cli: %1: %2</source>
        <translation>cairn-cli：%1：%2</translation>
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
        <translation>用法：cairn-cli [--db PATH] [--json] COMMAND [ARGS]

命令：
  scan [FOLDER...]     为教程文件夹建立索引（未指定时为所有已知文件夹）
  list                 列出已索引的教程
  search QUERY         搜索标题以及字幕中说过的所有内容
  verify [FOLDER...]   根据教程包 cairn.json 中的校验和检查教程包
  subtitles FILE       以 JSON 格式输出字幕文件（SRT 或 WebVTT）

选项：
  --db PATH            索引数据库（默认：播放器所用的数据库，%1）
  --json               机器可读的输出
  --lang LANG          search、list：仅限此字幕语言（ar、zh、en、fr、ru、es 等）
  --limit N            search：最多 N 条结果（默认 50）
  --system             scan：将文件夹标记为系统级（对用户只读）
  --no-thumbnails      scan：不生成缩略图
  -q, --quiet          不显示进度和摘要
  -h, --help           显示此帮助
  -v, --version        显示版本

退出码：0 成功；1 发现问题（校验失败、字幕文件无法读取）；
2 用法错误；3 无法使用数据库（已锁定、版本较新、磁盘已满）。
Cairn 从不使用网络。
</translation>
    </message>
    <message>
        <source>cairn-cli: --limit takes a positive number.</source>
        <translation>cairn-cli：--limit 需要一个正数。</translation>
    </message>
    <message>
        <source>cairn-cli: search needs a query, e.g. cairn-cli search &quot;learning city&quot;</source>
        <translation>cairn-cli：search 需要搜索词，例如：cairn-cli search &quot;learning city&quot;</translation>
    </message>
    <message>
        <source>cairn-cli: subtitles needs exactly one FILE.</source>
        <translation>cairn-cli：subtitles 需要且仅需要一个 FILE。</translation>
    </message>
    <message>
        <source>cairn-cli: unknown command &quot;%1&quot;.</source>
        <translation>cairn-cli：未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>cairn::app::Application</name>
    <message numerus="yes">
        <source>%Ln tutorials in the library</source>
        <translation>
            <numerusform>资料库中有 %Ln 个教程</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder of tutorials</source>
        <translation>选择教程文件夹</translation>
    </message>
    <message>
        <source>Remove a folder</source>
        <translation>移除文件夹</translation>
    </message>
    <message>
        <source>Stop showing the tutorials of this folder (no file is deleted):</source>
        <translation>不再显示此文件夹中的教程（不会删除任何文件）：</translation>
    </message>
    <message>
        <source>Where is “%1” now?</source>
        <translation>“%1”现在在哪里？</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>视频 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Added %1 to the library.</source>
        <translation>已将 %1 添加到资料库。</translation>
    </message>
    <message>
        <source>Locate file…</source>
        <translation>定位文件…</translation>
    </message>
    <message>
        <source>%1 could not be added to the library.</source>
        <translation>无法将 %1 添加到资料库。</translation>
    </message>
    <message>
        <source>Resuming at %1, where you stopped.</source>
        <translation>从上次停止的位置（%1）继续播放。</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>从头开始</translation>
    </message>
</context>
<context>
    <name>cairn::app::AudienceWindow</name>
    <message>
        <source>Cairn — audience</source>
        <translation>Cairn — 观众</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>观众屏幕</translation>
    </message>
</context>
<context>
    <name>cairn::app::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Space or K</source>
        <translation>空格键或 K</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <source>Left / Right arrow</source>
        <translation>左/右方向键</translation>
    </message>
    <message>
        <source>Back or forward 5 seconds</source>
        <translation>后退或快进 5 秒</translation>
    </message>
    <message>
        <source>J / L</source>
        <translation>J / L</translation>
    </message>
    <message>
        <source>Back or forward 10 seconds</source>
        <translation>后退或快进 10 秒</translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation>[ / ]</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>减速/加速</translation>
    </message>
    <message>
        <source>Up / Down arrow</source>
        <translation>上/下方向键</translation>
    </message>
    <message>
        <source>Volume up / down</source>
        <translation>增大/减小音量</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Next subtitle language, then off</source>
        <translation>切换到下一种字幕语言，最后关闭字幕</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave fullscreen, close this help</source>
        <translation>退出全屏，关闭此帮助</translation>
    </message>
    <message>
        <source>N / P</source>
        <translation>N / P</translation>
    </message>
    <message>
        <source>Next / previous tutorial</source>
        <translation>下一个/上一个教程</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? 或 F1</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>显示或隐藏此帮助</translation>
    </message>
</context>
<context>
    <name>cairn::app::LibraryPage</name>
    <message>
        <source>Not yet watched</source>
        <translation>尚未观看</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Search titles and everything said in the tutorials</source>
        <translation>搜索标题以及教程中说过的所有内容</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation>字幕语言</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>教程</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Looking for tutorials…</source>
        <translation>正在查找教程…</translation>
    </message>
    <message>
        <source>Looking for tutorials… %1 of %2</source>
        <translation>正在查找教程… %1/%2</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>所有系列</translation>
    </message>
    <message>
        <source>Any subtitle language</source>
        <translation>任意字幕语言</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>未找到与“%1”相关的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places found</source>
        <translation>
            <numerusform>找到 %Ln 处</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutorials yet. Use Library ▸ Add a folder of tutorials… to choose where your videos are.</source>
        <translation>还没有教程。请使用“资料库 ▸ 添加教程文件夹…”选择视频所在的位置。</translation>
    </message>
    <message>
        <source>No tutorial matches these filters.</source>
        <translation>没有符合这些筛选条件的教程。</translation>
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
        <translation>资料库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Add a folder of tutorials…</source>
        <translation>添加教程文件夹(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove a folder…</source>
        <translation>移除文件夹(&amp;R)…</translation>
    </message>
    <message>
        <source>Look for &amp;new and changed files</source>
        <translation>查找新增和已更改的文件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>播放器(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>文字稿(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Fullscreen (F)</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格键）</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>从头开始</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>后退 10 秒（J）</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>后退 5 秒（左方向键）</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>快进 5 秒（右方向键）</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>快进 10 秒（L）</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>下一个教程（N）</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>上一个教程（P）</translation>
    </message>
    <message>
        <source>Play the next tutorial automatically</source>
        <translation>自动播放下一个教程</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>字幕(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>放大(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>缩小(&amp;S)</translation>
    </message>
    <message>
        <source>Show 0.1 s later</source>
        <translation>推迟 0.1 秒显示</translation>
    </message>
    <message>
        <source>Show 0.1 s earlier</source>
        <translation>提前 0.1 秒显示</translation>
    </message>
    <message>
        <source>Swap top and bottom languages</source>
        <translation>交换上方和下方的语言</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (?)</source>
        <translation>键盘快捷键(&amp;K)（?）</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>关于 Cairn(&amp;A)</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>关于 Cairn</translation>
    </message>
    <message>
        <source>Cairn %1
Plays tutorials offline, with subtitles in the six UN languages.</source>
        <translation>Cairn %1
离线播放教程，提供联合国六种正式语言的字幕。</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Workshop sessions…</source>
        <translation>工作坊场次(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>cairn::app::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>cairn::app::PlayerPage</name>
    <message>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)</source>
        <translation>%1 — %2（第 %3 个，共 %4 个）</translation>
    </message>
</context>
<context>
    <name>cairn::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>&amp;Language of menus and messages:</source>
        <translation>菜单和消息的语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Subtitle languages</source>
        <translation>字幕语言</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Main subtitles</source>
        <translation>主字幕</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>第二语言</translation>
    </message>
    <message>
        <source>Text size (% of the picture height):</source>
        <translation>文字大小（画面高度的 %）：</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>底部</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>顶部</translation>
    </message>
    <message>
        <source>Dark box behind the text (else an outline)</source>
        <translation>在文字后面显示深色底框（否则显示描边）</translation>
    </message>
    <message>
        <source>Play the next tutorial of a series automatically</source>
        <translation>自动播放系列中的下一个教程</translation>
    </message>
    <message>
        <source>&amp;Show subtitles in the first ticked language that a tutorial has. Move a language up to prefer it.</source>
        <translation>按顺序显示教程所具有的第一种已勾选语言的字幕(&amp;S)。将某种语言上移即可优先使用该语言。</translation>
    </message>
</context>
<context>
    <name>cairn::app::PresenterWindow</name>
    <message>
        <source>Cairn — presenting “%1”</source>
        <translation>Cairn — 正在演示“%1”</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>现场观众看到的画面</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2（%3）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>End the discussion: hide the card and play on (Space)</source>
        <translation>结束讨论：隐藏提示卡并继续播放（空格键）</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>黑屏</translation>
    </message>
    <message>
        <source>Black audience screen (B)</source>
        <translation>让观众屏幕变黑（B）</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结画面</translation>
    </message>
    <message>
        <source>Keep the audience picture still (F)</source>
        <translation>保持观众屏幕画面静止（F）</translation>
    </message>
    <message>
        <source>Audience screen:</source>
        <translation>观众屏幕：</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>开始演示</translation>
    </message>
    <message>
        <source>Subtitles on the audience screen</source>
        <translation>观众屏幕上的字幕</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>第一语言</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>第二语言</translation>
    </message>
    <message>
        <source> % of the height</source>
        <translation>% 画面高度</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>顶部</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>底部</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Paused for discussion. Space or Continue plays on.</source>
        <translation>已暂停以供讨论。按空格键或“继续”接着播放。</translation>
    </message>
    <message>
        <source>End of this item. Page Down or Space for the next one.</source>
        <translation>本环节结束。按 Page Down 或空格键进入下一个环节。</translation>
    </message>
    <message>
        <source>End of the session.</source>
        <translation>本场次结束。</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>停止演示</translation>
    </message>
    <message>
        <source>This is the last item.</source>
        <translation>这是最后一个环节。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>屏幕 %1</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1（%2×%3）</translation>
    </message>
    <message>
        <source>New screen %1: the audience view moved there.</source>
        <translation>新屏幕 %1：观众画面已移至该屏幕。</translation>
    </message>
    <message>
        <source>The audience screen was unplugged: the room&apos;s view is now on this screen (Esc hides it).</source>
        <translation>观众屏幕已断开：现场画面现在显示在此屏幕上（按 Esc 隐藏）。</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>第 %1 个，共 %2 个：%3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一个：%1</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>下一个：场次结束</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>暂停点</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln item(s). Press Present (F5).</source>
        <translation>
            <numerusform>准备就绪：共 %Ln 个环节。按“开始演示”（F5）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>场次：%1</translation>
    </message>
    <message>
        <source>Elapsed %1 · Remaining %2
Session remaining %3</source>
        <translation>已用 %1 · 剩余 %2
场次剩余 %3</translation>
    </message>
</context>
<context>
    <name>cairn::app::SeekSlider</name>
    <message>
        <source>Position in the video</source>
        <translation>视频中的位置</translation>
    </message>
</context>
<context>
    <name>cairn::app::SessionEditorDialog</name>
    <message>
        <source>Workshop sessions</source>
        <translation>工作坊场次</translation>
    </message>
    <message>
        <source>The session plans cannot be opened: %1</source>
        <translation>无法打开场次计划：%1</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>场次名称</translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation>拖动以调整顺序</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation>整个场次的备注</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>开始于</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>停止于</translation>
    </message>
    <message>
        <source>First subtitle language</source>
        <translation>第一字幕语言</translation>
    </message>
    <message>
        <source>Second subtitle language</source>
        <translation>第二字幕语言</translation>
    </message>
    <message>
        <source>At</source>
        <translation>时间点</translation>
    </message>
    <message>
        <source>Discussion prompt</source>
        <translation>讨论提示</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>暂停点</translation>
    </message>
    <message>
        <source>Add pause point</source>
        <translation>添加暂停点</translation>
    </message>
    <message>
        <source>Remove pause point</source>
        <translation>移除暂停点</translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation>只有您能看到这些备注</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>培训师备注</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>打印讲义…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>开始演示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1（%Ln 个环节）</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>新场次</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>从 %1 开始</translation>
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
            <numerusform>%1  · %Ln 个暂停点</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this library</source>
        <translation>在此资料库中找不到</translation>
    </message>
    <message>
        <source>As the player prefers</source>
        <translation>按播放器偏好设置</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>无法保存计划：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1. Copy it with the videos; Cairn finds them on the other computer.</source>
        <translation>已导出到 %1。请将其与视频一起复制，Cairn 会在另一台计算机上找到这些视频。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 of %3 videos found in this library.</source>
        <translation>已导入“%1”：在此资料库中找到 %3 个视频中的 %2 个。</translation>
    </message>
    <message>
        <source>%1 Not found: %2. Add the folder that holds them to the library, then import again.</source>
        <translation>%1未找到的视频：%2。请将包含这些视频的文件夹添加到资料库，然后重新导入。</translation>
    </message>
    <message>
        <source>Handout written to %1.</source>
        <translation>讲义已保存到 %1。</translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation>导入场次</translation>
    </message>
    <message>
        <source>Cairn sessions (*.%1)</source>
        <translation>Cairn 场次 (*.%1)</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>导出场次</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>打印讲义</translation>
    </message>
    <message>
        <source>Transcript language</source>
        <translation>文字稿语言</translation>
    </message>
    <message>
        <source>Second language (side by side)</source>
        <translation>第二语言（并排显示）</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>包含我的备注</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>保存讲义</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Delete the plan “%1”?</source>
        <translation>要删除计划“%1”吗？</translation>
    </message>
</context>
<context>
    <name>cairn::app::SubtitleTracks</name>
    <message>
        <source>Some subtitles could not be read (%1).</source>
        <translation>部分字幕无法读取（%1）。</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>未知语言</translation>
    </message>
    <message>
        <source>for the hard of hearing</source>
        <translation>听障字幕</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>强制</translation>
    </message>
    <message>
        <source>in the video</source>
        <translation>内嵌</translation>
    </message>
</context>
<context>
    <name>cairn::app::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation>文字稿</translation>
    </message>
    <message>
        <source>Filter the transcript</source>
        <translation>筛选文字稿</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>文字稿行</translation>
    </message>
    <message>
        <source>Choose subtitles to see the transcript.</source>
        <translation>选择字幕以查看文字稿。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>cairn::app::TransportBar</name>
    <message>
        <source>Playback controls</source>
        <translation>播放控制</translation>
    </message>
    <message>
        <source>Previous tutorial</source>
        <translation>上一个教程</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>上一个教程（P）</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 秒</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>后退 10 秒</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>后退 10 秒（J）</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 秒</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>后退 5 秒</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left arrow)</source>
        <translation>后退 5 秒（左方向键）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>播放或暂停（空格键、K）</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 秒</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>快进 5 秒</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right arrow)</source>
        <translation>快进 5 秒（右方向键）</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 秒</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>快进 10 秒</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>快进 10 秒（L）</translation>
    </message>
    <message>
        <source>Next tutorial</source>
        <translation>下一个教程</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>下一个教程（N）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>播放速度（[ 减速，] 加速）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>静音（M）</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Volume (Up and Down arrows)</source>
        <translation>音量（上、下方向键）</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Choose subtitles (C cycles)</source>
        <translation>选择字幕（按 C 循环切换）</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字稿</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>显示文字稿</translation>
    </message>
    <message>
        <source>Show the transcript beside the video</source>
        <translation>在视频旁显示文字稿</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Fullscreen (F, Esc to leave)</source>
        <translation>全屏（F，按 Esc 退出）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>取消静音</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>第二语言</translation>
    </message>
</context>
<context>
    <name>cairn::app::TutorialDelegate</name>
    <message>
        <source>File not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <source>✓ Watched</source>
        <translation>✓ 已观看</translation>
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
        <translation>视频</translation>
    </message>
</context>
<context>
    <name>cairn::db</name>
    <message>
        <source>The library index was damaged. It was moved aside to %1 and will be rebuilt by the next scan; your progress is kept.</source>
        <translation>资料库索引已损坏。它已被移至 %1，下次扫描时将重新建立；您的观看进度已保留。</translation>
    </message>
    <message>
        <source>Your progress database was damaged. It was moved aside to %1 (nothing was deleted) and a new one was started.</source>
        <translation>您的进度数据库已损坏。它已被移至 %1（未删除任何内容），并已新建一个数据库。</translation>
    </message>
    <message>
        <source>The library database %1 was made by a newer version of Cairn (schema %2, this version knows %3). Update Cairn; the file was left untouched.</source>
        <translation>资料库数据库 %1 由更新版本的 Cairn 创建（架构 %2，本版本支持 %3）。请更新 Cairn；该文件未被改动。</translation>
    </message>
</context>
<context>
    <name>cairn::library</name>
    <message>
        <source>The library database %1 is locked by another program (is Cairn already running?).</source>
        <translation>资料库数据库 %1 已被其他程序锁定（Cairn 是否已在运行？）。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start Cairn again.</source>
        <translation>%1 所在的磁盘已满。请释放一些空间，然后重新启动 Cairn。</translation>
    </message>
    <message>
        <source>Cannot open the library database %1: the folder is not writable or does not exist.</source>
        <translation>无法打开资料库数据库 %1：该文件夹不可写或不存在。</translation>
    </message>
    <message>
        <source>The library database %1 cannot be used: %2</source>
        <translation>无法使用资料库数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation>无法读取清单 %1。</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON (%2).</source>
        <translation>清单 %1 不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a Cairn manifest (missing &quot;format&quot;: &quot;cairn-manifest&quot;).</source>
        <translation>%1 不是 Cairn 清单（缺少 &quot;format&quot;: &quot;cairn-manifest&quot;）。</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied. It was skipped.</source>
        <translation>无法读取文件夹 %1：权限被拒绝。已跳过该文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 is not available (a drive unplugged?). Its tutorials are kept and marked missing until it is back.</source>
        <translation>文件夹 %1 不可用（驱动器已拔出？）。其中的教程会保留，并标记为缺失，直到该文件夹恢复。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The disk is full: the scan stopped. What was indexed so far is kept; free some space and rescan.</source>
        <translation>磁盘已满：扫描已停止。已建立的索引会保留；请释放一些空间后重新扫描。</translation>
    </message>
    <message>
        <source>The library database is busy (another Cairn is writing to it). Try again.</source>
        <translation>资料库数据库正忙（另一个 Cairn 正在写入）。请重试。</translation>
    </message>
    <message>
        <source>The library database failed: %1</source>
        <translation>资料库数据库出错：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) in %1 are not valid UTF-8 (an archive from an older system?) and were skipped. Rename them to add them.</source>
        <translation>
            <numerusform>%1 中有 %Ln 个名称不是有效的 UTF-8（可能来自旧系统的压缩包？），已跳过。重命名后即可添加。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::media</name>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that you have permission to open it.</source>
        <translation>无法读取文件。请检查您是否有权限打开它。</translation>
    </message>
    <message>
        <source>This is not a video or audio file.</source>
        <translation>这不是视频或音频文件。</translation>
    </message>
    <message>
        <source>The file contains no video or audio.</source>
        <translation>文件中没有视频或音频。</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged. It may not have finished downloading or copying.</source>
        <translation>文件不完整或已损坏，可能尚未下载或复制完毕。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It may not have finished downloading or copying.</source>
        <translation>文件为空（0 字节），可能尚未下载或复制完毕。</translation>
    </message>
    <message>
        <source>This subtitle format cannot be read.</source>
        <translation>无法读取此字幕格式。</translation>
    </message>
    <message>
        <source>The file is damaged or could not be read to the end; some subtitles may be missing.</source>
        <translation>文件已损坏或无法完整读取；部分字幕可能缺失。</translation>
    </message>
</context>
<context>
    <name>cairn::playback::PlaybackController</name>
    <message>
        <source>No sound device was found: the video plays without sound.</source>
        <translation>未找到音频设备：视频将无声播放。</translation>
    </message>
    <message>
        <source>Playback of “%1” keeps stopping. Try again in a moment, or restart Cairn.</source>
        <translation>“%1”的播放不断中断。请稍后重试，或重新启动 Cairn。</translation>
    </message>
    <message>
        <source>The video “%1” cannot be found. If it is on a USB stick or another drive, plug it in; if it was moved, locate it again.</source>
        <translation>找不到视频“%1”。如果它在 U 盘或其他驱动器上，请将其插入；如果它已被移动，请重新指定其位置。</translation>
    </message>
    <message>
        <source>“%1” needs a video or audio decoder that is not installed. On Debian or Ubuntu, install the package gstreamer1.0-libav, then open the video again.</source>
        <translation>“%1”需要一个尚未安装的视频或音频解码器。在 Debian 或 Ubuntu 上，请安装软件包 gstreamer1.0-libav，然后重新打开该视频。</translation>
    </message>
    <message>
        <source>“%1” cannot be played: the file is damaged, incomplete, or not a video.</source>
        <translation>无法播放“%1”：文件已损坏、不完整或不是视频。</translation>
    </message>
    <message>
        <source>“%1” stopped playing because of an error.</source>
        <translation>“%1”因出错而停止播放。</translation>
    </message>
    <message>
        <source>“%1” cannot show its picture: its video is %2, and the decoder for it is not installed. On Debian or Ubuntu, install the package %3, then open the video again.</source>
        <translation>“%1”无法显示画面：其视频为 %2 格式，而相应的解码器尚未安装。在 Debian 或 Ubuntu 上，请安装软件包 %3，然后重新打开该视频。</translation>
    </message>
</context>
<context>
    <name>cairn::subtitles</name>
    <message>
        <source>The file does not contain readable text (binary data or an unknown encoding).</source>
        <translation>文件中没有可读的文本（二进制数据或未知编码）。</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), not subtitle text.</source>
        <translation>文件包含二进制数据（NUL 字节），而不是字幕文本。</translation>
    </message>
    <message>
        <source>The text encoding of the file could not be recognised.</source>
        <translation>无法识别文件的文本编码。</translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported on this system.</source>
        <translation>此系统不支持文本编码 %1。</translation>
    </message>
    <message>
        <source>line %1: malformed timing line, cue skipped</source>
        <translation>第 %1 行：时间行格式错误，已跳过该字幕条目</translation>
    </message>
    <message>
        <source>line %1: cue ends before it starts, skipped</source>
        <translation>第 %1 行：字幕条目的结束时间早于开始时间，已跳过</translation>
    </message>
    <message>
        <source>line %1: unexpected text outside a cue skipped</source>
        <translation>第 %1 行：已跳过字幕条目之外的意外文本</translation>
    </message>
    <message>
        <source>No subtitle timing line (&quot;--&gt;&quot;) found.</source>
        <translation>未找到字幕时间行（&quot;--&gt;&quot;）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a subtitle file (over 64 MiB).</source>
        <translation>%1 过大，不可能是字幕文件（超过 64 MiB）。</translation>
    </message>
    <message>
        <source>Not a WebVTT file: the first line must start with &quot;WEBVTT&quot;.</source>
        <translation>不是 WebVTT 文件：第一行必须以 &quot;WEBVTT&quot; 开头。</translation>
    </message>
    <message>
        <source>line %1: malformed cue timing, cue skipped</source>
        <translation>第 %1 行：字幕条目时间格式错误，已跳过</translation>
    </message>
    <message>
        <source>line %1: text outside of a cue ignored</source>
        <translation>第 %1 行：已忽略字幕条目之外的文本</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no dialogue line that can be shown.</source>
        <translation>此 ASS/SSA 文件中没有可显示的对白行。</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no [Events] section.</source>
        <translation>此 ASS/SSA 文件没有 [Events] 部分。</translation>
    </message>
</context>
<context>
    <name>cairn::workshop</name>
    <message>
        <source>Tutorial</source>
        <translation>教程</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – end</source>
        <translation>%1 – 结尾</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>No transcript in the chosen languages.</source>
        <translation>所选语言没有文字稿。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>This is not a Cairn session file (%1).</source>
        <translation>这不是 Cairn 场次文件（%1）。</translation>
    </message>
    <message>
        <source>This is not a Cairn session file.</source>
        <translation>这不是 Cairn 场次文件。</translation>
    </message>
    <message>
        <source>This session was made by a newer version of Cairn (format %1). Update Cairn to open it.</source>
        <translation>此场次由更新版本的 Cairn 创建（格式 %1）。请更新 Cairn 后再打开。</translation>
    </message>
</context>
<context>
    <name>cairn::workshop::Handout</name>
    <message numerus="yes">
        <source>%Ln tutorial(s), %1 in total</source>
        <translation>
            <numerusform>共 %Ln 个教程，总时长 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::workshop::SessionRunner</name>
    <message>
        <source>“%1” is not in this library (or its drive is unplugged).</source>
        <translation>“%1”不在此资料库中（或其所在驱动器已拔出）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plays tutorials offline, with subtitles.</source>
        <translation>离线播放教程，并显示字幕。</translation>
    </message>
    <message>
        <source>Play FILE at once.</source>
        <translation>立即播放 FILE。</translation>
    </message>
    <message>
        <source>Do not open a sound device.</source>
        <translation>不打开音频设备。</translation>
    </message>
    <message>
        <source>Open FILE repeatedly and print timings.</source>
        <translation>反复打开 FILE 并输出耗时。</translation>
    </message>
    <message>
        <source>Benchmark runs.</source>
        <translation>基准测试运行次数。</translation>
    </message>
    <message>
        <source>Benchmark: keep playing this long.</source>
        <translation>基准测试：持续播放这么长时间。</translation>
    </message>
    <message>
        <source>Show subtitles in LANG (ar, zh-Hans, en…).</source>
        <translation>显示 LANG 语言的字幕（ar、zh-Hans、en…）。</translation>
    </message>
    <message>
        <source>Also show subtitles in LANG, at the top.</source>
        <translation>同时在顶部显示 LANG 语言的字幕。</translation>
    </message>
    <message>
        <source>A video to play.</source>
        <translation>要播放的视频。</translation>
    </message>
</context>
</TS>
