// The handout PDF from a real library: tutorials, durations, an Arabic + Chinese transcript side by side. Rendered
// with pdftoppm (poppler-utils) when it is installed, to check that pages carry ink; skipped with a warning if not.
#include "catch.h"
#include "workshoptestutil.h"

#include "library/library.h"
#include "workshop/handout.h"
#include "workshop/workshopdata.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cairn;
using namespace cairn::workshop;

namespace {

/// Share of pixels that are not (near) white.
double inkRatio(const QImage &img)
{
    qint64 ink = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QRgb c = img.pixel(x, y);
            if (qRed(c) < 200 || qGreen(c) < 200 || qBlue(c) < 200)
                ++ink;
        }
    return img.isNull() ? 0.0 : double(ink) / double(img.width() * img.height());
}

} // namespace

TEST_CASE("The handout PDF carries the session and its Arabic and Chinese transcripts", "[workshop][gui][slow]")
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("root"));
    REQUIRE(test::copyTree(test::samplePackPath(), root));
    library::Library lib(tmp.filePath(QStringLiteral("index.sqlite")));
    REQUIRE(test::scanRoot(lib, root) == 3);
    WorkshopData data(lib.indexPath());
    REQUIRE(data.isOpen());

    SessionPlan plan;
    plan.name = QStringLiteral("Learning cities — مدن التعلم — 学习型城市");
    for (const LibraryFile &f : data.files())
        plan.items.append(*data.itemFor(data.tutorialFor(f.fingerprint), {}));
    std::sort(plan.items.begin(), plan.items.end(),
              [](const SessionItem &a, const SessionItem &b) { return a.path < b.path; });
    plan.items[0].notes = QStringLiteral("Trainer: ask who has visited a library this month.");
    const QStringList langs = {QStringLiteral("ar"), QStringLiteral("zh-Hans")};
    const QList<HandoutItem> items = handoutItems(plan, data, langs);
    REQUIRE(items.size() == 3);
    CHECK(items.at(0).durationMs > 5000);
    REQUIRE(items.at(0).transcripts.size() == 2);
    CHECK_FALSE(items.at(0).transcripts.at(0).isEmpty()); // Arabic
    CHECK_FALSE(items.at(0).transcripts.at(1).isEmpty()); // zh-Hans
    CHECK_FALSE(items.at(1).transcripts.at(1).isEmpty()); // "zh" track serves zh-Hans

    HandoutOptions options;
    options.title = plan.name;
    options.languages = langs;
    options.includeNotes = true;
    const QString pdf = tmp.filePath(QStringLiteral("handout.pdf"));
    QString error;
    REQUIRE(writeHandoutPdf(pdf, items, options, &error));
    CHECK(error.isEmpty());
    CHECK(QFileInfo(pdf).size() > 5000);
    CHECK(test::readAll(pdf).startsWith("%PDF"));
    // A copy for eyes (CI artifacts, reports).
    if (!qEnvironmentVariableIsEmpty("CAIRN_WORKSHOP_ARTIFACTS"))
        QFile::copy(pdf, qEnvironmentVariable("CAIRN_WORKSHOP_ARTIFACTS") + QStringLiteral("/handout.pdf"));

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        WARN("pdftoppm not found (apt-get install poppler-utils): the PDF was not rendered");
        return;
    }
    QProcess p;
    p.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), QStringLiteral("-f"),
                       QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf,
                       tmp.filePath(QStringLiteral("page"))});
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitCode() == 0);
    QImage page(tmp.filePath(QStringLiteral("page-1.png")));
    REQUIRE(!page.isNull());
    CHECK(inkRatio(page) > 0.01);

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess t;
        t.start(pdftotext, {pdf, QStringLiteral("-")});
        REQUIRE(t.waitForFinished(60000));
        const QString text = QString::fromUtf8(t.readAllStandardOutput());
        CHECK(text.contains(QStringLiteral("学习")));           // the Chinese column has real glyphs with a ToUnicode map
        CHECK(text.contains(QStringLiteral("Trainer: ask who"))); // notes were asked for
    }
}
