// The text conversion behind extractTextSubtitles: embedded SubRip, WebVTT and ASS markup to plain + rich text.
#include "catch.h"

#include "subtitles/eventmarkup.h"

using namespace Qt::StringLiterals;
using cairn::subtitles::Cue;
using namespace cairn::subtitles::detail;

namespace {

Cue convert(const QString &markup, MarkupFlavor flavor)
{
    Cue cue;
    fillCueText(cue, markup, flavor);
    return cue;
}

} // namespace

TEST_CASE("assEventText strips the eight leading event fields", "[subtitles]")
{
    CHECK(assEventText(u"0,0,Default,,0,0,0,,Hello, world") == u"Hello, world");
    CHECK(assEventText(u"12,1,Sign,Narrator,10,10,20,fade,{\\an8}Top") == u"{\\an8}Top");
    CHECK(assEventText(u"no commas here") == u"no commas here");
}

TEST_CASE("SubRip markup keeps i/b/u, drops font, escapes everything else", "[subtitles]")
{
    const Cue c =
        convert(u"<font color=\"#ff0000\"><B>Bold</B></font> <u>under</u> a<b & \"q\""_s, MarkupFlavor::SubRip);
    CHECK(c.text == u"Bold under a<b & \"q\""_s);
    CHECK(c.richText == u"<b>Bold</b> <u>under</u> a&lt;b &amp; &quot;q&quot;"_s);

    const Cue script = convert(u"<script>alert(1)</script>"_s, MarkupFlavor::SubRip);
    CHECK(script.richText == u"&lt;script&gt;alert(1)&lt;/script&gt;"_s);
    CHECK_FALSE(script.richText.contains(u"<script"));
}

TEST_CASE("SubRip with ASS overrides: alignment, italics, unclosed tags", "[subtitles]")
{
    const Cue c = convert(u"{\\an7}{\\i1}left{\\i0} top\r\n<i>open"_s, MarkupFlavor::SubRip);
    CHECK(c.settings.assAlignment == 7);
    CHECK(c.text == u"left top\nopen"_s);
    CHECK(c.richText == u"<i>left</i> top<br><i>open</i>"_s); // closed at the end of the cue
    const Cue braces = convert(u"{not an override}"_s, MarkupFlavor::SubRip);
    CHECK(braces.text == u"{not an override}"_s);
}

TEST_CASE("ASS text: overrides, line breaks, hard spaces, drawings", "[subtitles]")
{
    const Cue c = convert(u"{\\pos(10,20)\\bord2\\b1}Line one{\\b0}\\Nline\\htwo {\\blur3}end"_s, MarkupFlavor::Ass);
    CHECK(c.text == u"Line one\nline\u00a0two end"_s);
    CHECK(c.richText == u"<b>Line one</b><br>line\u00a0two end"_s);
    const Cue drawing = convert(u"{\\p1}m 0 0 l 100 0 100 100{\\p0}Sign"_s, MarkupFlavor::Ass);
    CHECK(drawing.text == u"Sign"_s);
    const Cue legacy = convert(u"{\\a6}Top"_s, MarkupFlavor::Ass);
    CHECK(legacy.settings.assAlignment == 8);
    CHECK(convert(u"{\\b700}Heavy"_s, MarkupFlavor::Ass).richText == u"<b>Heavy</b>"_s);
}

TEST_CASE("WebVTT text: voices, classes, character references", "[subtitles]")
{
    const Cue c =
        convert(u"<v.loud Mary>Hi <c.yellow>there</c> &amp; <i>you</i> &lt;3 &#x4E2D;&#25991;"_s, MarkupFlavor::WebVtt);
    CHECK(c.voice == u"Mary"_s);
    CHECK(c.text == u"Hi there & you <3 中文"_s);
    CHECK(c.richText == u"Hi there &amp; <i>you</i> &lt;3 中文"_s);
}

TEST_CASE("Empty and whitespace-only events give an empty cue text", "[subtitles]")
{
    CHECK(convert(u""_s, MarkupFlavor::Ass).text.isEmpty());
    CHECK(convert(u"{\\an8}  \\N "_s, MarkupFlavor::Ass).text.isEmpty());
    CHECK(convert(u"\n<i></i>\n"_s, MarkupFlavor::SubRip).richText.isEmpty());
}
