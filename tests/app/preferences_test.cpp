// Library ▸ Preferences…: the real dialog, driven through its widgets, applied to the real application.
#include "catch.h"
#include "guitestutil.h"
#include "testutil.h"

#include "app/application.h"
#include "app/interfacelanguage.h"
#include "app/mainwindow.h"
#include "app/preferencesdialog.h"
#include "app/settings.h"
#include "app/subtitletracks.h"
#include "playback/playbackcontroller.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

using namespace cairn::app;
using cairn::test::waitFor;
using Slot = SubtitleTracks::Slot;

namespace {
Application::Options options()
{
    cairn::test::clearSettings();
    Application::Options o;
    o.audio = false;
    o.playFile = cairn::test::dataPath(QStringLiteral("player/lesson-1.mp4")); // ar, en, fr, zh-Hans sidecars
    return o;
}

template <typename T> T *child(QWidget *dialog, const char *name)
{
    T *w = dialog->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

int rowOf(QListWidget *list, const QString &text)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == text)
            return i;
    return -1;
}

struct RestoreLanguage
{
    ~RestoreLanguage()
    {
        saveInterfaceLanguage({});
        applyInterfaceLanguage({});
    }
};
} // namespace

TEST_CASE("Preferences: French first, bigger text, no autoplay — applied at once and remembered", "[gui][slow]")
{
    RestoreLanguage restore;
    Application app(options());
    app.start();
    SubtitleTracks *tracks = app.tracks();
    REQUIRE(waitFor([&] { return tracks->count() > 0 && !tracks->isLoading(); }, 10000));
    REQUIRE(tracks->language(Slot::Primary) == QStringLiteral("en"));

    PreferencesDialog dialog(app.preferences(), app.window());
    auto *languages = child<QListWidget>(&dialog, "subtitleLanguages");
    // English (the default) is ticked first; the other UN languages are offered, each in its own name.
    REQUIRE(languages->count() == 6);
    CHECK(languages->item(0)->text() == QStringLiteral("English"));
    CHECK(languages->item(0)->checkState() == Qt::Checked);
    const int french = rowOf(languages, QStringLiteral("Français"));
    REQUIRE(french > 0);
    CHECK(languages->item(french)->checkState() == Qt::Unchecked);
    CHECK(rowOf(languages, QStringLiteral("العربية")) >= 0);

    // The user ticks French and moves it to the top with the button.
    languages->item(french)->setCheckState(Qt::Checked);
    languages->setCurrentRow(french);
    for (int i = 0; i < french; ++i)
        child<QPushButton>(&dialog, "moveUp")->click();
    CHECK(languages->item(0)->text() == QStringLiteral("Français"));
    child<QDoubleSpinBox>(&dialog, "primarySize")->setValue(8.0);
    child<QComboBox>(&dialog, "secondaryPlacement")->setCurrentIndex(0); // bottom
    child<QCheckBox>(&dialog, "autoplayNext")->setChecked(false);
    auto *ui = child<QComboBox>(&dialog, "interfaceLanguage");
    ui->setCurrentIndex(ui->findData(QStringLiteral("ru")));

    const Preferences chosen = dialog.preferences();
    CHECK(chosen.subtitleLanguages == QStringList{QStringLiteral("fr"), QStringLiteral("en")});
    app.applyPreferences(chosen);

    CHECK(tracks->language(Slot::Primary) == QStringLiteral("fr")); // at once, on the playing tutorial
    CHECK(tracks->style(Slot::Primary).sizePercent == 8.0);
    CHECK(tracks->style(Slot::Secondary).placement == SubtitleStyle::Placement::Bottom);
    CHECK_FALSE(app.controller()->autoplayNext());
    CHECK_FALSE(app.window()->autoplayAction()->isChecked());
    CHECK(interfaceLanguage() == QStringLiteral("ru"));

    // Remembered for the next start.
    const Settings saved = Settings::load();
    CHECK(saved.subtitleLanguagesChosen);
    CHECK(saved.subtitleLanguages.constFirst() == QStringLiteral("fr"));
    CHECK(saved.primaryStyle.sizePercent == 8.0);
    CHECK_FALSE(saved.autoplayNext);
    CHECK(savedInterfaceLanguage() == QStringLiteral("ru"));
}

TEST_CASE("Preferences: Library ▸ Preferences… opens the dialog, and Cancel changes nothing", "[gui]")
{
    RestoreLanguage restore;
    Application app(options());
    const Preferences before = app.preferences();
    bool shown = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        shown = dialog != nullptr;
        if (!dialog)
            return;
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("primarySize"))->setValue(11.0);
        dialog->findChild<QCheckBox *>(QStringLiteral("autoplayNext"))->setChecked(false);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    app.window()->preferencesAction()->trigger(); // modal: returns when the dialog closes
    CHECK(shown);
    CHECK(app.tracks()->style(Slot::Primary).sizePercent == before.primary.sizePercent);
    CHECK(app.controller()->autoplayNext());
    CHECK_FALSE(QSettings().contains(QStringLiteral("subtitles/languages")));
}

TEST_CASE("Preferences: Restore Defaults goes back to following the interface language", "[gui]")
{
    RestoreLanguage restore;
    Application app(options());
    Preferences chosen = app.preferences();
    chosen.subtitleLanguages = {QStringLiteral("fr"), QStringLiteral("en")};
    chosen.primary.sizePercent = 14.0; // bigger than the old 12 % cap: OK must not shrink it
    app.applyPreferences(chosen);
    REQUIRE(Settings::load().subtitleLanguagesChosen);

    PreferencesDialog untouched(app.preferences(), app.window());
    CHECK(untouched.preferences().primary.sizePercent == 14.0);

    PreferencesDialog dialog(app.preferences(), app.window());
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    CHECK(dialog.preferences().subtitleLanguages.isEmpty());
    app.applyPreferences(dialog.preferences());
    CHECK_FALSE(Settings::load().subtitleLanguagesChosen);
    CHECK(app.tracks()->preferredLanguages() == defaultSubtitleLanguages());
}
