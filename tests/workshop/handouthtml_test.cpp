// The handout's text: tutorials with durations and a two-language transcript table, Arabic cells right to left.
#include "catch.h"

#include "workshop/handout.h"

using namespace cairn::workshop;
using cairn::subtitles::Cue;

TEST_CASE("The handout lists tutorials and puts two transcripts side by side", "[workshop]")
{
    HandoutItem item;
    item.title = QStringLiteral("What is a learning city?");
    item.inMs = 0;
    item.outMs = 65000;
    item.durationMs = 65000;
    item.notes = QStringLiteral("Secret trainer note");
    Cue ar1{1000, 3000, QStringLiteral("مرحبا بكم"), {}, {}, {}, {}};
    Cue ar2{4000, 6000, QStringLiteral("مدينة التعلم"), {}, {}, {}, {}};
    Cue fr1{1100, 3000, QStringLiteral("Bienvenue"), {}, {}, {}, {}};
    Cue fr2{4050, 6000, QStringLiteral("Ville <apprenante>"), {}, {}, {}, {}};
    item.transcripts = {{ar1, ar2}, {fr1, fr2}};
    HandoutOptions options;
    options.title = QStringLiteral("Atelier");
    options.languages = {QStringLiteral("ar"), QStringLiteral("fr")};

    QString html = handoutHtml({item}, options);
    CHECK(html.contains(QStringLiteral("01:05")));
    CHECK(html.contains(QStringLiteral("<td><p dir=\"rtl\" align=\"right\">مرحبا بكم</p></td><td><p>Bienvenue</p></td>")));
    CHECK(html.contains(QStringLiteral("Ville &lt;apprenante&gt;")));
    CHECK(html.contains(QStringLiteral("العربية")));
    CHECK(html.contains(QStringLiteral("français")));
    CHECK_FALSE(html.contains(QStringLiteral("Secret trainer note")));
    options.includeNotes = true;
    html = handoutHtml({item}, options);
    CHECK(html.contains(QStringLiteral("Secret trainer note")));
    CHECK(isRightToLeftLanguage(QStringLiteral("ar-EG")));
    CHECK_FALSE(isRightToLeftLanguage(QStringLiteral("zh-Hans")));
}
