#pragma once
// HTML character references (&amp; &eacute; &#x202B; ...) as WebVTT cue text uses them: the full named table
// from the HTML spec plus numeric references, decoded the way HTML's "character reference state" does in data.
#include <QString>
#include <QStringView>

namespace cairn::subtitles {

namespace detail {
struct HtmlEntity
{
    const char *name; ///< without '&'; ends with ';' unless it is one of HTML's legacy forms
    char32_t first;
    char32_t second; ///< 0 when the reference is a single code point
};
extern const HtmlEntity kHtmlEntities[]; // generated: htmlentities_table.cpp
extern const int kHtmlEntityCount;
} // namespace detail

/// `in[pos]` must be '&'. When a character reference starts there, appends its value to `out` and returns the
/// number of characters consumed (including '&'); otherwise returns 0 and appends nothing (the '&' is literal).
qsizetype decodeCharacterReference(QStringView in, qsizetype pos, QString &out);

/// Decodes every character reference in `in` (used for SRT text and attribute-free plain text).
QString decodeCharacterReferences(QStringView in);

} // namespace cairn::subtitles
