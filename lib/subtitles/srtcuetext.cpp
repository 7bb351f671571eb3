// SRT cue text markup (declared in srtparser.h): the HTML-ish tags players honour, ASS overrides, references.
#include "subtitles/htmlentities.h"
#include "subtitles/srtparser.h"
#include "subtitles/textlines.h"

#include <QColor>
#include <vector>

using namespace Qt::StringLiterals;

namespace cairn::subtitles {

namespace {

using detail::appendEscaped;

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

struct OpenTag
{
    QString name; // lowercase tag name
    QString open; // rich text that opened it (to reopen after closing an inner mismatch)
    QString close;
};

// The value of `attr` in a tag's attribute text: color="#ff0000", color='red' or color=red.
QStringView attributeValue(QStringView attrs, QStringView attr)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = attrs.indexOf(attr, from, Qt::CaseInsensitive);
        if (at < 0)
            return {};
        from = at + attr.size();
        qsizetype p = from;
        while (p < attrs.size() && attrs[p] == u' ')
            ++p;
        if (p >= attrs.size() || attrs[p] != u'=')
            continue;
        ++p;
        while (p < attrs.size() && attrs[p] == u' ')
            ++p;
        if (p < attrs.size() && (attrs[p] == u'"' || attrs[p] == u'\'')) {
            const QChar quote = attrs[p];
            const qsizetype end = attrs.indexOf(quote, p + 1);
            return end < 0 ? attrs.sliced(p + 1) : attrs.sliced(p + 1, end - p - 1);
        }
        qsizetype end = p;
        while (end < attrs.size() && attrs[end] != u' ' && attrs[end] != u'/')
            ++end;
        return attrs.sliced(p, end - p);
    }
}

// Reads the overrides of one {\...} block; only \anN changes anything we can render.
void applyAssOverrides(QStringView block, CueSettings &settings)
{
    for (qsizetype p = block.indexOf(u"\\an"); p >= 0; p = block.indexOf(u"\\an", p + 3)) {
        if (p + 3 < block.size()) {
            const char16_t d = block[p + 3].unicode();
            if (d >= u'1' && d <= u'9')
                settings.assAlignment = d - u'0';
        }
    }
}

} // namespace

void renderSrtCueText(QStringView raw, Cue &cue)
{
    QString &text = cue.text;
    QString &rich = cue.richText;
    // Most cues carry no markup at all: one copy, shared by text and rich text when it is a single line.
    if (detail::containsNone(raw, u"<{&>\"")) {
        qsizetype end = raw.size();
        while (end > 0 && raw[end - 1].isSpace())
            --end;
        text = raw.first(end).toString();
        if (text.contains(u'\n')) {
            rich.clear();
            appendEscaped(rich, text);
        } else {
            rich = text;
        }
        return;
    }
    text.clear();
    rich.clear();
    text.reserve(raw.size());
    rich.reserve(raw.size() + 16);
    std::vector<OpenTag> open;
    QString chunk;

    const qsizetype n = raw.size();
    qsizetype i = 0;
    // Where the next '>', '\n' and '}' are, found once and reused while the scan is before them: searching
    // afresh at every '<' would be quadratic on a hostile line of thousands of '<'.
    qsizetype nextGt = -2, nextNl = -2, nextBrace = -2;
    const auto nextOf = [raw](QChar ch, qsizetype from, qsizetype &cache) {
        if (cache != -1 && cache < from)
            cache = raw.indexOf(ch, from);
        return cache;
    };
    const auto flush = [&] {
        if (!chunk.isEmpty()) {
            text.append(chunk);
            appendEscaped(rich, chunk);
            chunk.clear();
        }
    };
    while (i < n) {
        const QChar c = raw[i];
        if (c == u'<') {
            // A tag is '<', optional '/', a letter, and a '>' on the same line; anything else is literal text.
            qsizetype p = i + 1;
            const bool closing = p < n && raw[p] == u'/';
            if (closing)
                ++p;
            const qsizetype nameStart = p;
            while (p < n && isAsciiAlpha(raw[p]))
                ++p;
            const qsizetype gt = nextOf(u'>', p, nextGt);
            const qsizetype nl = nextOf(u'\n', p, nextNl);
            if (p > nameStart && gt >= 0 && (nl < 0 || gt < nl)) {
                flush();
                const QString name = raw.sliced(nameStart, p - nameStart).toString().toLower();
                const QStringView attrs = raw.sliced(p, gt - p);
                i = gt + 1;
                if (closing) {
                    // Close the innermost matching tag; tags opened inside it are closed and reopened.
                    auto it =
                        std::find_if(open.rbegin(), open.rend(), [&](const OpenTag &t) { return t.name == name; });
                    if (it == open.rend())
                        continue;
                    const size_t index = size_t(std::distance(it, open.rend()) - 1);
                    for (size_t k = open.size(); k-- > index;)
                        rich.append(open[k].close);
                    for (size_t k = index + 1; k < open.size(); ++k)
                        rich.append(open[k].open);
                    open.erase(open.begin() + qsizetype(index));
                    continue;
                }
                OpenTag tag{name, {}, {}};
                if (name == u"i" || name == u"b" || name == u"u" || name == u"s") {
                    tag.open = u'<' + name + u'>';
                    tag.close = u"</" + name + u'>';
                } else if (name == u"font") {
                    const QStringView colorName = attributeValue(attrs, u"color");
                    QColor color;
                    if (!colorName.isEmpty()) {
                        color = QColor::fromString(colorName);
                        // Files often write the hex without '#'.
                        if (!color.isValid() && (colorName.size() == 6 || colorName.size() == 3))
                            color = QColor::fromString(QString(u'#' + colorName.toString()));
                    }
                    if (color.isValid()) {
                        tag.open = u"<span style=\"color:" + color.name() + u"\">";
                        tag.close = u"</span>"_s;
                    }
                } else {
                    continue; // unknown tags are dropped, as ffmpeg and VLC do
                }
                rich.append(tag.open);
                open.push_back(std::move(tag));
                continue;
            }
        } else if (c == u'{' && i + 1 < n && raw[i + 1] == u'\\') {
            const qsizetype close = nextOf(u'}', i + 2, nextBrace);
            if (close >= 0) {
                applyAssOverrides(raw.sliced(i + 1, close - i - 1), cue.settings);
                i = close + 1;
                continue;
            }
        } else if (c == u'&') {
            if (const qsizetype used = decodeCharacterReference(raw, i, chunk)) {
                i += used;
                continue;
            }
        }
        chunk.append(c);
        ++i;
    }
    flush();
    for (auto it = open.rbegin(); it != open.rend(); ++it)
        rich.append(it->close);
    // Trailing blanks (often left after stripped tags) are invisible; keep search text and JSON clean.
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
}

} // namespace cairn::subtitles
