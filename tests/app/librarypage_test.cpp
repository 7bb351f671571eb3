// The library page over a real Library (temporary index) that is given the bundled sample pack on first run:
// the grid, its filters, search results, and playing from a search hit.
#include "catch.h"
#include "guitestutil.h"

#include "app/application.h"
#include "app/librarypage.h"
#include "app/mainwindow.h"
#include "app/tutorialfilterproxy.h"
#include "library/library.h"
#include "library/tutoriallistmodel.h"
#include "playback/playbackcontroller.h"
#include "playback/playbackengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>

using namespace cairn::app;
using cairn::test::waitFor;

TEST_CASE("first run: the sample pack fills the library — filters and search work — a hit plays from 2 s before",
          "[gui][slow]")
{
    cairn::test::clearSettings();
    QTemporaryDir dir;
    Application::Options o;
    o.audio = false;
    o.indexPath = dir.filePath(QStringLiteral("index.sqlite"));
    Application app(o);
    app.start();
    REQUIRE(waitFor([&] { return app.library() != nullptr; }, 5000)); // opened once the window is on screen
    auto *page = qobject_cast<LibraryPage *>(app.window()->libraryPage());
    REQUIRE(page);
    CHECK_FALSE(app.window()->isShowingPlayer());
    REQUIRE(waitFor([&] { return page->grid()->model()->rowCount() >= 3 && !app.library()->isScanning(); }, 30000));
    const int all = page->grid()->model()->rowCount();

    // Language filter: the combo lists languages by their own names, UN languages first.
    QComboBox *lang = page->languageFilter();
    REQUIRE(lang->count() > 2);
    CHECK(lang->itemData(1).toString() == QStringLiteral("ar"));
    CHECK(lang->itemText(1) == QStringLiteral("العربية"));
    lang->setCurrentIndex(1);
    CHECK(page->grid()->model()->rowCount() == all); // every sample has Arabic
    lang->setCurrentIndex(0);

    // Not yet watched: after watching one, it leaves the filtered grid.
    page->unwatchedFilter()->setChecked(true);
    CHECK(page->grid()->model()->rowCount() == all);
    page->unwatchedFilter()->setChecked(false);

    page->searchBox()->setText(QStringLiteral("city"));
    REQUIRE(waitFor([&] { return page->results()->isVisible() && page->results()->model()->rowCount() > 0; }, 3000));
    // Pick a cue hit (not a title hit) that starts late enough for the lead-in to show.
    QModelIndex hit;
    for (int r = 0; r < page->results()->model()->rowCount(); ++r) {
        const QModelIndex i = page->results()->model()->index(r, 0);
        if (i.data(Qt::UserRole + 2).toLongLong() >= 3000)
            hit = i;
    }
    REQUIRE(hit.isValid());
    CHECK(hit.data(Qt::DisplayRole).toString().contains(QStringLiteral("<b>city</b>"), Qt::CaseInsensitive));
    const qint64 startMs = hit.data(Qt::UserRole + 2).toLongLong();
    Q_EMIT page->results()->activated(hit);
    REQUIRE(waitFor([&] { return app.window()->isShowingPlayer(); }, 2000));
    auto *engine = app.controller()->engine();
    REQUIRE(waitFor([&] { return engine->mediaStatus() == cairn::playback::PlaybackEngine::Status::Buffered; }, 8000));
    REQUIRE(waitFor([&] { return engine->position() >= startMs - 2000; }, 1500));
    CHECK(engine->position() < startMs);
}
