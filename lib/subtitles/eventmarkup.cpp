#include "subtitles/eventmarkup.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cairn::subtitles::detail {
namespace {

// Builds plain and rich text side by side so that both always describe the same characters.
class TextBuilder
{
public:
    void append(QChar c)
    {
        if (m_drawing)
            return; // ASS \p1 drawing commands are vector shapes, not words
        if (c == u'\r')
            return;
        if (c == u'\n') {
            if (!m_text.isEmpty())
                ++m_pendingBreaks; // emitted lazily: no leading or trailing blank lines
            return;
        }
        flushBreaks();
        m_text.append(c);
        switch (c.unicode()) {
        case u'&':
            m_rich.append(u"&amp;");
            break;
        case u'<':
            m_rich.append(u"&lt;");
            break;
        case u'>':
            m_rich.append(u"&gt;");
            break;
        case u'"':
            m_rich.append(u"&quot;");
            break;
        default:
            m_rich.append(c);
            break;
        }
    }

    void setStyle(char tag, bool on)
    {
        bool &flag = tag == 'i' ? m_italic : tag == 'b' ? m_bold : m_underline;
        if (flag == on)
            return;
        flag = on;
        if (on)
            flushBreaks(); // keep "<i>" after the "<br>" it belongs behind
        m_rich.append(on ? u"<"_s : u"</"_s);
        m_rich.append(QChar::fromLatin1(tag));
        m_rich.append(u'>');
    }

    void resetStyles()
    {
        setStyle('u', false);
        setStyle('b', false);
        setStyle('i', false);
    }

    void setDrawing(bool on) { m_drawing = on; }

    void finish(subtitles::Cue &cue)
    {
        resetStyles();
        // Trailing spaces per line are noise from hand-edited files; trim them in both forms alike.
        cue.text = m_text.trimmed();
        QString rich = m_rich.trimmed();
        static const QRegularExpression emptyTags(u"<([ibu])></\\1>"_s);
        rich.remove(emptyTags);
        cue.richText = rich;
    }

private:
    void flushBreaks()
    {
        for (; m_pendingBreaks > 0; --m_pendingBreaks) {
            m_text.append(u'\n');
            m_rich.append(u"<br>");
        }
    }

    QString m_text, m_rich;
    int m_pendingBreaks = 0;
    bool m_italic = false, m_bold = false, m_underline = false, m_drawing = false;
};

// One override block's content, e.g. "\an8\i1\pos(10,20)". Unknown overrides (colours, positions, karaoke,
// transforms) are dropped: the renderer draws plain styled text.
void applyOverrides(QStringView block, TextBuilder &out, subtitles::Cue &cue)
{
    static const QRegularExpression simple(u"^([ibup])(\\d*)$"_s);
    const auto tokens = block.split(u'\\', Qt::SkipEmptyParts);
    for (QStringView token : tokens) {
        token = token.trimmed();
        if (token.size() == 3 && token.startsWith(u"an") && token[2].isDigit() && token[2] != u'0') {
            cue.settings.assAlignment = token[2].digitValue();
            continue;
        }
        if (token.size() >= 2 && token[0] == u'a' && token[1].isDigit()) {
            cue.settings.assAlignment = legacyAlignmentToNumpad(token.mid(1).toInt());
            continue;
        }
        if (token == u"r") {
            out.resetStyles();
            continue;
        }
        const auto match = simple.match(token);
        if (!match.hasMatch())
            continue;
        const QChar tag = match.capturedView(1)[0];
        const QStringView arg = match.capturedView(2);
        const int value = arg.isEmpty() ? 0 : arg.toInt();
        if (tag == u'p')
            out.setDrawing(value > 0);
        else if (tag == u'b') // \b1 or a font weight such as \b700
            out.setStyle('b', value == 1 || value >= 600);
        else
            out.setStyle(char(tag.unicode()), value != 0);
    }
}

// Returns the character a WebVTT character reference stands for, and how many characters it spans.
std::pair<QString, qsizetype> decodeReference(QStringView s)
{
    const qsizetype semicolon = s.indexOf(u';');
    if (semicolon < 2 || semicolon > 10)
        return {};
    const QStringView name = s.mid(1, semicolon - 1);
    static const std::pair<QStringView, char16_t> named[] = {
        {u"amp", u'&'},   {u"lt", u'<'},     {u"gt", u'>'},    {u"quot", u'"'},
        {u"apos", u'\''}, {u"nbsp", 0x00A0}, {u"lrm", 0x200E}, {u"rlm", 0x200F},
    };
    for (const auto &[key, ch] : named) {
        if (name == key)
            return {QString(QChar(ch)), semicolon + 1};
    }
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = (name.size() > 1 && (name[1] == u'x' || name[1] == u'X')) ? name.mid(2).toUInt(&ok, 16)
                                                                                    : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t c32 = code;
            return {QString::fromUcs4(&c32, 1), semicolon + 1};
        }
    }
    return {};
}

// Handles "<...>" in SubRip and WebVTT. Returns false when the tag is to be kept as literal text.
bool applyHtmlTag(QStringView tag, MarkupFlavor flavor, TextBuilder &out, subtitles::Cue &cue)
{
    const bool closing = tag.startsWith(u'/');
    const QStringView body = closing ? tag.mid(1).trimmed() : tag.trimmed();
    const QStringView name = body.left(body.indexOf(u' ') < 0 ? body.size() : body.indexOf(u' '));
    const QStringView base = name.left(name.indexOf(u'.') < 0 ? name.size() : name.indexOf(u'.'));
    if (base.compare(u"i", Qt::CaseInsensitive) == 0 || base.compare(u"b", Qt::CaseInsensitive) == 0 ||
        base.compare(u"u", Qt::CaseInsensitive) == 0) {
        out.setStyle(char(base[0].toLower().unicode()), !closing);
        return true;
    }
    if (flavor == MarkupFlavor::SubRip)
        return base.compare(u"font", Qt::CaseInsensitive) == 0; // colours and faces are not rendered
    if (!closing && base == u"v" && cue.voice.isEmpty())
        cue.voice = body.mid(name.size()).trimmed().toString();
    return true; // WebVTT: <c>, <v>, <lang>, <ruby>, <rt>, timestamps: keep the text, drop the tag
}

} // namespace

QStringView assEventText(QStringView event)
{
    qsizetype pos = 0;
    for (int field = 0; field < 8; ++field) {
        const qsizetype comma = event.indexOf(u',', pos);
        if (comma < 0)
            return event; // not an event line: treat it all as text
        pos = comma + 1;
    }
    return event.mid(pos);
}

void fillCueText(subtitles::Cue &cue, QStringView markup, MarkupFlavor flavor)
{
    TextBuilder out;
    for (qsizetype i = 0; i < markup.size(); ++i) {
        const QChar c = markup[i];
        const QChar next = i + 1 < markup.size() ? markup[i + 1] : QChar();

        if (c == u'{' && (flavor == MarkupFlavor::Ass || next == u'\\')) {
            const qsizetype close = markup.indexOf(u'}', i);
            if (close > i) {
                applyOverrides(markup.mid(i + 1, close - i - 1), out, cue);
                i = close;
                continue;
            }
        }
        if (c == u'\\' && flavor != MarkupFlavor::WebVtt) {
            if (next == u'N') {
                out.append(u'\n');
                ++i;
                continue;
            }
            if (next == u'n') { // ASS soft break: a line break only with WrapStyle 2, a space otherwise
                out.append(flavor == MarkupFlavor::Ass ? u' ' : u'\n');
                ++i;
                continue;
            }
            if (next == u'h') {
                out.append(QChar(0x00A0));
                ++i;
                continue;
            }
            if (next == u'{' || next == u'}') { // escaped brace from FFmpeg's mov_text/text decoders
                out.append(next);
                ++i;
                continue;
            }
        }
        if (c == u'<' && flavor != MarkupFlavor::Ass) {
            const qsizetype close = markup.indexOf(u'>', i);
            if (close > i && applyHtmlTag(markup.mid(i + 1, close - i - 1), flavor, out, cue)) {
                i = close;
                continue;
            }
        }
        if (c == u'&' && flavor == MarkupFlavor::WebVtt) {
            const auto [decoded, length] = decodeReference(markup.mid(i));
            if (length > 0) {
                for (QChar d : decoded)
                    out.append(d);
                i += length - 1;
                continue;
            }
        }
        out.append(c);
    }
    out.finish(cue);
}

int legacyAlignmentToNumpad(int a)
{
    // Numpad: 1-3 bottom, 4-6 middle, 7-9 top.
    if (a >= 1 && a <= 3)
        return a;
    if (a >= 5 && a <= 7)
        return a + 2;
    if (a >= 9 && a <= 11)
        return a - 5;
    return 0;
}

} // namespace cairn::subtitles::detail
