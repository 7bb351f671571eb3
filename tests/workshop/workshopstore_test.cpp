// Session plans in a real user.sqlite: saved, reloaded, reordered, deleted; an upgrade from schema 1 keeps progress.
#include "catch.h"
#include "testutil.h"

#include "core/paths.h"
#include "db/database.h"
#include "db/indexstore.h"
#include "db/migrations.h"
#include "db/workshopstore.h"
#include "workshop/workshopdata.h"

#include <QTemporaryDir>

using namespace cairn;
using workshop::PausePoint;
using workshop::SessionItem;
using workshop::SessionPlan;

namespace {

SessionPlan samplePlan()
{
    SessionPlan plan;
    plan.name = QStringLiteral("Atelier — villes apprenantes");
    plan.notes = QStringLiteral("Room 3, 20 people");
    SessionItem a;
    a.fingerprint = QStringLiteral("aaaa");
    a.path = QStringLiteral("/media/stick/01.mp4");
    a.title = QStringLiteral("ما هي مدينة التعلم؟");
    a.inMs = 1000;
    a.outMs = 8000;
    a.languages = {QStringLiteral("ar"), QStringLiteral("fr")};
    a.pauses = {PausePoint{2150, QStringLiteral("What does your city already do?")},
                PausePoint{6000, QStringLiteral("讨论：你的城市")}};
    a.notes = QStringLiteral("Ask the Arabic speakers first.\nThen the others.");
    SessionItem b;
    b.fingerprint = QStringLiteral("bbbb");
    b.title = QStringLiteral("Planning");
    b.languages = {QStringLiteral("zh-Hans")};
    plan.items = {a, b};
    return plan;
}

int count(db::Database &d, const char *sql)
{
    auto st = d.prepare(sql, false);
    return st.step() ? st.int32(0) : -1;
}

} // namespace

TEST_CASE("Session plans round-trip through user.sqlite", "[workshop][db]")
{
    QTemporaryDir tmp;
    const QString index = tmp.filePath(QStringLiteral("index.sqlite"));
    qint64 id = 0;
    SessionPlan plan = samplePlan();
    {
        workshop::WorkshopData data(index);
        REQUIRE(data.isOpen());
        id = data.plans().save(plan);
        REQUIRE(id > 0);
        plan.id = id;
    }
    // A new connection (as after a restart) reads back exactly what was saved.
    workshop::WorkshopData data(index);
    REQUIRE(data.isOpen());
    auto loaded = data.plans().load(id);
    REQUIRE(loaded);
    CHECK(*loaded == plan);

    // Reorder and edit: the order is the list order.
    plan.items.swapItemsAt(0, 1);
    plan.items[1].pauses.removeFirst();
    plan.name = QStringLiteral("Renamed");
    CHECK(data.plans().save(plan) == id);
    loaded = data.plans().load(id);
    REQUIRE(loaded);
    CHECK(*loaded == plan);
    CHECK(loaded->items.at(0).fingerprint == QStringLiteral("bbbb"));

    const qint64 second = data.plans().save(samplePlan());
    const auto list = data.plans().sessions();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).itemCount == 2);

    // Deleting a plan deletes its items and pause points (foreign keys cascade in the attached schema).
    CHECK(data.plans().remove(id));
    CHECK_FALSE(data.plans().load(id));
    CHECK(data.plans().load(second));
    db::IndexStore raw(index, core::userDataPathFor(index));
    CHECK(count(raw.db(), "SELECT COUNT(*) FROM user.workshop_items") == 2);
    CHECK(count(raw.db(), "SELECT COUNT(*) FROM user.workshop_pauses") == 2);
}

TEST_CASE("Upgrading user.sqlite from schema 1 adds workshop plans and keeps progress", "[workshop][db]")
{
    QTemporaryDir tmp;
    const QString index = tmp.filePath(QStringLiteral("index.sqlite"));
    const QString user = core::userDataPathFor(index);
    const QByteArray userDump = cairn::test::readAll(cairn::test::dataPath(QStringLiteral("db/user_v1.sql")));
    REQUIRE(!userDump.isEmpty());
    {
        auto u = db::Database::open(user);
        u->exec(QString::fromUtf8(userDump));
    }
    workshop::WorkshopData data(index);
    REQUIRE(data.isOpen());
    db::IndexStore store(index, user);
    CHECK(store.progress(QStringLiteral("0123456789abcdef0123456789abcdef")));
    CHECK(db::latestVersion(db::Schema::User) >= 2);
    CHECK(data.plans().sessions().isEmpty());
    CHECK(data.plans().save(samplePlan()) > 0);
}
