#pragma once
// Line splitting shared by the parsers: views into the decoded text, no copies.
#include <QStringView>
#include <vector>

namespace cairn::subtitles::detail {

/// Splits on CRLF, CR or LF (as WebVTT and every SRT reader do). A final line terminator does not start an
/// extra empty line, so "a\nb\n" and "a\nb" both give {"a", "b"}.
inline std::vector<QStringView> splitLines(QStringView text)
{
    std::vector<QStringView> lines;
    lines.reserve(size_t(text.size() / 24 + 1));
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = d[i];
        if (c == u'\n' || c == u'\r') {
            lines.push_back(text.sliced(start, i - start));
            if (c == u'\r' && i + 1 < n && d[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        lines.push_back(text.sliced(start));
    return lines;
}

inline bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (c != u' ' && c != u'\t' && c != u'\f')
            return false;
    }
    return true;
}

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

/// True when `line` contains "-->" (hand-rolled: QStringView::contains costs more and this runs on every line).
inline bool containsArrow(QStringView line)
{
    const char16_t *d = line.utf16();
    for (qsizetype i = 2; i < line.size(); ++i) {
        if (d[i] == u'>' && d[i - 1] == u'-' && d[i - 2] == u'-')
            return true;
    }
    return false;
}

/// Appends `s` to a Qt rich-text string with the characters that could open markup escaped.
/// Copies runs of ordinary characters in one go: this runs once per cue on every file.
inline void appendEscaped(QString &rich, QStringView s)
{
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c != u'&' && c != u'<' && c != u'>' && c != u'"' && c != u'\n')
            continue;
        rich.append(s.sliced(runStart, i - runStart));
        switch (c) {
        case u'&':
            rich.append(u"&amp;");
            break;
        case u'<':
            rich.append(u"&lt;");
            break;
        case u'>':
            rich.append(u"&gt;");
            break;
        case u'"':
            rich.append(u"&quot;");
            break;
        default:
            rich.append(u"<br>");
            break;
        }
        runStart = i + 1;
    }
    rich.append(s.sliced(runStart));
}

/// True when `s` holds none of `chars` (a quick test for the markup-free fast paths).
inline bool containsNone(QStringView s, QStringView chars)
{
    const char16_t *set = chars.utf16();
    const qsizetype setSize = chars.size();
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u > 0x7F)
            continue; // the sets are ASCII; most cue text in five of the six languages is not
        for (qsizetype k = 0; k < setSize; ++k) {
            if (set[k] == u)
                return false;
        }
    }
    return true;
}

} // namespace cairn::subtitles::detail
