#include "catch.h"

#include "search/querybuilder.h"
#include "search/textsegmenter.h"

#include <QStringList>

using cairn::search::buildMatchExpression;
using cairn::search::SegmentMode;
using cairn::search::tokensOf;

TEST_CASE("Latin and Cyrillic words are case-folded, accents and ё removed", "[search]")
{
    CHECK(tokensOf(QStringLiteral("Écoute la VILLE apprenante!")) == QStringLiteral("ecoute la ville apprenante"));
    CHECK(tokensOf(QStringLiteral("Обучение — ЁЛКА, ещё")) == QStringLiteral("обучение елка еще"));
    CHECK(tokensOf(QStringLiteral("Año 2024: niños")) == QStringLiteral("ano 2024 ninos"));
}

TEST_CASE("Arabic is matched without diacritics, tatweel or alef variants", "[search]")
{
    // "التَّعَلُّم" with shadda/fatha/damma, and the same word typed plainly.
    CHECK(tokensOf(QStringLiteral("التَّعَلُّم")) == tokensOf(QStringLiteral("التعلم")));
    CHECK(tokensOf(QStringLiteral("الحَيَاة")) == tokensOf(QStringLiteral("الحياة")));
    CHECK(tokensOf(QStringLiteral("إنسان أحمد آمنة")) == tokensOf(QStringLiteral("انسان احمد امنة")));
    CHECK(tokensOf(QStringLiteral("مدينـــة")) == tokensOf(QStringLiteral("مدينة"))); // tatweel
    CHECK(tokensOf(QStringLiteral("مدينة التعلم")).split(QLatin1Char(' ')).size() == 2);
}

TEST_CASE("Chinese is indexed as overlapping bigrams plus the run's last character", "[search]")
{
    // Document: 学习 习型 型城 城市 + the last character 市 at the same position.
    CHECK(tokensOf(QStringLiteral("学习型城市")) == QStringLiteral("学习 习型 型城 城市 市"));
    // Query: bigrams only, so a phrase of them lines up with the document's positions.
    CHECK(tokensOf(QStringLiteral("型城市"), SegmentMode::Query) == QStringLiteral("型城 城市"));
    CHECK(tokensOf(QStringLiteral("城"), SegmentMode::Query) == QStringLiteral("城"));
    // Mixed scripts split at the script change.
    CHECK(tokensOf(QStringLiteral("Qt6学习")) == QStringLiteral("qt6 学习 习"));
}

TEST_CASE("Queries: AND of words, last word as prefix, lone CJK character as prefix", "[search]")
{
    CHECK(buildMatchExpression(QStringLiteral("learning cit")) == QStringLiteral("\"learning\" \"cit\"*"));
    CHECK(buildMatchExpression(QStringLiteral("\"learning city\" now")) ==
          QStringLiteral("\"learning city\" \"now\"*"));
    CHECK(buildMatchExpression(QStringLiteral("城 学习")) == QStringLiteral("\"城\"* \"学习\"*"));
    CHECK(buildMatchExpression(QStringLiteral("say \"hi")) == QStringLiteral("\"say\" \"hi\""));
    CHECK(buildMatchExpression(QStringLiteral("  ?! -- ")).isEmpty());
    CHECK(buildMatchExpression(QStringLiteral("a\"\"b")) == QStringLiteral("\"a\" \"b\"*"));
}
