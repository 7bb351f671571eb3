#include "subtitles/webvttcuetext.h"

#include "subtitles/htmlentities.h"
#include "subtitles/textlines.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace cairn::subtitles {

namespace {

using detail::appendEscaped;
using detail::isAsciiDigit;

// Collects ASCII digits; returns the count and the value (saturating, the caller rejects absurd sizes).
qsizetype collectDigits(QStringView s, qsizetype &pos, qint64 &value)
{
    const qsizetype start = pos;
    value = 0;
    while (pos < s.size() && isAsciiDigit(s[pos])) {
        if (pos - start < 15)
            value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
    }
    return pos - start;
}

enum class Node { Root, Class, Italic, Bold, Underline, Ruby, RubyText, Voice, Language };

struct OpenNode
{
    Node kind;
    QString closeMarkup; // what to append to the rich text when this node closes
};

Node nodeForTag(QStringView name)
{
    if (name == u"c")
        return Node::Class;
    if (name == u"i")
        return Node::Italic;
    if (name == u"b")
        return Node::Bold;
    if (name == u"u")
        return Node::Underline;
    if (name == u"ruby")
        return Node::Ruby;
    if (name == u"rt")
        return Node::RubyText;
    if (name == u"v")
        return Node::Voice;
    if (name == u"lang")
        return Node::Language;
    return Node::Root; // unknown: the tree builder ignores the tag
}

// WebVTT's default colour classes (the spec's ::cue(.red) etc. in the user agent style sheet).
QString colorForClasses(const QStringList &classes)
{
    static const struct
    {
        const char16_t *name;
        const char16_t *rgb;
    } kColors[] = {{u"white", u"#ffffff"},  {u"lime", u"#00ff00"},    {u"cyan", u"#00ffff"}, {u"red", u"#ff0000"},
                   {u"yellow", u"#ffff00"}, {u"magenta", u"#ff00ff"}, {u"blue", u"#0000ff"}, {u"black", u"#000000"}};
    for (const QString &c : classes) {
        for (const auto &k : kColors) {
            if (c == QStringView(k.name))
                return QString::fromUtf16(k.rgb);
        }
    }
    return {};
}

bool isRtlLanguage(QStringView lang)
{
    const QStringView primary = lang.left(lang.indexOf(u'-') < 0 ? lang.size() : lang.indexOf(u'-'));
    static const char16_t *const kRtl[] = {u"ar", u"he", u"fa", u"ur", u"ps", u"yi", u"dv", u"ug", u"ckb", u"sd"};
    for (const char16_t *r : kRtl) {
        if (primary.compare(QStringView(r), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isTagWhitespace(QChar c)
{
    return c == u'\t' || c == u'\n' || c == u'\f' || c == u' ' || c == u'\r';
}

// Annotation: leading/trailing whitespace stripped, runs of whitespace collapsed to one space (spec).
QString normalizeAnnotation(const QString &a)
{
    return a.simplified();
}

} // namespace

std::optional<qint64> collectWebVttTimestamp(QStringView s, qsizetype &pos)
{
    if (pos >= s.size() || !isAsciiDigit(s[pos]))
        return std::nullopt;
    qint64 v1 = 0, v2 = 0, v3 = 0, v4 = 0;
    const qsizetype n1 = collectDigits(s, pos, v1);
    if (n1 > 10) // far beyond any video length; also keeps the arithmetic below from overflowing
        return std::nullopt;
    const bool hoursFirst = n1 != 2 || v1 > 59;
    if (pos >= s.size() || s[pos] != u':')
        return std::nullopt;
    ++pos;
    if (collectDigits(s, pos, v2) != 2)
        return std::nullopt;
    qint64 hours = 0, minutes = 0, seconds = 0;
    if (hoursFirst || (pos < s.size() && s[pos] == u':')) {
        if (pos >= s.size() || s[pos] != u':')
            return std::nullopt;
        ++pos;
        if (collectDigits(s, pos, v3) != 2)
            return std::nullopt;
        hours = v1;
        minutes = v2;
        seconds = v3;
    } else {
        minutes = v1;
        seconds = v2;
    }
    if (pos >= s.size() || s[pos] != u'.')
        return std::nullopt;
    ++pos;
    if (collectDigits(s, pos, v4) != 3)
        return std::nullopt;
    if (minutes > 59 || seconds > 59)
        return std::nullopt;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + v4;
}

void renderWebVttCueText(QStringView raw, Cue &cue)
{
    QString &text = cue.text;
    QString &rich = cue.richText;
    if (detail::containsNone(raw, u"<&>\"")) { // no markup: one copy, shared with the rich text if one line
        text = raw.toString();
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

    std::vector<OpenNode> stack; // open elements below the root
    const auto current = [&stack] { return stack.empty() ? Node::Root : stack.back().kind; };
    const auto closeTop = [&] {
        rich.append(stack.back().closeMarkup);
        stack.pop_back();
    };

    const qsizetype n = raw.size();
    qsizetype i = 0;
    QString chunk; // decoded text of one text token
    while (i < n) {
        if (raw[i] != u'<') {
            // Data state: text up to the next '<', with character references decoded.
            chunk.clear();
            while (i < n && raw[i] != u'<') {
                if (raw[i] == u'&') {
                    if (const qsizetype used = decodeCharacterReference(raw, i, chunk)) {
                        i += used;
                        continue;
                    }
                }
                chunk.append(raw[i]);
                ++i;
            }
            text.append(chunk);
            appendEscaped(rich, chunk);
            continue;
        }
        // Tag state. Tokens end at '>' or at the end of the input.
        ++i;
        if (i < n && isAsciiDigit(raw[i])) {
            // Timestamp tag (karaoke): a processing instruction in the DOM, so valid or not it adds no text.
            while (i < n && raw[i] != u'>')
                ++i;
            if (i < n)
                ++i;
            continue;
        }
        if (i < n && raw[i] == u'/') {
            ++i;
            const qsizetype start = i;
            while (i < n && raw[i] != u'>')
                ++i;
            const QStringView name = raw.sliced(start, i - start);
            if (i < n)
                ++i;
            const Node kind = nodeForTag(name);
            if (kind == Node::Root)
                continue;
            if (current() == kind) {
                closeTop();
            } else if (kind == Node::Ruby && current() == Node::RubyText) {
                closeTop();
                closeTop();
            }
            continue;
        }
        // Start tag: name, then .classes, then an annotation after whitespace.
        const qsizetype nameStart = i;
        while (i < n && raw[i] != u'>' && raw[i] != u'.' && !isTagWhitespace(raw[i]))
            ++i;
        const QStringView name = raw.sliced(nameStart, i - nameStart);
        QStringList classes;
        while (i < n && raw[i] == u'.') {
            ++i;
            const qsizetype cs = i;
            while (i < n && raw[i] != u'>' && raw[i] != u'.' && !isTagWhitespace(raw[i]))
                ++i;
            if (i > cs)
                classes.append(raw.sliced(cs, i - cs).toString());
        }
        QString annotation;
        if (i < n && isTagWhitespace(raw[i])) {
            while (i < n && raw[i] != u'>') {
                if (raw[i] == u'&') {
                    if (const qsizetype used = decodeCharacterReference(raw, i, annotation)) {
                        i += used;
                        continue;
                    }
                }
                annotation.append(raw[i]);
                ++i;
            }
            annotation = normalizeAnnotation(annotation);
        }
        if (i < n)
            ++i; // '>'

        const Node kind = nodeForTag(name);
        switch (kind) {
        case Node::Root:
            break; // unknown element: dropped, its content stays
        case Node::RubyText:
            if (current() == Node::Ruby) {
                rich.append(u"<sup>");
                stack.push_back({kind, u"</sup>"_s});
            }
            break;
        case Node::Italic:
            rich.append(u"<i>");
            stack.push_back({kind, u"</i>"_s});
            break;
        case Node::Bold:
            rich.append(u"<b>");
            stack.push_back({kind, u"</b>"_s});
            break;
        case Node::Underline:
            rich.append(u"<u>");
            stack.push_back({kind, u"</u>"_s});
            break;
        case Node::Ruby:
            stack.push_back({kind, QString()});
            break;
        case Node::Class: {
            const QString color = colorForClasses(classes);
            if (color.isEmpty()) {
                stack.push_back({kind, QString()});
            } else {
                rich.append(u"<span style=\"color:" % color % u"\">");
                stack.push_back({kind, u"</span>"_s});
            }
            break;
        }
        case Node::Voice:
            if (cue.voice.isEmpty())
                cue.voice = annotation;
            stack.push_back({kind, QString()});
            break;
        case Node::Language: {
            if (annotation.isEmpty()) {
                stack.push_back({kind, QString()});
                break;
            }
            rich.append(u"<span lang=\"");
            appendEscaped(rich, annotation);
            rich.append(isRtlLanguage(annotation) ? u"\" dir=\"rtl\">"_s : u"\" dir=\"ltr\">"_s);
            stack.push_back({kind, u"</span>"_s});
            break;
        }
        }
    }
    while (!stack.empty())
        closeTop();
}

} // namespace cairn::subtitles
