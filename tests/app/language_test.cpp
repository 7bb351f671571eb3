// The interface language: View ▸ Language switches the whole window at run time (texts from the real embedded .qm
// files, the layout direction, number formats) and the choice is remembered.
#include "catch.h"
#include "guitestutil.h"
#include "testutil.h"

#include "app/application.h"
#include "app/interfacelanguage.h"
#include "app/mainwindow.h"
#include "app/playerpage.h"
#include "app/seekslider.h"
#include "app/settings.h"
#include "app/subtitletracks.h"
#include "app/transportbar.h"

#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QToolButton>

using namespace cairn::app;
using cairn::test::waitFor;

namespace {
constexpr const char *kMainWindow = "cairn::app::MainWindow";
constexpr const char *kMenuTitles[] = {"&Library", "&View", "&Playback", "&Subtitles", "&Help"};

Application::Options options()
{
    cairn::test::clearSettings();
    Application::Options o;
    o.audio = false;
    o.playFile = QStringLiteral("/nonexistent/never-opened.mp4"); // standalone: no library index needed
    return o;
}

/// Picks `code` ("" = system default) in View ▸ Language, as a user would, and lets the posted
/// QEvent::LanguageChange reach every widget.
void chooseLanguage(MainWindow *w, const QString &code)
{
    QAction *choice = nullptr;
    for (QAction *a : w->languageMenu()->actions())
        if (a->isCheckable() && a->data().toString() == code)
            choice = a;
    REQUIRE(choice);
    choice->trigger();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

QStringList menuTitles(MainWindow *w)
{
    QStringList out;
    for (QAction *a : w->menuBar()->actions())
        out << a->text();
    return out;
}

QStringList translatedTitles()
{
    QStringList out;
    for (const char *source : kMenuTitles)
        out << QCoreApplication::translate(kMainWindow, source);
    return out;
}

QStringList sourceTitles()
{
    QStringList out;
    for (const char *source : kMenuTitles)
        out << QString::fromUtf8(source);
    return out;
}

/// Leaves the process as the other tests expect it: system language (C → English), left to right.
struct RestoreLanguage
{
    ~RestoreLanguage()
    {
        saveInterfaceLanguage({});
        applyInterfaceLanguage({});
    }
};
} // namespace

TEST_CASE("the Language menu switches the menus to French at run time and back to English", "[gui]")
{
    RestoreLanguage restore;
    Application app(options());
    MainWindow *w = app.window();
    REQUIRE(menuTitles(w) == sourceTitles());

    chooseLanguage(w, QStringLiteral("fr"));
    CHECK(interfaceLanguage() == QStringLiteral("fr"));
    CHECK(QLocale().language() == QLocale::French);
    const QStringList french = translatedTitles();
    CHECK(menuTitles(w) == french);
    // The real embedded cairn_fr.qm is loaded: at least one menu title is really French.
    CHECK(french != sourceTitles());
    // Widgets deeper down retranslate too: a transport button's accessible name.
    const QString back10 = QCoreApplication::translate("cairn::app::TransportBar", "Back 10 seconds");
    bool found = false;
    for (QToolButton *b : w->playerPage()->transport()->findChildren<QToolButton *>())
        found = found || b->accessibleName() == back10;
    CHECK(found);
    CHECK(w->windowTitle() == QCoreApplication::translate(kMainWindow, "Cairn"));
    CHECK(w->layoutDirection() == Qt::LeftToRight);

    chooseLanguage(w, QStringLiteral("en"));
    CHECK(menuTitles(w) == sourceTitles());
    CHECK(QLocale().language() == QLocale::English);
}

TEST_CASE("Arabic lays the window out right to left while the seek bar and the transport keep the timeline direction",
          "[gui]")
{
    RestoreLanguage restore;
    Application app(options());
    MainWindow *w = app.window();
    w->resize(900, 600);
    w->show();
    REQUIRE(waitFor([&] { return w->isVisible(); }, 5000));

    chooseLanguage(w, QStringLiteral("ar"));
    CHECK(QGuiApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(w->layoutDirection() == Qt::RightToLeft);
    CHECK(w->menuBar()->isRightToLeft());
    TransportBar *transport = w->playerPage()->transport();
    CHECK(transport->seekSlider()->layoutDirection() == Qt::LeftToRight);
    CHECK(transport->layoutDirection() == Qt::LeftToRight);
    // The menus under the transport are windows of their own and mirror with the interface.
    CHECK(transport->subtitleMenu()->isRightToLeft());
    CHECK(menuTitles(w) == translatedTitles());
    // Numbers and durations in the locale's digits.
    CHECK(QLocale().language() == QLocale::Arabic);
    CHECK(formatTime(65000) == QLocale().toString(1) + QLatin1Char(':') + QLocale().toString(0) + QLocale().toString(5));
    CHECK(interfaceLanguage() == QStringLiteral("ar"));

    chooseLanguage(w, QStringLiteral("zh_CN"));
    CHECK(w->layoutDirection() == Qt::LeftToRight);
    CHECK(interfaceLanguage() == QStringLiteral("zh-Hans"));
    CHECK(formatTime(65000) == QStringLiteral("1:05"));
}

TEST_CASE("the interface language is remembered and System default forgets it", "[gui]")
{
    RestoreLanguage restore;
    {
        Application app(options());
        CHECK(savedInterfaceLanguage().isEmpty());
        chooseLanguage(app.window(), QStringLiteral("ru"));
        CHECK(QSettings().value(QStringLiteral("interface/language")).toString() == QStringLiteral("ru"));
    }
    // The next start (the settings are not cleared this time) comes up in Russian with Русский checked.
    applyInterfaceLanguage(savedInterfaceLanguage());
    Application::Options o;
    o.audio = false;
    o.playFile = QStringLiteral("/nonexistent/never-opened.mp4");
    Application again(o);
    CHECK(QLocale().language() == QLocale::Russian);
    CHECK(menuTitles(again.window()) == translatedTitles());
    QAction *checked = nullptr;
    for (QAction *a : again.window()->languageMenu()->actions())
        if (a->isChecked())
            checked = a;
    REQUIRE(checked);
    CHECK(checked->text() == QStringLiteral("Русский"));

    chooseLanguage(again.window(), QString());
    CHECK_FALSE(QSettings().contains(QStringLiteral("interface/language")));
    CHECK(interfaceLanguage() == QStringLiteral("en")); // the tests run with LC_ALL=C.UTF-8
}

TEST_CASE("subtitles follow the interface language until the user picks one, then keep the pick", "[gui][slow]")
{
    RestoreLanguage restore;
    using Slot = SubtitleTracks::Slot;
    Application::Options o = options();
    o.playFile = cairn::test::dataPath(QStringLiteral("player/lesson-1.mp4")); // ar, en, fr, zh-Hans sidecars
    Application app(o);
    app.start();
    SubtitleTracks *tracks = app.tracks();
    REQUIRE(waitFor([&] { return tracks->count() > 0 && !tracks->isLoading(); }, 10000));
    CHECK(tracks->language(Slot::Primary) == QStringLiteral("en")); // C locale: English

    // Switching the interface to Arabic switches the subtitles of the playing tutorial to Arabic.
    chooseLanguage(app.window(), QStringLiteral("ar"));
    CHECK(tracks->language(Slot::Primary) == QStringLiteral("ar"));
    CHECK(tracks->preferredLanguages() == QStringList{QStringLiteral("ar"), QStringLiteral("en")});

    // The user picks French in the subtitle menu: from now on the interface language no longer moves it.
    int french = -1;
    for (int i = 0; i < tracks->count(); ++i)
        if (tracks->track(i).source.language == QStringLiteral("fr"))
            french = i;
    REQUIRE(french >= 0);
    QAction *frenchAction = nullptr;
    for (QAction *a : app.window()->playerPage()->transport()->subtitleMenu()->actions())
        if (a->text() == tracks->displayName(french))
            frenchAction = a;
    REQUIRE(frenchAction);
    frenchAction->trigger();
    CHECK(tracks->language(Slot::Primary) == QStringLiteral("fr"));
    chooseLanguage(app.window(), QStringLiteral("ru"));
    CHECK(tracks->language(Slot::Primary) == QStringLiteral("fr"));
    CHECK(tracks->preferredLanguages().constFirst() == QStringLiteral("fr"));
}

TEST_CASE("an automatic subtitle pick is not saved as the user's preference", "[gui]")
{
    RestoreLanguage restore;
    {
        Application app(options());
        CHECK_FALSE(app.window() == nullptr);
    } // quits: settings are saved
    CHECK_FALSE(QSettings().contains(QStringLiteral("subtitles/languages")));
    saveInterfaceLanguage(QStringLiteral("es"));
    applyInterfaceLanguage(QStringLiteral("es"));
    CHECK(Settings::load().subtitleLanguages == QStringList{QStringLiteral("es"), QStringLiteral("en")});
}

TEST_CASE("titles and subtitles follow the system language even where the menus fall back to English", "[gui]")
{
    // What applyInterfaceLanguage({}) records for a German, a Taiwanese and a C system.
    CHECK(contentLanguageOf(QLocale(QStringLiteral("de_DE"))) == QStringLiteral("de"));
    CHECK(contentLanguageOf(QLocale(QStringLiteral("zh_TW"))) == QStringLiteral("zh-Hant"));
    CHECK(contentLanguageOf(QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("zh-Hans"));
    CHECK(contentLanguageOf(QLocale::c()) == QStringLiteral("en"));
    // And the interface in use: the tests run with LC_ALL=C.UTF-8, so English menus and English content.
    RestoreLanguage restore;
    applyInterfaceLanguage({});
    CHECK(interfaceLanguage() == QStringLiteral("en"));
}

TEST_CASE("settings from before the choice was recorded: a saved default order still follows the interface",
          "[gui]")
{
    RestoreLanguage restore;
    cairn::test::clearSettings();
    applyInterfaceLanguage({});
    QSettings().setValue(QStringLiteral("subtitles/languages"), defaultSubtitleLanguages()); // what 0.1 wrote
    CHECK_FALSE(Settings::load().subtitleLanguagesChosen);
    QSettings().setValue(QStringLiteral("subtitles/languages"), QStringList{QStringLiteral("fr"), QStringLiteral("en")});
    const Settings chosen = Settings::load();
    CHECK(chosen.subtitleLanguagesChosen);
    CHECK(chosen.subtitleLanguages.constFirst() == QStringLiteral("fr"));
    cairn::test::clearSettings();
}
