// The generated HTML named character reference table and its lookup.
#include "catch.h"

#include "subtitles/htmlentities.h"

#include <cstring>

using namespace Qt::StringLiterals;
using namespace cairn::subtitles;

TEST_CASE("the named reference table is HTML's complete list, sorted for binary search", "[subtitles]")
{
    // 2231 names in the HTML spec's table (2125 with ';' plus 106 legacy forms without).
    CHECK(detail::kHtmlEntityCount == 2231);
    for (int i = 1; i < detail::kHtmlEntityCount; ++i) {
        INFO(detail::kHtmlEntities[i - 1].name << " < " << detail::kHtmlEntities[i].name);
        REQUIRE(std::strcmp(detail::kHtmlEntities[i - 1].name, detail::kHtmlEntities[i].name) < 0);
    }
}

TEST_CASE("character references decode like HTML's data state", "[subtitles]")
{
    const std::pair<QString, QString> cases[] = {
        {u"&CounterClockwiseContourIntegral;"_s, u"\u2233"_s}, // the longest name
        {u"&Afr;"_s, u"\U0001D504"_s},                         // outside the BMP
        {u"&acE;"_s, u"\u223E\u0333"_s},                       // two code points
        {u"&AMP;&amp;&amp"_s, u"&&&"_s},
        {u"&notin;&notit;"_s, u"\u2209\u00ACit;"_s}, // longest legacy prefix when ';' form is unknown
        {u"&#x41;&#65&#X42;"_s, u"AAB"_s},
        {u"&#x80;&#x9F;"_s, u"\u20AC\u0178"_s}, // C1 numbers mean windows-1252
        {u"&#xD800;&#0;&#99999999999;"_s, u"\uFFFD\uFFFD\uFFFD"_s},
        {u"&;&#;&#x;&zz;& &"_s, u"&;&#;&#x;&zz;& &"_s}, // not references: literal
    };
    for (const auto &[in, out] : cases) {
        INFO(in);
        CHECK(decodeCharacterReferences(in) == out);
    }
}
