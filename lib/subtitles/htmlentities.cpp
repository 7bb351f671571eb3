#include "subtitles/htmlentities.h"

#include <algorithm>
#include <cstring>

namespace cairn::subtitles {

namespace {

constexpr qsizetype kLongestEntityName = 32; // "CounterClockwiseContourIntegral;" is the longest name

// HTML maps numeric references to C1 controls onto windows-1252, because that is what pages meant.
constexpr char16_t kC1Replacements[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                          0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                          0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                          0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp > 0xFFFF) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

const detail::HtmlEntity *findEntity(const char *name, size_t len)
{
    const detail::HtmlEntity *begin = detail::kHtmlEntities;
    const detail::HtmlEntity *end = begin + detail::kHtmlEntityCount;
    const auto *it = std::lower_bound(begin, end, std::pair{name, len}, [](const detail::HtmlEntity &e, auto key) {
        const int c = std::strncmp(e.name, key.first, key.second);
        return c < 0 || (c == 0 && std::strlen(e.name) < key.second);
    });
    if (it != end && std::strlen(it->name) == len && std::strncmp(it->name, name, len) == 0)
        return it;
    return nullptr;
}

qsizetype decodeNumeric(QStringView in, qsizetype pos, QString &out)
{
    // in[pos] == '&', in[pos + 1] == '#'
    qsizetype i = pos + 2;
    bool hex = false;
    if (i < in.size() && (in[i] == u'x' || in[i] == u'X')) {
        hex = true;
        ++i;
    }
    const qsizetype digitsStart = i;
    char32_t value = 0;
    bool overflow = false;
    for (; i < in.size(); ++i) {
        const char16_t u = in[i].unicode();
        int d = -1;
        if (u >= '0' && u <= '9')
            d = u - '0';
        else if (hex && u >= 'a' && u <= 'f')
            d = u - 'a' + 10;
        else if (hex && u >= 'A' && u <= 'F')
            d = u - 'A' + 10;
        if (d < 0)
            break;
        if (!overflow) {
            value = value * (hex ? 16 : 10) + char32_t(d);
            overflow = value > 0x10FFFF; // stop accumulating: the result is U+FFFD anyway
        }
    }
    if (i == digitsStart)
        return 0; // "&#" or "&#x" without digits is literal text
    if (i < in.size() && in[i] == u';')
        ++i;
    if (overflow || value == 0 || (value >= 0xD800 && value <= 0xDFFF))
        value = 0xFFFD;
    else if (value >= 0x80 && value <= 0x9F)
        value = kC1Replacements[value - 0x80];
    appendCodePoint(out, value);
    return i - pos;
}

} // namespace

qsizetype decodeCharacterReference(QStringView in, qsizetype pos, QString &out)
{
    if (pos + 1 >= in.size())
        return 0;
    if (in[pos + 1] == u'#')
        return decodeNumeric(in, pos, out);

    // Named: the longest name in the table that the following characters start with.
    char name[kLongestEntityName + 2];
    qsizetype run = 0;
    while (run < kLongestEntityName && pos + 1 + run < in.size() && isAsciiAlnum(in[pos + 1 + run])) {
        name[run] = char(in[pos + 1 + run].unicode());
        ++run;
    }
    if (run == 0)
        return 0;
    if (pos + 1 + run < in.size() && in[pos + 1 + run] == u';') {
        name[run] = ';';
        if (const auto *e = findEntity(name, size_t(run + 1))) {
            appendCodePoint(out, e->first);
            if (e->second)
                appendCodePoint(out, e->second);
            return run + 2;
        }
    }
    // Legacy references without ';' ("&eacute", "&amp") still count, longest first ("&notin" vs "&not").
    for (qsizetype len = run; len > 1; --len) {
        if (const auto *e = findEntity(name, size_t(len))) {
            appendCodePoint(out, e->first);
            if (e->second)
                appendCodePoint(out, e->second);
            return len + 1;
        }
    }
    return 0;
}

QString decodeCharacterReferences(QStringView in)
{
    if (!in.contains(u'&'))
        return in.toString();
    QString out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size();) {
        if (in[i] == u'&') {
            if (const qsizetype n = decodeCharacterReference(in, i, out)) {
                i += n;
                continue;
            }
        }
        out.append(in[i]);
        ++i;
    }
    return out;
}

} // namespace cairn::subtitles
