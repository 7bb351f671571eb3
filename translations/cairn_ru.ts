<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>the track could not be read from the video</source>
        <translation>не удалось прочитать дорожку из видео</translation>
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
        <translation>cairn-cli: %1 не является папкой.</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to scan. Give one: cairn-cli scan FOLDER</source>
        <translation>cairn-cli: нет папок для сканирования. Укажите папку: cairn-cli scan FOLDER</translation>
    </message>
    <message>
        <source>Scanning %1/%2: %3</source>
        <translation>Сканирование %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s) scanned</source>
        <translation>
            <numerusform>%Ln видео просканировано</numerusform>
            <numerusform>%Ln видео просканировано</numerusform>
            <numerusform>%Ln видео просканировано</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 missing, %5 with errors (%6 s)</source>
        <translation>добавлено: %1, обновлено: %2, без изменений: %3, отсутствует: %4, с ошибками: %5 (%6 с)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(отсутствует)</translation>
    </message>
    <message>
        <source>(cannot play: %1)</source>
        <translation>(не воспроизводится: %1)</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to verify. Give one: cairn-cli verify FOLDER</source>
        <translation>cairn-cli: нет папок для проверки. Укажите папку: cairn-cli verify FOLDER</translation>
    </message>
    <message>
        <source>%1: no cairn.json manifest, nothing to verify.</source>
        <translation>%1: нет манифеста cairn.json, проверять нечего.</translation>
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
        <translation>ОШИБКА</translation>
    </message>
    <message>
        <source>%1 of %2 files match their checksums</source>
        <translation>контрольные суммы совпадают у %1 из %2 файлов</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>отсутствует: %1</translation>
    </message>
    <message>
        <source>damaged or changed (checksum differs): %1</source>
        <translation>повреждён или изменён (контрольная сумма не совпадает): %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>не читается: %1</translation>
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation>нет в манифесте: %1</translation>
    </message>
    <message>
        <source>cairn-cli: %1: no such file.</source>
        <translation>cairn-cli: %1: файл не найден.</translation>
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
        <translation>Использование: cairn-cli [--db PATH] [--json] COMMAND [ARGS]

Команды:
  scan [FOLDER...]     Проиндексировать папки с уроками (все известные папки, если ни одна не указана)
  list                 Показать проиндексированные уроки
  search QUERY         Искать в названиях и во всём, что говорится в субтитрах
  verify [FOLDER...]   Проверить пакеты по контрольным суммам из их cairn.json
  subtitles FILE       Вывести файл субтитров (SRT или WebVTT) в формате JSON

Параметры:
  --db PATH            База данных индекса (по умолчанию — база проигрывателя, %1)
  --json               Машиночитаемый вывод
  --lang LANG          search, list: только этот язык субтитров (ar, zh, en, fr, ru, es, ...)
  --limit N            search: не более N результатов (по умолчанию 50)
  --system             scan: пометить папки как общесистемные (только чтение для пользователей)
  --no-thumbnails      scan: не создавать миниатюры
  -q, --quiet          Не выводить ход выполнения и итоги
  -h, --help           Показать эту справку
  -v, --version        Показать версию

Коды выхода: 0 — успех, 1 — обнаружены проблемы (проверка не пройдена, файл субтитров не читается),
2 — ошибка использования, 3 — базу данных нельзя использовать (заблокирована, более новая версия, диск заполнен).
Cairn никогда не обращается к сети.
</translation>
    </message>
    <message>
        <source>cairn-cli: --limit takes a positive number.</source>
        <translation>cairn-cli: для --limit нужно положительное число.</translation>
    </message>
    <message>
        <source>cairn-cli: search needs a query, e.g. cairn-cli search &quot;learning city&quot;</source>
        <translation>cairn-cli: для search нужен запрос, например: cairn-cli search &quot;обучающийся город&quot;</translation>
    </message>
    <message>
        <source>cairn-cli: subtitles needs exactly one FILE.</source>
        <translation>cairn-cli: для subtitles нужен ровно один файл (FILE).</translation>
    </message>
    <message>
        <source>cairn-cli: unknown command &quot;%1&quot;.</source>
        <translation>cairn-cli: неизвестная команда «%1».</translation>
    </message>
</context>
<context>
    <name>cairn::app::Application</name>
    <message numerus="yes">
        <source>%Ln tutorials in the library</source>
        <translation>
            <numerusform>%Ln урок в библиотеке</numerusform>
            <numerusform>%Ln урока в библиотеке</numerusform>
            <numerusform>%Ln уроков в библиотеке</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder of tutorials</source>
        <translation>Выберите папку с уроками</translation>
    </message>
    <message>
        <source>Remove a folder</source>
        <translation>Убрать папку</translation>
    </message>
    <message>
        <source>Stop showing the tutorials of this folder (no file is deleted):</source>
        <translation>Больше не показывать уроки из этой папки (файлы не удаляются):</translation>
    </message>
    <message>
        <source>Where is “%1” now?</source>
        <translation>Где теперь находится «%1»?</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>Видео (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Added %1 to the library.</source>
        <translation>Папка %1 добавлена в библиотеку.</translation>
    </message>
    <message>
        <source>Locate file…</source>
        <translation>Указать расположение…</translation>
    </message>
    <message>
        <source>%1 could not be added to the library.</source>
        <translation>Не удалось добавить %1 в библиотеку.</translation>
    </message>
    <message>
        <source>Resuming at %1, where you stopped.</source>
        <translation>Воспроизведение продолжается с %1 — с того места, где вы остановились.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать сначала</translation>
    </message>
</context>
<context>
    <name>cairn::app::AudienceWindow</name>
    <message>
        <source>Cairn — audience</source>
        <translation>Cairn — зрители</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Экран для зрителей</translation>
    </message>
</context>
<context>
    <name>cairn::app::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Space or K</source>
        <translation>Пробел или K</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Воспроизведение или пауза</translation>
    </message>
    <message>
        <source>Left / Right arrow</source>
        <translation>Стрелка влево / вправо</translation>
    </message>
    <message>
        <source>Back or forward 5 seconds</source>
        <translation>Назад или вперёд на 5 секунд</translation>
    </message>
    <message>
        <source>J / L</source>
        <translation>J / L</translation>
    </message>
    <message>
        <source>Back or forward 10 seconds</source>
        <translation>Назад или вперёд на 10 секунд</translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation>[ / ]</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>Медленнее / быстрее</translation>
    </message>
    <message>
        <source>Up / Down arrow</source>
        <translation>Стрелка вверх / вниз</translation>
    </message>
    <message>
        <source>Volume up / down</source>
        <translation>Громче / тише</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Выключить звук</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Next subtitle language, then off</source>
        <translation>Следующий язык субтитров, затем без субтитров</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Полноэкранный режим</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave fullscreen, close this help</source>
        <translation>Выйти из полноэкранного режима, закрыть эту справку</translation>
    </message>
    <message>
        <source>N / P</source>
        <translation>N / P</translation>
    </message>
    <message>
        <source>Next / previous tutorial</source>
        <translation>Следующий / предыдущий урок</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? или F1</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Показать или скрыть эту справку</translation>
    </message>
</context>
<context>
    <name>cairn::app::LibraryPage</name>
    <message>
        <source>Not yet watched</source>
        <translation>Ещё не просмотренные</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Search titles and everything said in the tutorials</source>
        <translation>Поиск по названиям и по всему, что говорится в уроках</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation>Язык субтитров</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Уроки</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Looking for tutorials…</source>
        <translation>Поиск уроков…</translation>
    </message>
    <message>
        <source>Looking for tutorials… %1 of %2</source>
        <translation>Поиск уроков… %1 из %2</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Все серии</translation>
    </message>
    <message>
        <source>Any subtitle language</source>
        <translation>Любой язык субтитров</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places found</source>
        <translation>
            <numerusform>Найден %Ln фрагмент</numerusform>
            <numerusform>Найдено %Ln фрагмента</numerusform>
            <numerusform>Найдено %Ln фрагментов</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutorials yet. Use Library ▸ Add a folder of tutorials… to choose where your videos are.</source>
        <translation>Уроков пока нет. Выберите «Библиотека ▸ Добавить папку с уроками…», чтобы указать, где находятся ваши видео.</translation>
    </message>
    <message>
        <source>No tutorial matches these filters.</source>
        <translation>Нет уроков, соответствующих этим фильтрам.</translation>
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
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>&amp;Add a folder of tutorials…</source>
        <translation>&amp;Добавить папку с уроками…</translation>
    </message>
    <message>
        <source>&amp;Remove a folder…</source>
        <translation>&amp;Убрать папку…</translation>
    </message>
    <message>
        <source>Look for &amp;new and changed files</source>
        <translation>Найти &amp;новые и изменённые файлы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>&amp;Проигрыватель</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Расшифровка</translation>
    </message>
    <message>
        <source>&amp;Fullscreen (F)</source>
        <translation>Полно&amp;экранный режим (F)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>В&amp;оспроизведение</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Воспроизведение или пауза (Пробел)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать сначала</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>Назад на 10 секунд (J)</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>Назад на 5 секунд (стрелка влево)</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>Вперёд на 5 секунд (стрелка вправо)</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>Вперёд на 10 секунд (L)</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>Следующий урок (N)</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>Предыдущий урок (P)</translation>
    </message>
    <message>
        <source>Play the next tutorial automatically</source>
        <translation>Автоматически воспроизводить следующий урок</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>С&amp;убтитры</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <source>Show 0.1 s later</source>
        <translation>Показывать на 0,1 с позже</translation>
    </message>
    <message>
        <source>Show 0.1 s earlier</source>
        <translation>Показывать на 0,1 с раньше</translation>
    </message>
    <message>
        <source>Swap top and bottom languages</source>
        <translation>Поменять местами верхний и нижний языки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (?)</source>
        <translation>Сочетания &amp;клавиш (?)</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>&amp;О программе Cairn</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>О программе Cairn</translation>
    </message>
    <message>
        <source>Cairn %1
Plays tutorials offline, with subtitles in the six UN languages.</source>
        <translation>Cairn %1
Воспроизводит уроки без подключения к сети, с субтитрами на шести языках ООН.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Workshop sessions…</source>
        <translation>&amp;Занятия семинара…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
</context>
<context>
    <name>cairn::app::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>cairn::app::PlayerPage</name>
    <message>
        <source>Player</source>
        <translation>Проигрыватель</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)</source>
        <translation>%1 — %2 (%3 из %4)</translation>
    </message>
</context>
<context>
    <name>cairn::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>&amp;Language of menus and messages:</source>
        <translation>&amp;Язык меню и сообщений:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Subtitle languages</source>
        <translation>Языки субтитров</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <source>Main subtitles</source>
        <translation>Основные субтитры</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Второй язык</translation>
    </message>
    <message>
        <source>Text size (% of the picture height):</source>
        <translation>Размер текста (% от высоты изображения):</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Положение:</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Снизу</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Сверху</translation>
    </message>
    <message>
        <source>Dark box behind the text (else an outline)</source>
        <translation>Тёмная подложка под текстом (иначе — контур)</translation>
    </message>
    <message>
        <source>Play the next tutorial of a series automatically</source>
        <translation>Автоматически воспроизводить следующий урок серии</translation>
    </message>
    <message>
        <source>&amp;Show subtitles in the first ticked language that a tutorial has. Move a language up to prefer it.</source>
        <translation>&amp;Показывать субтитры на первом из отмеченных языков, который есть у урока. Переместите язык выше, чтобы отдать ему предпочтение.</translation>
    </message>
</context>
<context>
    <name>cairn::app::PresenterWindow</name>
    <message>
        <source>Cairn — presenting “%1”</source>
        <translation>Cairn — показ «%1»</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>Что видит зал</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Предыдущий</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Следующий</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>End the discussion: hide the card and play on (Space)</source>
        <translation>Завершить обсуждение: скрыть карточку и продолжить воспроизведение (Пробел)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Затемнить</translation>
    </message>
    <message>
        <source>Black audience screen (B)</source>
        <translation>Чёрный экран для зрителей (B)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Стоп-кадр</translation>
    </message>
    <message>
        <source>Keep the audience picture still (F)</source>
        <translation>Остановить изображение на экране для зрителей (F)</translation>
    </message>
    <message>
        <source>Audience screen:</source>
        <translation>Экран для зрителей:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Начать показ</translation>
    </message>
    <message>
        <source>Subtitles on the audience screen</source>
        <translation>Субтитры на экране для зрителей</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>Первый язык</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Второй язык</translation>
    </message>
    <message>
        <source> % of the height</source>
        <translation> % высоты</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Сверху</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Снизу</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Paused for discussion. Space or Continue plays on.</source>
        <translation>Пауза для обсуждения. Пробел или «Продолжить» возобновляет воспроизведение.</translation>
    </message>
    <message>
        <source>End of this item. Page Down or Space for the next one.</source>
        <translation>Конец пункта. Page Down или Пробел — переход к следующему.</translation>
    </message>
    <message>
        <source>End of the session.</source>
        <translation>Конец занятия.</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Завершить показ</translation>
    </message>
    <message>
        <source>This is the last item.</source>
        <translation>Это последний пункт.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Экран %1</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>New screen %1: the audience view moved there.</source>
        <translation>Новый экран %1: изображение для зрителей перенесено на него.</translation>
    </message>
    <message>
        <source>The audience screen was unplugged: the room&apos;s view is now on this screen (Esc hides it).</source>
        <translation>Экран для зрителей отключён: изображение для зала теперь на этом экране (Esc скрывает его).</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 из %2: %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Далее: конец занятия</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>Паузы</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln item(s). Press Present (F5).</source>
        <translation>
            <numerusform>Готово: %Ln пункт. Нажмите «Начать показ» (F5).</numerusform>
            <numerusform>Готово: %Ln пункта. Нажмите «Начать показ» (F5).</numerusform>
            <numerusform>Готово: %Ln пунктов. Нажмите «Начать показ» (F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Занятие: %1</translation>
    </message>
    <message>
        <source>Elapsed %1 · Remaining %2
Session remaining %3</source>
        <translation>Прошло: %1 · Осталось: %2
До конца занятия: %3</translation>
    </message>
</context>
<context>
    <name>cairn::app::SeekSlider</name>
    <message>
        <source>Position in the video</source>
        <translation>Позиция в видео</translation>
    </message>
</context>
<context>
    <name>cairn::app::SessionEditorDialog</name>
    <message>
        <source>Workshop sessions</source>
        <translation>Занятия семинара</translation>
    </message>
    <message>
        <source>The session plans cannot be opened: %1</source>
        <translation>Не удаётся открыть планы занятий: %1</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Планы</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Занятие</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Название занятия</translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation>Перетащите, чтобы изменить порядок</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation>Заметки ко всему занятию</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>end</source>
        <translation>конец</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Начать с</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>Закончить на</translation>
    </message>
    <message>
        <source>First subtitle language</source>
        <translation>Первый язык субтитров</translation>
    </message>
    <message>
        <source>Second subtitle language</source>
        <translation>Второй язык субтитров</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Discussion prompt</source>
        <translation>Вопрос для обсуждения</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>Паузы</translation>
    </message>
    <message>
        <source>Add pause point</source>
        <translation>Добавить паузу</translation>
    </message>
    <message>
        <source>Remove pause point</source>
        <translation>Удалить паузу</translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation>Эти заметки видите только вы</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>Заметки ведущего</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Печать раздаточного материала…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Начать показ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1 (%Ln пункт)</numerusform>
            <numerusform>%1 (%Ln пункта)</numerusform>
            <numerusform>%1 (%Ln пунктов)</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новое занятие</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
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
            <numerusform>%1  · %Ln пауза</numerusform>
            <numerusform>%1  · %Ln паузы</numerusform>
            <numerusform>%1  · %Ln пауз</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this library</source>
        <translation>Не найдено в этой библиотеке</translation>
    </message>
    <message>
        <source>As the player prefers</source>
        <translation>Как настроено в проигрывателе</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>Не удалось сохранить план: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1. Copy it with the videos; Cairn finds them on the other computer.</source>
        <translation>Экспортировано в %1. Скопируйте этот файл вместе с видео — Cairn найдёт их на другом компьютере.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 of %3 videos found in this library.</source>
        <translation>Занятие «%1» импортировано: в этой библиотеке найдено %2 из %3 видео.</translation>
    </message>
    <message>
        <source>%1 Not found: %2. Add the folder that holds them to the library, then import again.</source>
        <translation>%1 Не найдены: %2. Добавьте в библиотеку папку, в которой они находятся, и повторите импорт.</translation>
    </message>
    <message>
        <source>Handout written to %1.</source>
        <translation>Раздаточный материал сохранён в %1.</translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation>Импорт занятия</translation>
    </message>
    <message>
        <source>Cairn sessions (*.%1)</source>
        <translation>Занятия Cairn (*.%1)</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Экспорт занятия</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Печать раздаточного материала</translation>
    </message>
    <message>
        <source>Transcript language</source>
        <translation>Язык расшифровки</translation>
    </message>
    <message>
        <source>Second language (side by side)</source>
        <translation>Второй язык (рядом)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Включить мои заметки</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Сохранение раздаточного материала</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Удаление плана</translation>
    </message>
    <message>
        <source>Delete the plan “%1”?</source>
        <translation>Удалить план «%1»?</translation>
    </message>
</context>
<context>
    <name>cairn::app::SubtitleTracks</name>
    <message>
        <source>Some subtitles could not be read (%1).</source>
        <translation>Не удалось прочитать некоторые субтитры (%1).</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Неизвестный язык</translation>
    </message>
    <message>
        <source>for the hard of hearing</source>
        <translation>для слабослышащих</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>принудительные</translation>
    </message>
    <message>
        <source>in the video</source>
        <translation>встроенные</translation>
    </message>
</context>
<context>
    <name>cairn::app::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation>Расшифровка</translation>
    </message>
    <message>
        <source>Filter the transcript</source>
        <translation>Фильтр расшифровки</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Строки расшифровки</translation>
    </message>
    <message>
        <source>Choose subtitles to see the transcript.</source>
        <translation>Выберите субтитры, чтобы увидеть расшифровку.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>cairn::app::TransportBar</name>
    <message>
        <source>Playback controls</source>
        <translation>Управление воспроизведением</translation>
    </message>
    <message>
        <source>Previous tutorial</source>
        <translation>Предыдущий урок</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>Предыдущий урок (P)</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 с</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Назад на 10 секунд</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>Назад на 10 секунд (J)</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 с</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Назад на 5 секунд</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left arrow)</source>
        <translation>Назад на 5 секунд (стрелка влево)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>Воспроизведение или пауза (Пробел, K)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 с</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Вперёд на 5 секунд</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right arrow)</source>
        <translation>Вперёд на 5 секунд (стрелка вправо)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 с</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Вперёд на 10 секунд</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>Вперёд на 10 секунд (L)</translation>
    </message>
    <message>
        <source>Next tutorial</source>
        <translation>Следующий урок</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>Следующий урок (N)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>Скорость воспроизведения ([ — медленнее, ] — быстрее)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Выключить звук</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Выключить звук (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Volume (Up and Down arrows)</source>
        <translation>Громкость (стрелки вверх и вниз)</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Субтитры</translation>
    </message>
    <message>
        <source>Choose subtitles (C cycles)</source>
        <translation>Выбрать субтитры (C — переключение по кругу)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Расшифровка</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>Показать расшифровку</translation>
    </message>
    <message>
        <source>Show the transcript beside the video</source>
        <translation>Показывать расшифровку рядом с видео</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Полноэкранный режим</translation>
    </message>
    <message>
        <source>Fullscreen (F, Esc to leave)</source>
        <translation>Полноэкранный режим (F, выход — Esc)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Включить звук</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Второй язык</translation>
    </message>
</context>
<context>
    <name>cairn::app::TutorialDelegate</name>
    <message>
        <source>File not found</source>
        <translation>Файл не найден</translation>
    </message>
    <message>
        <source>✓ Watched</source>
        <translation>✓ Просмотрено</translation>
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
        <translation>Видео</translation>
    </message>
</context>
<context>
    <name>cairn::db</name>
    <message>
        <source>The library index was damaged. It was moved aside to %1 and will be rebuilt by the next scan; your progress is kept.</source>
        <translation>Индекс библиотеки был повреждён. Он перемещён в %1 и будет перестроен при следующем сканировании; ваш прогресс сохранён.</translation>
    </message>
    <message>
        <source>Your progress database was damaged. It was moved aside to %1 (nothing was deleted) and a new one was started.</source>
        <translation>База данных вашего прогресса была повреждена. Она перемещена в %1 (ничего не удалено), создана новая.</translation>
    </message>
    <message>
        <source>The library database %1 was made by a newer version of Cairn (schema %2, this version knows %3). Update Cairn; the file was left untouched.</source>
        <translation>База данных библиотеки %1 создана более новой версией Cairn (схема %2, эта версия знает схему %3). Обновите Cairn; файл не изменён.</translation>
    </message>
</context>
<context>
    <name>cairn::library</name>
    <message>
        <source>The library database %1 is locked by another program (is Cairn already running?).</source>
        <translation>База данных библиотеки %1 заблокирована другой программой (возможно, Cairn уже запущен?).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start Cairn again.</source>
        <translation>Диск, на котором находится %1, заполнен. Освободите место и снова запустите Cairn.</translation>
    </message>
    <message>
        <source>Cannot open the library database %1: the folder is not writable or does not exist.</source>
        <translation>Не удаётся открыть базу данных библиотеки %1: папка недоступна для записи или не существует.</translation>
    </message>
    <message>
        <source>The library database %1 cannot be used: %2</source>
        <translation>Базу данных библиотеки %1 нельзя использовать: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 не является папкой.</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation>Не удаётся прочитать манифест %1.</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON (%2).</source>
        <translation>Манифест %1 не является корректным JSON (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Cairn manifest (missing &quot;format&quot;: &quot;cairn-manifest&quot;).</source>
        <translation>%1 не является манифестом Cairn (отсутствует &quot;format&quot;: &quot;cairn-manifest&quot;).</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied. It was skipped.</source>
        <translation>Не удаётся прочитать папку %1: нет доступа. Папка пропущена.</translation>
    </message>
    <message>
        <source>The folder %1 is not available (a drive unplugged?). Its tutorials are kept and marked missing until it is back.</source>
        <translation>Папка %1 недоступна (отключён диск?). Её уроки сохраняются и помечаются как отсутствующие, пока она не станет снова доступна.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The disk is full: the scan stopped. What was indexed so far is kept; free some space and rescan.</source>
        <translation>Диск заполнен: сканирование остановлено. Уже проиндексированное сохранено; освободите место и повторите сканирование.</translation>
    </message>
    <message>
        <source>The library database is busy (another Cairn is writing to it). Try again.</source>
        <translation>База данных библиотеки занята (в неё записывает другой экземпляр Cairn). Повторите попытку.</translation>
    </message>
    <message>
        <source>The library database failed: %1</source>
        <translation>Ошибка базы данных библиотеки: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) in %1 are not valid UTF-8 (an archive from an older system?) and were skipped. Rename them to add them.</source>
        <translation>
            <numerusform>%Ln имя в %1 не в кодировке UTF-8 (архив из старой системы?) и пропущено. Переименуйте файл, чтобы добавить его.</numerusform>
            <numerusform>%Ln имени в %1 не в кодировке UTF-8 (архив из старой системы?) и пропущены. Переименуйте файлы, чтобы добавить их.</numerusform>
            <numerusform>%Ln имён в %1 не в кодировке UTF-8 (архив из старой системы?) и пропущены. Переименуйте файлы, чтобы добавить их.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::media</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл не существует.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that you have permission to open it.</source>
        <translation>Не удаётся прочитать файл. Проверьте, есть ли у вас права на его открытие.</translation>
    </message>
    <message>
        <source>This is not a video or audio file.</source>
        <translation>Это не видео- и не аудиофайл.</translation>
    </message>
    <message>
        <source>The file contains no video or audio.</source>
        <translation>Файл не содержит ни видео, ни звука.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged. It may not have finished downloading or copying.</source>
        <translation>Файл неполный или повреждён. Возможно, его загрузка или копирование не завершились.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It may not have finished downloading or copying.</source>
        <translation>Файл пуст (0 байт). Возможно, его загрузка или копирование не завершились.</translation>
    </message>
    <message>
        <source>This subtitle format cannot be read.</source>
        <translation>Этот формат субтитров не поддерживается.</translation>
    </message>
    <message>
        <source>The file is damaged or could not be read to the end; some subtitles may be missing.</source>
        <translation>Файл повреждён или не прочитан до конца; некоторые субтитры могут отсутствовать.</translation>
    </message>
</context>
<context>
    <name>cairn::playback::PlaybackController</name>
    <message>
        <source>No sound device was found: the video plays without sound.</source>
        <translation>Звуковое устройство не найдено: видео воспроизводится без звука.</translation>
    </message>
    <message>
        <source>Playback of “%1” keeps stopping. Try again in a moment, or restart Cairn.</source>
        <translation>Воспроизведение «%1» постоянно прерывается. Повторите попытку чуть позже или перезапустите Cairn.</translation>
    </message>
    <message>
        <source>The video “%1” cannot be found. If it is on a USB stick or another drive, plug it in; if it was moved, locate it again.</source>
        <translation>Видео «%1» не найдено. Если оно на USB-накопителе или другом диске, подключите его; если его переместили, укажите новое расположение.</translation>
    </message>
    <message>
        <source>“%1” needs a video or audio decoder that is not installed. On Debian or Ubuntu, install the package gstreamer1.0-libav, then open the video again.</source>
        <translation>Для «%1» нужен видео- или аудиодекодер, который не установлен. В Debian или Ubuntu установите пакет gstreamer1.0-libav и снова откройте видео.</translation>
    </message>
    <message>
        <source>“%1” cannot be played: the file is damaged, incomplete, or not a video.</source>
        <translation>Не удаётся воспроизвести «%1»: файл повреждён, неполный или не является видео.</translation>
    </message>
    <message>
        <source>“%1” stopped playing because of an error.</source>
        <translation>Воспроизведение «%1» остановлено из-за ошибки.</translation>
    </message>
    <message>
        <source>“%1” cannot show its picture: its video is %2, and the decoder for it is not installed. On Debian or Ubuntu, install the package %3, then open the video again.</source>
        <translation>«%1» не может показать изображение: видео в формате %2, а декодер для него не установлен. В Debian или Ubuntu установите пакет %3 и снова откройте видео.</translation>
    </message>
</context>
<context>
    <name>cairn::subtitles</name>
    <message>
        <source>The file does not contain readable text (binary data or an unknown encoding).</source>
        <translation>Файл не содержит читаемого текста (двоичные данные или неизвестная кодировка).</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), not subtitle text.</source>
        <translation>Файл содержит двоичные данные (байты NUL), а не текст субтитров.</translation>
    </message>
    <message>
        <source>The text encoding of the file could not be recognised.</source>
        <translation>Не удалось определить кодировку текста файла.</translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported on this system.</source>
        <translation>Кодировка %1 не поддерживается в этой системе.</translation>
    </message>
    <message>
        <source>line %1: malformed timing line, cue skipped</source>
        <translation>строка %1: неверная строка времени, субтитр пропущен</translation>
    </message>
    <message>
        <source>line %1: cue ends before it starts, skipped</source>
        <translation>строка %1: субтитр заканчивается раньше, чем начинается, пропущен</translation>
    </message>
    <message>
        <source>line %1: unexpected text outside a cue skipped</source>
        <translation>строка %1: неожиданный текст вне субтитра пропущен</translation>
    </message>
    <message>
        <source>No subtitle timing line (&quot;--&gt;&quot;) found.</source>
        <translation>Не найдено ни одной строки времени субтитров (&quot;--&gt;&quot;).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a subtitle file (over 64 MiB).</source>
        <translation>%1 слишком велик для файла субтитров (более 64 МиБ).</translation>
    </message>
    <message>
        <source>Not a WebVTT file: the first line must start with &quot;WEBVTT&quot;.</source>
        <translation>Это не файл WebVTT: первая строка должна начинаться с &quot;WEBVTT&quot;.</translation>
    </message>
    <message>
        <source>line %1: malformed cue timing, cue skipped</source>
        <translation>строка %1: неверное время субтитра, субтитр пропущен</translation>
    </message>
    <message>
        <source>line %1: text outside of a cue ignored</source>
        <translation>строка %1: текст вне субтитра проигнорирован</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no dialogue line that can be shown.</source>
        <translation>В этом файле ASS/SSA нет ни одной строки диалога, которую можно показать.</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no [Events] section.</source>
        <translation>В этом файле ASS/SSA нет раздела [Events].</translation>
    </message>
</context>
<context>
    <name>cairn::workshop</name>
    <message>
        <source>Tutorial</source>
        <translation>Урок</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – end</source>
        <translation>%1 – конец</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>No transcript in the chosen languages.</source>
        <translation>Нет расшифровки на выбранных языках.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>This is not a Cairn session file (%1).</source>
        <translation>Это не файл занятия Cairn (%1).</translation>
    </message>
    <message>
        <source>This is not a Cairn session file.</source>
        <translation>Это не файл занятия Cairn.</translation>
    </message>
    <message>
        <source>This session was made by a newer version of Cairn (format %1). Update Cairn to open it.</source>
        <translation>Это занятие создано более новой версией Cairn (формат %1). Обновите Cairn, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>cairn::workshop::Handout</name>
    <message numerus="yes">
        <source>%Ln tutorial(s), %1 in total</source>
        <translation>
            <numerusform>%Ln урок, всего %1</numerusform>
            <numerusform>%Ln урока, всего %1</numerusform>
            <numerusform>%Ln уроков, всего %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::workshop::SessionRunner</name>
    <message>
        <source>“%1” is not in this library (or its drive is unplugged).</source>
        <translation>«%1» нет в этой библиотеке (или отключён диск, на котором он находится).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plays tutorials offline, with subtitles.</source>
        <translation>Воспроизводит уроки без подключения к сети, с субтитрами.</translation>
    </message>
    <message>
        <source>Play FILE at once.</source>
        <translation>Сразу воспроизвести FILE.</translation>
    </message>
    <message>
        <source>Do not open a sound device.</source>
        <translation>Не открывать звуковое устройство.</translation>
    </message>
    <message>
        <source>Open FILE repeatedly and print timings.</source>
        <translation>Многократно открывать FILE и выводить замеры времени.</translation>
    </message>
    <message>
        <source>Benchmark runs.</source>
        <translation>Число прогонов теста производительности.</translation>
    </message>
    <message>
        <source>Benchmark: keep playing this long.</source>
        <translation>Тест производительности: длительность воспроизведения (в мс).</translation>
    </message>
    <message>
        <source>Show subtitles in LANG (ar, zh-Hans, en…).</source>
        <translation>Показывать субтитры на языке LANG (ar, zh-Hans, en…).</translation>
    </message>
    <message>
        <source>Also show subtitles in LANG, at the top.</source>
        <translation>Дополнительно показывать субтитры на языке LANG вверху.</translation>
    </message>
    <message>
        <source>A video to play.</source>
        <translation>Видео для воспроизведения.</translation>
    </message>
</context>
</TS>
