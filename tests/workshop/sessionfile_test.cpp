// The portable session file: exported from one library, imported into another whose copy of the videos lives at
// other paths; matched by relative path first, then by content fingerprint; verified by SHA-256 when asked.
#include "catch.h"
#include "workshoptestutil.h"

#include "library/library.h"
#include "library/manifest.h"
#include "workshop/sessionfile.h"
#include "workshop/workshopdata.h"

#include "db/workshopstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cairn;
using namespace cairn::workshop;
using cairn::test::kFirst;
using cairn::test::kSecond;
using cairn::test::kThird;

namespace {

SessionItem itemFor(WorkshopData &data, library::Library &lib, const QString &fileName)
{
    for (const LibraryFile &f : data.files()) {
        if (QFileInfo(f.path).fileName() == fileName) {
            const qint64 id = data.tutorialFor(f.fingerprint);
            auto item = data.itemFor(id, {});
            Q_UNUSED(lib);
            return item.value_or(SessionItem{});
        }
    }
    return {};
}

} // namespace

TEST_CASE("contentFingerprint is the fingerprint the index stores", "[workshop][library][slow]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("root"));
    REQUIRE(test::copyTree(test::samplePackPath(), root));
    library::Library lib(tmp.filePath(QStringLiteral("index.sqlite")));
    REQUIRE(test::scanRoot(lib, root) == 3);
    WorkshopData data(lib.indexPath());
    REQUIRE(data.isOpen());
    const auto files = data.files();
    REQUIRE(files.size() == 3);
    for (const LibraryFile &f : files)
        CHECK(contentFingerprint(f.path) == f.fingerprint);
}

TEST_CASE("A session exported from one library is found and verified in another", "[workshop][library][slow]")
{
    QTemporaryDir tmp;
    // Trainer A: the sample pack under "Cities/" in her library.
    const QString rootA = tmp.filePath(QStringLiteral("a"));
    REQUIRE(test::copyTree(test::samplePackPath(), rootA + QStringLiteral("/Cities")));
    library::Library libA(tmp.filePath(QStringLiteral("a-data/index.sqlite")));
    REQUIRE(test::scanRoot(libA, rootA) == 3);
    WorkshopData dataA(libA.indexPath());
    REQUIRE(dataA.isOpen());

    SessionPlan plan;
    plan.name = QStringLiteral("Villes apprenantes");
    SessionItem first = itemFor(dataA, libA, kFirst);
    REQUIRE(!first.fingerprint.isEmpty());
    first.inMs = 1000;
    first.outMs = 6000;
    first.languages = {QStringLiteral("ar"), QStringLiteral("fr")};
    first.pauses = {PausePoint{2150, QStringLiteral("Qu'en pensez-vous ?")}};
    first.notes = QStringLiteral("Start with the map.");
    SessionItem second = itemFor(dataA, libA, kSecond);
    second.languages = {QStringLiteral("zh")};
    SessionItem third = itemFor(dataA, libA, kThird);
    plan.items = {first, second, third};

    const QByteArray json = exportSession(plan, ExportOptions{libA.roots(), true});
    const QJsonObject doc = QJsonDocument::fromJson(json).object();
    CHECK(doc.value(QStringLiteral("format")).toString() == QStringLiteral("cairn-session"));
    const QJsonObject firstJson = doc.value(QStringLiteral("items")).toArray().at(0).toObject();
    CHECK(firstJson.value(QStringLiteral("path")).toString() == QStringLiteral("Cities/") + kFirst);
    CHECK(firstJson.value(QStringLiteral("sha256")).toString() ==
          library::sha256OfFile(test::sampleFile(kFirst)));
    CHECK_FALSE(json.contains(rootA.toUtf8())); // no absolute path of the trainer's machine travels

    // Colleague B: same videos, but "Cities" is at the same place for the first two, and the third was moved
    // into another folder; the second one at its path was replaced by a different video.
    const QString rootB = tmp.filePath(QStringLiteral("b"));
    REQUIRE(!test::copyAs(test::sampleFile(kFirst), QDir(rootB), QStringLiteral("Cities/") + kFirst).isEmpty());
    REQUIRE(!test::copyAs(test::sampleFile(kFirst), QDir(rootB), QStringLiteral("Cities/") + kSecond).isEmpty());
    REQUIRE(!test::copyAs(test::sampleFile(kSecond), QDir(rootB), QStringLiteral("Other/renamed.webm")).isEmpty());
    REQUIRE(!test::copyAs(test::sampleFile(kThird), QDir(rootB), QStringLiteral("Moved/x/") + kThird).isEmpty());
    library::Library libB(tmp.filePath(QStringLiteral("b-data/index.sqlite")));
    REQUIRE(test::scanRoot(libB, rootB) >= 3);
    WorkshopData dataB(libB.indexPath());
    REQUIRE(dataB.isOpen());

    ParsedSession parsed = parseSession(json);
    REQUIRE(parsed.ok);
    CHECK(parsed.plan.name == plan.name);
    REQUIRE(parsed.plan.items.size() == 3);
    const QList<MatchResult> matches = resolveSession(parsed, ResolveOptions{libB.roots(), dataB.files(), true});
    REQUIRE(matches.size() == 3);
    CHECK(matches.at(0).how == MatchResult::How::RelativePath);
    CHECK(matches.at(0).sha256Checked);
    CHECK(QFileInfo(parsed.plan.items.at(0).path).canonicalFilePath() ==
          QFileInfo(rootB + QStringLiteral("/Cities/") + kFirst).canonicalFilePath());
    CHECK(matches.at(1).how == MatchResult::How::Fingerprint);
    CHECK(matches.at(1).differentAtPath);
    CHECK(parsed.plan.items.at(1).path.endsWith(QStringLiteral("Other/renamed.webm")));
    CHECK(matches.at(2).how == MatchResult::How::Fingerprint);
    CHECK(parsed.plan.items.at(2).path.endsWith(QStringLiteral("Moved/x/") + kThird));
    // Everything the trainer planned travelled.
    const SessionItem &i0 = parsed.plan.items.at(0);
    CHECK(i0.inMs == 1000);
    CHECK(i0.outMs == 6000);
    CHECK(i0.languages == first.languages);
    CHECK(i0.pauses == first.pauses);
    CHECK(i0.notes == first.notes);
    CHECK(i0.fingerprint == first.fingerprint);

    // Saved into B's database, it runs from there like any plan.
    const qint64 id = dataB.plans().save(parsed.plan);
    const auto reloaded = dataB.plans().load(id);
    REQUIRE(reloaded);
    CHECK(reloaded->items.at(2).path == parsed.plan.items.at(2).path);
    CHECK(dataB.tutorialFor(reloaded->items.at(2).fingerprint) > 0);
}

TEST_CASE("A damaged copy is not accepted when the session carries a SHA-256", "[workshop]")
{
    QTemporaryDir tmp;
    const QString src = test::copyAs(test::sampleFile(kFirst), QDir(tmp.filePath(QStringLiteral("a"))), kFirst);
    SessionItem item;
    item.path = src;
    item.fingerprint = contentFingerprint(src);
    SessionPlan plan;
    plan.items = {item};
    const QByteArray json = exportSession(plan, ExportOptions{{tmp.filePath(QStringLiteral("a"))}, true});

    // Same size and the same first 64 KiB (so the same fingerprint for this small file), one byte changed after.
    QByteArray bytes = test::readAll(src);
    REQUIRE(bytes.size() > 64 * 1024 + 100);
    const qsizetype at = 64 * 1024 + 50;
    bytes[at] = char(bytes.at(at) ^ 0x55);
    const QString copy = test::writeFile(QDir(tmp.filePath(QStringLiteral("b"))), kFirst, bytes);
    REQUIRE(contentFingerprint(copy) == item.fingerprint);

    ParsedSession quick = parseSession(json);
    auto m = resolveSession(quick, ResolveOptions{{tmp.filePath(QStringLiteral("b"))}, {}, false});
    CHECK(m.at(0).how == MatchResult::How::RelativePath); // the fingerprint alone cannot tell
    ParsedSession strict = parseSession(json);
    m = resolveSession(strict, ResolveOptions{{tmp.filePath(QStringLiteral("b"))}, {}, true});
    CHECK(m.at(0).how == MatchResult::How::Missing);
    CHECK(m.at(0).sha256Mismatch);
    CHECK(strict.plan.items.at(0).path.isEmpty());
}

TEST_CASE("Session files that are not sessions, or from the future, are refused clearly", "[workshop]")
{
    CHECK_FALSE(parseSession("not json").ok);
    CHECK_FALSE(parseSession(R"({"format":"cairn-manifest","version":1})").ok);
    const ParsedSession future = parseSession(R"({"format":"cairn-session","version":99,"items":[]})");
    CHECK_FALSE(future.ok);
    CHECK(future.error.contains(QStringLiteral("99")));
    // A path that climbs out of the roots is never followed.
    ParsedSession evil = parseSession(R"({"format":"cairn-session","version":1,"items":[{"path":"../../etc/passwd"}]})");
    REQUIRE(evil.ok);
    const auto m = resolveSession(evil, ResolveOptions{{QStringLiteral("/tmp")}, {}, false});
    CHECK(m.at(0).how == MatchResult::How::Missing);
}
