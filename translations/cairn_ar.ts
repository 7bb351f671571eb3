<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>the track could not be read from the video</source>
        <translation>تعذّرت قراءة مسار الترجمة النصية من الفيديو</translation>
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
        <translation>cairn-cli: %1 ليس مجلدًا.</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to scan. Give one: cairn-cli scan FOLDER</source>
        <translation>cairn-cli: لا توجد مجلدات لفحصها. حدّد مجلدًا: cairn-cli scan FOLDER</translation>
    </message>
    <message>
        <source>Scanning %1/%2: %3</source>
        <translation>جارٍ الفحص %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s) scanned</source>
        <translation>
            <numerusform>تم فحص %Ln مقطع فيديو</numerusform>
            <numerusform>تم فحص مقطع فيديو واحد</numerusform>
            <numerusform>تم فحص مقطعَي فيديو</numerusform>
            <numerusform>تم فحص %Ln مقاطع فيديو</numerusform>
            <numerusform>تم فحص %Ln مقطع فيديو</numerusform>
            <numerusform>تم فحص %Ln مقطع فيديو</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 missing, %5 with errors (%6 s)</source>
        <translation>مُضاف: %1، مُحدَّث: %2، دون تغيير: %3، مفقود: %4، به أخطاء: %5 (%6 ث)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(مفقود)</translation>
    </message>
    <message>
        <source>(cannot play: %1)</source>
        <translation>(يتعذّر التشغيل: %1)</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>لا توجد نتائج لـ «%1».</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to verify. Give one: cairn-cli verify FOLDER</source>
        <translation>cairn-cli: لا توجد مجلدات للتحقق منها. حدّد مجلدًا: cairn-cli verify FOLDER</translation>
    </message>
    <message>
        <source>%1: no cairn.json manifest, nothing to verify.</source>
        <translation>%1: لا يوجد ملف بيان cairn.json، لا شيء للتحقق منه.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>%1 of %2 files match their checksums</source>
        <translation>عدد الملفات المطابقة لمجاميعها الاختبارية: %1 من %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>مفقود: %1</translation>
    </message>
    <message>
        <source>damaged or changed (checksum differs): %1</source>
        <translation>تالف أو معدَّل (المجموع الاختباري مختلف): %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>غير قابل للقراءة: %1</translation>
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation>غير مُدرج في ملف البيان: %1</translation>
    </message>
    <message>
        <source>cairn-cli: %1: no such file.</source>
        <translation>cairn-cli: %1: لا يوجد ملف بهذا الاسم.</translation>
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
        <translation>الاستخدام: cairn-cli [--db PATH] [--json] COMMAND [ARGS]

الأوامر:
  scan [FOLDER...]     فهرسة مجلدات الدروس التعليمية (كل المجلدات المعروفة إن لم يُحدَّد أيّ مجلد)
  list                 سرد الدروس التعليمية المفهرسة
  search QUERY         البحث في العناوين وفي كل ما يُقال في الترجمات النصية
  verify [FOLDER...]   التحقق من الحزم باستخدام المجاميع الاختبارية الموجودة في ملف cairn.json الخاص بها
  subtitles FILE       طباعة ملف ترجمة نصية (SRT أو WebVTT) بصيغة JSON

الخيارات:
  --db PATH            قاعدة بيانات الفهرس (الافتراضية: قاعدة بيانات المشغّل، %1)
  --json               مخرجات قابلة للمعالجة آليًا
  --lang LANG          search، list: الترجمة النصية بهذه اللغة فقط (ar، zh، en، fr، ru، es، ...)
  --limit N            search: عدد النتائج N على الأكثر (الافتراضي 50)
  --system             scan: وسم المجلدات بأنها على مستوى النظام (للقراءة فقط للمستخدمين)
  --no-thumbnails      scan: عدم إنشاء صور مصغّرة
  -q, --quiet          عدم عرض التقدّم أو الملخّص
  -h, --help           عرض هذه المساعدة
  -v, --version        عرض الإصدار

رموز الخروج: 0 نجاح، 1 وُجدت مشكلات (فشل التحقق، أو تعذّرت قراءة ملف الترجمة النصية)،
2 خطأ في الاستخدام، 3 تعذّر استخدام قاعدة البيانات (مقفلة، أو من إصدار أحدث، أو القرص ممتلئ).
لا يستخدم Cairn الشبكة أبدًا.
</translation>
    </message>
    <message>
        <source>cairn-cli: --limit takes a positive number.</source>
        <translation>cairn-cli: يتطلب الخيار --limit عددًا موجبًا.</translation>
    </message>
    <message>
        <source>cairn-cli: search needs a query, e.g. cairn-cli search &quot;learning city&quot;</source>
        <translation>cairn-cli: يتطلب الأمر search عبارة بحث، مثل: cairn-cli search &quot;learning city&quot;</translation>
    </message>
    <message>
        <source>cairn-cli: subtitles needs exactly one FILE.</source>
        <translation>cairn-cli: يتطلب الأمر subtitles ملفًا واحدًا بالضبط (FILE).</translation>
    </message>
    <message>
        <source>cairn-cli: unknown command &quot;%1&quot;.</source>
        <translation>cairn-cli: أمر غير معروف «%1».</translation>
    </message>
</context>
<context>
    <name>cairn::app::Application</name>
    <message numerus="yes">
        <source>%Ln tutorials in the library</source>
        <translation>
            <numerusform>لا توجد دروس تعليمية في المكتبة</numerusform>
            <numerusform>درس تعليمي واحد في المكتبة</numerusform>
            <numerusform>درسان تعليميان في المكتبة</numerusform>
            <numerusform>%Ln دروس تعليمية في المكتبة</numerusform>
            <numerusform>%Ln درسًا تعليميًا في المكتبة</numerusform>
            <numerusform>%Ln درس تعليمي في المكتبة</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder of tutorials</source>
        <translation>اختر مجلدًا للدروس التعليمية</translation>
    </message>
    <message>
        <source>Remove a folder</source>
        <translation>إزالة مجلد</translation>
    </message>
    <message>
        <source>Stop showing the tutorials of this folder (no file is deleted):</source>
        <translation>التوقف عن عرض الدروس التعليمية الموجودة في هذا المجلد (لن يُحذف أي ملف):</translation>
    </message>
    <message>
        <source>Where is “%1” now?</source>
        <translation>أين يوجد «%1» الآن؟</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>مقاطع الفيديو (%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Added %1 to the library.</source>
        <translation>تمت إضافة %1 إلى المكتبة.</translation>
    </message>
    <message>
        <source>Locate file…</source>
        <translation>تحديد موقع الملف…</translation>
    </message>
    <message>
        <source>%1 could not be added to the library.</source>
        <translation>تعذّرت إضافة %1 إلى المكتبة.</translation>
    </message>
    <message>
        <source>Resuming at %1, where you stopped.</source>
        <translation>يُستأنف التشغيل من %1، حيث توقفت.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>التشغيل من البداية</translation>
    </message>
</context>
<context>
    <name>cairn::app::AudienceWindow</name>
    <message>
        <source>Cairn — audience</source>
        <translation>Cairn — الجمهور</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>شاشة الجمهور</translation>
    </message>
</context>
<context>
    <name>cairn::app::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Space or K</source>
        <translation>مسافة أو K</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>تشغيل أو إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Left / Right arrow</source>
        <translation>السهم الأيسر / الأيمن</translation>
    </message>
    <message>
        <source>Back or forward 5 seconds</source>
        <translation>رجوع أو تقديم 5 ثوانٍ</translation>
    </message>
    <message>
        <source>J / L</source>
        <translation>J / L</translation>
    </message>
    <message>
        <source>Back or forward 10 seconds</source>
        <translation>رجوع أو تقديم 10 ثوانٍ</translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation>‎[ / ]‎</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>أبطأ / أسرع</translation>
    </message>
    <message>
        <source>Up / Down arrow</source>
        <translation>السهم العلوي / السفلي</translation>
    </message>
    <message>
        <source>Volume up / down</source>
        <translation>رفع / خفض مستوى الصوت</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Next subtitle language, then off</source>
        <translation>لغة الترجمة النصية التالية، ثم إيقافها</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave fullscreen, close this help</source>
        <translation>الخروج من ملء الشاشة، وإغلاق هذه المساعدة</translation>
    </message>
    <message>
        <source>N / P</source>
        <translation>N / P</translation>
    </message>
    <message>
        <source>Next / previous tutorial</source>
        <translation>الدرس التعليمي التالي / السابق</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? أو F1</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>إظهار هذه المساعدة أو إخفاؤها</translation>
    </message>
</context>
<context>
    <name>cairn::app::LibraryPage</name>
    <message>
        <source>Not yet watched</source>
        <translation>لم تُشاهَد بعد</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Search titles and everything said in the tutorials</source>
        <translation>ابحث في العناوين وفي كل ما يُقال في الدروس التعليمية</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation>لغة الترجمة النصية</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>الدروس التعليمية</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Looking for tutorials…</source>
        <translation>جارٍ البحث عن الدروس التعليمية…</translation>
    </message>
    <message>
        <source>Looking for tutorials… %1 of %2</source>
        <translation>جارٍ البحث عن الدروس التعليمية… %1 من %2</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>كل السلاسل</translation>
    </message>
    <message>
        <source>Any subtitle language</source>
        <translation>أي لغة للترجمة النصية</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>لم يُعثر على أي نتيجة لـ «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places found</source>
        <translation>
            <numerusform>لم يُعثر على أي موضع</numerusform>
            <numerusform>تم العثور على موضع واحد</numerusform>
            <numerusform>تم العثور على موضعين</numerusform>
            <numerusform>تم العثور على %Ln مواضع</numerusform>
            <numerusform>تم العثور على %Ln موضعًا</numerusform>
            <numerusform>تم العثور على %Ln موضع</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutorials yet. Use Library ▸ Add a folder of tutorials… to choose where your videos are.</source>
        <translation>لا توجد دروس تعليمية بعد. استخدم «المكتبة ◂ إضافة مجلد دروس تعليمية…» لتحديد مكان مقاطع الفيديو لديك.</translation>
    </message>
    <message>
        <source>No tutorial matches these filters.</source>
        <translation>لا يوجد درس تعليمي يطابق عوامل التصفية هذه.</translation>
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
        <translation>&amp;المكتبة</translation>
    </message>
    <message>
        <source>&amp;Add a folder of tutorials…</source>
        <translation>&amp;إضافة مجلد دروس تعليمية…</translation>
    </message>
    <message>
        <source>&amp;Remove a folder…</source>
        <translation>إ&amp;زالة مجلد…</translation>
    </message>
    <message>
        <source>Look for &amp;new and changed files</source>
        <translation>البحث &amp;عن الملفات الجديدة والمعدَّلة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>ا&amp;لمشغّل</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>النص الكامل</translation>
    </message>
    <message>
        <source>&amp;Fullscreen (F)</source>
        <translation>&amp;ملء الشاشة (F)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;تشغيل</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>تشغيل أو إيقاف مؤقت (مسافة)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>التشغيل من البداية</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>رجوع 10 ثوانٍ (J)</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>رجوع 5 ثوانٍ (السهم الأيسر)</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>تقديم 5 ثوانٍ (السهم الأيمن)</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>تقديم 10 ثوانٍ (L)</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>الدرس التعليمي التالي (N)</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>الدرس التعليمي السابق (P)</translation>
    </message>
    <message>
        <source>Play the next tutorial automatically</source>
        <translation>تشغيل الدرس التعليمي التالي تلقائيًا</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>التر&amp;جمة النصية</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;أكبر</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>أ&amp;صغر</translation>
    </message>
    <message>
        <source>Show 0.1 s later</source>
        <translation>إظهار متأخرًا 0.1 ث</translation>
    </message>
    <message>
        <source>Show 0.1 s earlier</source>
        <translation>إظهار مبكرًا 0.1 ث</translation>
    </message>
    <message>
        <source>Swap top and bottom languages</source>
        <translation>تبديل اللغتين العلوية والسفلية</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (?)</source>
        <translation>&amp;اختصارات لوحة المفاتيح (?)</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>&amp;حول Cairn</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>حول Cairn</translation>
    </message>
    <message>
        <source>Cairn %1
Plays tutorials offline, with subtitles in the six UN languages.</source>
        <translation>Cairn %1
يشغّل الدروس التعليمية دون اتصال بالإنترنت، مع ترجمات نصية باللغات الرسمية الست للأمم المتحدة.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام الافتراضية</translation>
    </message>
    <message>
        <source>&amp;Workshop sessions…</source>
        <translation>&amp;جلسات ورشة العمل…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
</context>
<context>
    <name>cairn::app::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>إغلاق الرسالة</translation>
    </message>
</context>
<context>
    <name>cairn::app::PlayerPage</name>
    <message>
        <source>Player</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)</source>
        <translation>%1 — %2 (%3 من %4)</translation>
    </message>
</context>
<context>
    <name>cairn::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>الواجهة</translation>
    </message>
    <message>
        <source>&amp;Language of menus and messages:</source>
        <translation>&amp;لغة القوائم والرسائل:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام الافتراضية</translation>
    </message>
    <message>
        <source>Subtitle languages</source>
        <translation>لغات الترجمة النصية</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Main subtitles</source>
        <translation>الترجمة النصية الرئيسية</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>اللغة الثانية</translation>
    </message>
    <message>
        <source>Text size (% of the picture height):</source>
        <translation>حجم النص (% من ارتفاع الصورة):</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>الموضع:</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>أسفل</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Dark box behind the text (else an outline)</source>
        <translation>مربع داكن خلف النص (وإلا فإطار حول الحروف)</translation>
    </message>
    <message>
        <source>Play the next tutorial of a series automatically</source>
        <translation>تشغيل الدرس التعليمي التالي من السلسلة تلقائيًا</translation>
    </message>
    <message>
        <source>&amp;Show subtitles in the first ticked language that a tutorial has. Move a language up to prefer it.</source>
        <translation>&amp;تُعرض الترجمة النصية بأول لغة محدَّدة متوفرة في الدرس التعليمي. انقل لغةً إلى الأعلى لتفضيلها.</translation>
    </message>
</context>
<context>
    <name>cairn::app::PresenterWindow</name>
    <message>
        <source>Cairn — presenting “%1”</source>
        <translation>Cairn — عرض «%1»</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>ما يراه الحاضرون</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>End the discussion: hide the card and play on (Space)</source>
        <translation>إنهاء النقاش: إخفاء البطاقة ومتابعة التشغيل (مسافة)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>شاشة سوداء</translation>
    </message>
    <message>
        <source>Black audience screen (B)</source>
        <translation>تسويد شاشة الجمهور (B)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>تجميد</translation>
    </message>
    <message>
        <source>Keep the audience picture still (F)</source>
        <translation>تثبيت الصورة على شاشة الجمهور (F)</translation>
    </message>
    <message>
        <source>Audience screen:</source>
        <translation>شاشة الجمهور:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>بدء العرض</translation>
    </message>
    <message>
        <source>Subtitles on the audience screen</source>
        <translation>الترجمة النصية على شاشة الجمهور</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>اللغة الأولى</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>اللغة الثانية</translation>
    </message>
    <message>
        <source> % of the height</source>
        <translation> % من الارتفاع</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>أعلى</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>أسفل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Paused for discussion. Space or Continue plays on.</source>
        <translation>متوقف مؤقتًا للنقاش. اضغط مسافة أو «متابعة» لمواصلة التشغيل.</translation>
    </message>
    <message>
        <source>End of this item. Page Down or Space for the next one.</source>
        <translation>انتهت هذه الفقرة. اضغط Page Down أو مسافة للانتقال إلى الفقرة التالية.</translation>
    </message>
    <message>
        <source>End of the session.</source>
        <translation>انتهت الجلسة.</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>إيقاف العرض</translation>
    </message>
    <message>
        <source>This is the last item.</source>
        <translation>هذه هي الفقرة الأخيرة.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>الشاشة %1</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>New screen %1: the audience view moved there.</source>
        <translation>شاشة جديدة %1: نُقل عرض الجمهور إليها.</translation>
    </message>
    <message>
        <source>The audience screen was unplugged: the room&apos;s view is now on this screen (Esc hides it).</source>
        <translation>فُصلت شاشة الجمهور: صار عرض الحاضرين الآن على هذه الشاشة (Esc لإخفائه).</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 من %2: %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>التالي: نهاية الجلسة</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>نقاط التوقف</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln item(s). Press Present (F5).</source>
        <translation>
            <numerusform>جاهز: لا توجد فقرات. اضغط «بدء العرض» (F5).</numerusform>
            <numerusform>جاهز: فقرة واحدة. اضغط «بدء العرض» (F5).</numerusform>
            <numerusform>جاهز: فقرتان. اضغط «بدء العرض» (F5).</numerusform>
            <numerusform>جاهز: %Ln فقرات. اضغط «بدء العرض» (F5).</numerusform>
            <numerusform>جاهز: %Ln فقرة. اضغط «بدء العرض» (F5).</numerusform>
            <numerusform>جاهز: %Ln فقرة. اضغط «بدء العرض» (F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>الجلسة: %1</translation>
    </message>
    <message>
        <source>Elapsed %1 · Remaining %2
Session remaining %3</source>
        <translation>المنقضي %1 · المتبقي %2
المتبقي من الجلسة %3</translation>
    </message>
</context>
<context>
    <name>cairn::app::SeekSlider</name>
    <message>
        <source>Position in the video</source>
        <translation>الموضع في الفيديو</translation>
    </message>
</context>
<context>
    <name>cairn::app::SessionEditorDialog</name>
    <message>
        <source>Workshop sessions</source>
        <translation>جلسات ورشة العمل</translation>
    </message>
    <message>
        <source>The session plans cannot be opened: %1</source>
        <translation>يتعذّر فتح خطط الجلسات: %1</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>الخطط</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>اسم الجلسة</translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation>اسحب لتغيير الترتيب</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation>ملاحظات للجلسة كلها</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>البدء عند</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>التوقف عند</translation>
    </message>
    <message>
        <source>First subtitle language</source>
        <translation>لغة الترجمة النصية الأولى</translation>
    </message>
    <message>
        <source>Second subtitle language</source>
        <translation>لغة الترجمة النصية الثانية</translation>
    </message>
    <message>
        <source>At</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Discussion prompt</source>
        <translation>سؤال للنقاش</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>نقاط التوقف</translation>
    </message>
    <message>
        <source>Add pause point</source>
        <translation>إضافة نقطة توقف</translation>
    </message>
    <message>
        <source>Remove pause point</source>
        <translation>إزالة نقطة التوقف</translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation>هذه الملاحظات تظهر لك وحدك</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>ملاحظات المدرّب</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>طباعة نشرة المشاركين…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>بدء العرض</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1 (بلا فقرات)</numerusform>
            <numerusform>%1 (فقرة واحدة)</numerusform>
            <numerusform>%1 (فقرتان)</numerusform>
            <numerusform>%1 (%Ln فقرات)</numerusform>
            <numerusform>%1 (%Ln فقرة)</numerusform>
            <numerusform>%1 (%Ln فقرة)</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>من %1</translation>
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
            <numerusform>%1  · بلا نقاط توقف</numerusform>
            <numerusform>%1  · نقطة توقف واحدة</numerusform>
            <numerusform>%1  · نقطتا توقف</numerusform>
            <numerusform>%1  · %Ln نقاط توقف</numerusform>
            <numerusform>%1  · %Ln نقطة توقف</numerusform>
            <numerusform>%1  · %Ln نقطة توقف</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this library</source>
        <translation>غير موجود في هذه المكتبة</translation>
    </message>
    <message>
        <source>As the player prefers</source>
        <translation>حسب تفضيل المشغّل</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>تعذّر حفظ الخطة: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1. Copy it with the videos; Cairn finds them on the other computer.</source>
        <translation>تم التصدير إلى %1. انسخه مع مقاطع الفيديو، وسيعثر عليها Cairn على الحاسوب الآخر.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 of %3 videos found in this library.</source>
        <translation>تم استيراد «%1»: عُثر في هذه المكتبة على %2 من أصل %3 من مقاطع الفيديو.</translation>
    </message>
    <message>
        <source>%1 Not found: %2. Add the folder that holds them to the library, then import again.</source>
        <translation>%1 مقاطع لم يُعثر عليها: %2. أضف المجلد الذي يحتويها إلى المكتبة، ثم أعد الاستيراد.</translation>
    </message>
    <message>
        <source>Handout written to %1.</source>
        <translation>تم حفظ نشرة المشاركين في %1.</translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation>استيراد جلسة</translation>
    </message>
    <message>
        <source>Cairn sessions (*.%1)</source>
        <translation>جلسات Cairn (*.%1)</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>تصدير الجلسة</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>طباعة نشرة المشاركين</translation>
    </message>
    <message>
        <source>Transcript language</source>
        <translation>لغة النص الكامل</translation>
    </message>
    <message>
        <source>Second language (side by side)</source>
        <translation>لغة ثانية (جنبًا إلى جنب)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>تضمين ملاحظاتي</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>حفظ نشرة المشاركين</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>حذف الخطة</translation>
    </message>
    <message>
        <source>Delete the plan “%1”?</source>
        <translation>هل تريد حذف الخطة «%1»؟</translation>
    </message>
</context>
<context>
    <name>cairn::app::SubtitleTracks</name>
    <message>
        <source>Some subtitles could not be read (%1).</source>
        <translation>تعذّرت قراءة بعض الترجمات النصية (%1).</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>لغة غير معروفة</translation>
    </message>
    <message>
        <source>for the hard of hearing</source>
        <translation>لضعاف السمع</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>إجبارية</translation>
    </message>
    <message>
        <source>in the video</source>
        <translation>مضمّنة في الفيديو</translation>
    </message>
</context>
<context>
    <name>cairn::app::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation>النص الكامل</translation>
    </message>
    <message>
        <source>Filter the transcript</source>
        <translation>تصفية النص الكامل</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>أسطر النص الكامل</translation>
    </message>
    <message>
        <source>Choose subtitles to see the transcript.</source>
        <translation>اختر ترجمة نصية لعرض النص الكامل.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>cairn::app::TransportBar</name>
    <message>
        <source>Playback controls</source>
        <translation>عناصر التحكم في التشغيل</translation>
    </message>
    <message>
        <source>Previous tutorial</source>
        <translation>الدرس التعليمي السابق</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>الدرس التعليمي السابق (P)</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 ث</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>رجوع 10 ثوانٍ</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>رجوع 10 ثوانٍ (J)</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 ث</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>رجوع 5 ثوانٍ</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left arrow)</source>
        <translation>رجوع 5 ثوانٍ (السهم الأيسر)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>تشغيل أو إيقاف مؤقت (مسافة، K)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 ث</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>تقديم 5 ثوانٍ</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right arrow)</source>
        <translation>تقديم 5 ثوانٍ (السهم الأيمن)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 ث</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>تقديم 10 ثوانٍ</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>تقديم 10 ثوانٍ (L)</translation>
    </message>
    <message>
        <source>Next tutorial</source>
        <translation>الدرس التعليمي التالي</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>الدرس التعليمي التالي (N)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>سرعة التشغيل (⁦[⁩ أبطأ، ⁦]⁩ أسرع)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>السرعة</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>كتم الصوت (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Volume (Up and Down arrows)</source>
        <translation>مستوى الصوت (السهمان العلوي والسفلي)</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>الترجمة النصية</translation>
    </message>
    <message>
        <source>Choose subtitles (C cycles)</source>
        <translation>اختيار الترجمة النصية (C للتبديل بينها)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>النص الكامل</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>إظهار النص الكامل</translation>
    </message>
    <message>
        <source>Show the transcript beside the video</source>
        <translation>إظهار النص الكامل بجانب الفيديو</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>Fullscreen (F, Esc to leave)</source>
        <translation>ملء الشاشة (F، للخروج: Esc)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>إلغاء كتم الصوت</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>اللغة الثانية</translation>
    </message>
</context>
<context>
    <name>cairn::app::TutorialDelegate</name>
    <message>
        <source>File not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>✓ Watched</source>
        <translation>✓ تمت المشاهدة</translation>
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
        <translation>الفيديو</translation>
    </message>
</context>
<context>
    <name>cairn::db</name>
    <message>
        <source>The library index was damaged. It was moved aside to %1 and will be rebuilt by the next scan; your progress is kept.</source>
        <translation>كان فهرس المكتبة تالفًا، فنُقل جانبًا إلى %1 وسيُعاد بناؤه في الفحص التالي؛ وقد حُفظ تقدّمك.</translation>
    </message>
    <message>
        <source>Your progress database was damaged. It was moved aside to %1 (nothing was deleted) and a new one was started.</source>
        <translation>كانت قاعدة بيانات تقدّمك تالفة، فنُقلت جانبًا إلى %1 (لم يُحذف شيء) وبُدئت قاعدة بيانات جديدة.</translation>
    </message>
    <message>
        <source>The library database %1 was made by a newer version of Cairn (schema %2, this version knows %3). Update Cairn; the file was left untouched.</source>
        <translation>أُنشئت قاعدة بيانات المكتبة %1 بإصدار أحدث من Cairn (المخطط %2، وهذا الإصدار يعرف %3). حدِّث Cairn؛ لم يُمَسّ الملف.</translation>
    </message>
</context>
<context>
    <name>cairn::library</name>
    <message>
        <source>The library database %1 is locked by another program (is Cairn already running?).</source>
        <translation>قاعدة بيانات المكتبة %1 مقفلة من قِبل برنامج آخر (هل Cairn قيد التشغيل بالفعل؟).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start Cairn again.</source>
        <translation>القرص الذي يحتوي على %1 ممتلئ. حرِّر بعض المساحة ثم شغّل Cairn من جديد.</translation>
    </message>
    <message>
        <source>Cannot open the library database %1: the folder is not writable or does not exist.</source>
        <translation>يتعذّر فتح قاعدة بيانات المكتبة %1: المجلد غير قابل للكتابة أو غير موجود.</translation>
    </message>
    <message>
        <source>The library database %1 cannot be used: %2</source>
        <translation>يتعذّر استخدام قاعدة بيانات المكتبة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ليس مجلدًا.</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation>تتعذّر قراءة ملف البيان %1.</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON (%2).</source>
        <translation>ملف البيان %1 ليس JSON صالحًا (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Cairn manifest (missing &quot;format&quot;: &quot;cairn-manifest&quot;).</source>
        <translation>%1 ليس ملف بيان لـ Cairn (ينقصه &quot;format&quot;: &quot;cairn-manifest&quot;).</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied. It was skipped.</source>
        <translation>تتعذّر قراءة المجلد %1: تم رفض الإذن. تم تخطيه.</translation>
    </message>
    <message>
        <source>The folder %1 is not available (a drive unplugged?). Its tutorials are kept and marked missing until it is back.</source>
        <translation>المجلد %1 غير متاح (هل فُصل أحد محركات الأقراص؟). ستُحفظ دروسه التعليمية وتُوسَم بأنها مفقودة إلى أن يعود.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The disk is full: the scan stopped. What was indexed so far is kept; free some space and rescan.</source>
        <translation>القرص ممتلئ: توقف الفحص. حُفظ ما فُهرس حتى الآن؛ حرِّر بعض المساحة وأعد الفحص.</translation>
    </message>
    <message>
        <source>The library database is busy (another Cairn is writing to it). Try again.</source>
        <translation>قاعدة بيانات المكتبة مشغولة (نسخة أخرى من Cairn تكتب فيها). أعد المحاولة.</translation>
    </message>
    <message>
        <source>The library database failed: %1</source>
        <translation>حدث خطأ في قاعدة بيانات المكتبة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) in %1 are not valid UTF-8 (an archive from an older system?) and were skipped. Rename them to add them.</source>
        <translation>
            <numerusform>لا توجد أسماء غير صالحة في %1.</numerusform>
            <numerusform>اسم واحد في %1 ليس بترميز UTF-8 صالح (ربما من أرشيف نظام قديم؟) فتم تخطيه. أعِد تسميته لإضافته.</numerusform>
            <numerusform>اسمان في %1 ليسا بترميز UTF-8 صالح (ربما من أرشيف نظام قديم؟) فتم تخطيهما. أعِد تسميتهما لإضافتهما.</numerusform>
            <numerusform>%Ln أسماء في %1 ليست بترميز UTF-8 صالح (ربما من أرشيف نظام قديم؟) فتم تخطيها. أعِد تسميتها لإضافتها.</numerusform>
            <numerusform>%Ln اسمًا في %1 ليس بترميز UTF-8 صالح (ربما من أرشيف نظام قديم؟) فتم تخطيها. أعِد تسميتها لإضافتها.</numerusform>
            <numerusform>%Ln اسم في %1 ليس بترميز UTF-8 صالح (ربما من أرشيف نظام قديم؟) فتم تخطيها. أعِد تسميتها لإضافتها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::media</name>
    <message>
        <source>The file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that you have permission to open it.</source>
        <translation>تتعذّر قراءة الملف. تحقّق من أن لديك إذنًا بفتحه.</translation>
    </message>
    <message>
        <source>This is not a video or audio file.</source>
        <translation>هذا ليس ملف فيديو أو صوت.</translation>
    </message>
    <message>
        <source>The file contains no video or audio.</source>
        <translation>لا يحتوي الملف على فيديو أو صوت.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged. It may not have finished downloading or copying.</source>
        <translation>الملف غير مكتمل أو تالف. ربما لم يكتمل تنزيله أو نسخه.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It may not have finished downloading or copying.</source>
        <translation>الملف فارغ (0 بايت). ربما لم يكتمل تنزيله أو نسخه.</translation>
    </message>
    <message>
        <source>This subtitle format cannot be read.</source>
        <translation>تتعذّر قراءة تنسيق الترجمة النصية هذا.</translation>
    </message>
    <message>
        <source>The file is damaged or could not be read to the end; some subtitles may be missing.</source>
        <translation>الملف تالف أو تعذّرت قراءته حتى النهاية؛ قد تكون بعض الترجمات النصية مفقودة.</translation>
    </message>
</context>
<context>
    <name>cairn::playback::PlaybackController</name>
    <message>
        <source>No sound device was found: the video plays without sound.</source>
        <translation>لم يُعثر على جهاز صوت: سيُشغَّل الفيديو دون صوت.</translation>
    </message>
    <message>
        <source>Playback of “%1” keeps stopping. Try again in a moment, or restart Cairn.</source>
        <translation>يتوقف تشغيل «%1» باستمرار. أعد المحاولة بعد قليل، أو أعد تشغيل Cairn.</translation>
    </message>
    <message>
        <source>The video “%1” cannot be found. If it is on a USB stick or another drive, plug it in; if it was moved, locate it again.</source>
        <translation>يتعذّر العثور على الفيديو «%1». إن كان على ذاكرة USB أو محرك أقراص آخر، فقم بتوصيله بالحاسوب؛ وإن نُقل، فحدِّد موقعه من جديد.</translation>
    </message>
    <message>
        <source>“%1” needs a video or audio decoder that is not installed. On Debian or Ubuntu, install the package gstreamer1.0-libav, then open the video again.</source>
        <translation>يحتاج «%1» إلى مفكّك ترميز فيديو أو صوت غير مثبّت. على Debian أو Ubuntu، ثبّت الحزمة gstreamer1.0-libav، ثم افتح الفيديو من جديد.</translation>
    </message>
    <message>
        <source>“%1” cannot be played: the file is damaged, incomplete, or not a video.</source>
        <translation>يتعذّر تشغيل «%1»: الملف تالف أو غير مكتمل أو ليس فيديو.</translation>
    </message>
    <message>
        <source>“%1” stopped playing because of an error.</source>
        <translation>توقف تشغيل «%1» بسبب خطأ.</translation>
    </message>
    <message>
        <source>“%1” cannot show its picture: its video is %2, and the decoder for it is not installed. On Debian or Ubuntu, install the package %3, then open the video again.</source>
        <translation>لا يمكن عرض صورة «%1»: الفيديو بترميز %2، ومفكّك الترميز الخاص به غير مثبّت. على Debian أو Ubuntu، ثبّت الحزمة %3، ثم افتح الفيديو من جديد.</translation>
    </message>
</context>
<context>
    <name>cairn::subtitles</name>
    <message>
        <source>The file does not contain readable text (binary data or an unknown encoding).</source>
        <translation>لا يحتوي الملف على نص قابل للقراءة (بيانات ثنائية أو ترميز غير معروف).</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), not subtitle text.</source>
        <translation>يحتوي الملف على بيانات ثنائية (بايتات NUL)، لا على نص ترجمة نصية.</translation>
    </message>
    <message>
        <source>The text encoding of the file could not be recognised.</source>
        <translation>تعذّر التعرّف على ترميز نص الملف.</translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported on this system.</source>
        <translation>ترميز النص %1 غير مدعوم على هذا النظام.</translation>
    </message>
    <message>
        <source>line %1: malformed timing line, cue skipped</source>
        <translation>السطر %1: سطر توقيت غير سليم، تم تخطي عنصر الترجمة</translation>
    </message>
    <message>
        <source>line %1: cue ends before it starts, skipped</source>
        <translation>السطر %1: ينتهي عنصر الترجمة قبل أن يبدأ، تم تخطيه</translation>
    </message>
    <message>
        <source>line %1: unexpected text outside a cue skipped</source>
        <translation>السطر %1: تم تخطي نص غير متوقع خارج عناصر الترجمة</translation>
    </message>
    <message>
        <source>No subtitle timing line (&quot;--&gt;&quot;) found.</source>
        <translation>لم يُعثر على أي سطر توقيت للترجمة النصية (&quot;--&gt;&quot;).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>يتعذّر فتح %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a subtitle file (over 64 MiB).</source>
        <translation>%1 كبير جدًا على أن يكون ملف ترجمة نصية (أكبر من 64 MiB).</translation>
    </message>
    <message>
        <source>Not a WebVTT file: the first line must start with &quot;WEBVTT&quot;.</source>
        <translation>ليس ملف WebVTT: يجب أن يبدأ السطر الأول بـ &quot;WEBVTT&quot;.</translation>
    </message>
    <message>
        <source>line %1: malformed cue timing, cue skipped</source>
        <translation>السطر %1: توقيت عنصر الترجمة غير سليم، تم تخطيه</translation>
    </message>
    <message>
        <source>line %1: text outside of a cue ignored</source>
        <translation>السطر %1: تم تجاهل نص خارج عناصر الترجمة</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no dialogue line that can be shown.</source>
        <translation>لا يحتوي ملف ASS/SSA هذا على أي سطر حوار يمكن عرضه.</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no [Events] section.</source>
        <translation>لا يحتوي ملف ASS/SSA هذا على قسم [Events].</translation>
    </message>
</context>
<context>
    <name>cairn::workshop</name>
    <message>
        <source>Tutorial</source>
        <translation>الدرس التعليمي</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – end</source>
        <translation>%1 – النهاية</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>No transcript in the chosen languages.</source>
        <translation>لا يوجد نص كامل باللغات المختارة.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تتعذّر الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>This is not a Cairn session file (%1).</source>
        <translation>هذا ليس ملف جلسة لـ Cairn (%1).</translation>
    </message>
    <message>
        <source>This is not a Cairn session file.</source>
        <translation>هذا ليس ملف جلسة لـ Cairn.</translation>
    </message>
    <message>
        <source>This session was made by a newer version of Cairn (format %1). Update Cairn to open it.</source>
        <translation>أُنشئت هذه الجلسة بإصدار أحدث من Cairn (التنسيق %1). حدِّث Cairn لفتحها.</translation>
    </message>
</context>
<context>
    <name>cairn::workshop::Handout</name>
    <message numerus="yes">
        <source>%Ln tutorial(s), %1 in total</source>
        <translation>
            <numerusform>لا دروس تعليمية، المدة الإجمالية %1</numerusform>
            <numerusform>درس تعليمي واحد، المدة الإجمالية %1</numerusform>
            <numerusform>درسان تعليميان، المدة الإجمالية %1</numerusform>
            <numerusform>%Ln دروس تعليمية، المدة الإجمالية %1</numerusform>
            <numerusform>%Ln درسًا تعليميًا، المدة الإجمالية %1</numerusform>
            <numerusform>%Ln درس تعليمي، المدة الإجمالية %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::workshop::SessionRunner</name>
    <message>
        <source>“%1” is not in this library (or its drive is unplugged).</source>
        <translation>«%1» غير موجود في هذه المكتبة (أو أن محرك الأقراص الذي يحتويه مفصول).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plays tutorials offline, with subtitles.</source>
        <translation>يشغّل الدروس التعليمية دون اتصال بالإنترنت، مع ترجمات نصية.</translation>
    </message>
    <message>
        <source>Play FILE at once.</source>
        <translation>تشغيل FILE فورًا.</translation>
    </message>
    <message>
        <source>Do not open a sound device.</source>
        <translation>عدم فتح جهاز صوت.</translation>
    </message>
    <message>
        <source>Open FILE repeatedly and print timings.</source>
        <translation>فتح FILE مرارًا وطباعة التوقيتات.</translation>
    </message>
    <message>
        <source>Benchmark runs.</source>
        <translation>عدد مرات قياس الأداء.</translation>
    </message>
    <message>
        <source>Benchmark: keep playing this long.</source>
        <translation>قياس الأداء: مواصلة التشغيل طوال هذه المدة.</translation>
    </message>
    <message>
        <source>Show subtitles in LANG (ar, zh-Hans, en…).</source>
        <translation>إظهار الترجمة النصية باللغة LANG (ar، zh-Hans، en…).</translation>
    </message>
    <message>
        <source>Also show subtitles in LANG, at the top.</source>
        <translation>إظهار ترجمة نصية باللغة LANG أيضًا، في الأعلى.</translation>
    </message>
    <message>
        <source>A video to play.</source>
        <translation>فيديو لتشغيله.</translation>
    </message>
</context>
</TS>
