#include "subtitles/webvttparser.h"

#include "subtitles/textlines.h"
#include "subtitles/webvttcuetext.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace cairn::subtitles {

namespace {

using detail::isAsciiDigit;

bool isVttWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\f' || c == u'\n' || c == u'\r';
}

void skipWhitespace(QStringView s, qsizetype &pos)
{
    while (pos < s.size() && isVttWhitespace(s[pos]))
        ++pos;
}

// "Parse a percentage string": digits, optionally '.' digits, then '%', within 0..100.
std::optional<double> parsePercentage(QStringView v)
{
    if (v.size() < 2 || v.back() != u'%')
        return std::nullopt;
    const QStringView num = v.chopped(1);
    qsizetype digits = 0, dots = 0;
    for (QChar c : num) {
        if (isAsciiDigit(c))
            ++digits;
        else if (c == u'.' && dots == 0 && digits > 0)
            ++dots;
        else
            return std::nullopt;
    }
    if (digits == 0 || num.back() == u'.')
        return std::nullopt;
    bool ok = false;
    const double d = num.toDouble(&ok);
    if (!ok || d < 0 || d > 100)
        return std::nullopt;
    return d;
}

// The line setting's number form: optional '-', digits, optional '.' digits.
std::optional<double> parseLineNumber(QStringView v)
{
    qsizetype i = 0;
    if (i < v.size() && v[i] == u'-')
        ++i;
    qsizetype digits = 0, dots = 0;
    for (; i < v.size(); ++i) {
        if (isAsciiDigit(v[i]))
            ++digits;
        else if (v[i] == u'.' && dots == 0 && digits > 0)
            ++dots;
        else
            return std::nullopt;
    }
    if (digits == 0 || v.back() == u'.')
        return std::nullopt;
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

void parseSettings(QStringView remainder, CueSettings &settings, const QStringList &regions)
{
    qsizetype pos = 0;
    while (pos < remainder.size()) {
        skipWhitespace(remainder, pos);
        const qsizetype start = pos;
        while (pos < remainder.size() && !isVttWhitespace(remainder[pos]))
            ++pos;
        const QStringView setting = remainder.sliced(start, pos - start);
        const qsizetype colon = setting.indexOf(u':');
        if (colon <= 0 || colon == setting.size() - 1)
            continue;
        const QStringView name = setting.left(colon);
        const QStringView value = setting.sliced(colon + 1);
        if (name == u"region") {
            // The last region with that id wins, as in the spec; unknown ids leave the cue without region.
            if (regions.contains(value))
                settings.region = value.toString();
        } else if (name == u"vertical") {
            if (value == u"rl")
                settings.vertical = CueSettings::Vertical::RightToLeft;
            else if (value == u"lr")
                settings.vertical = CueSettings::Vertical::LeftToRight;
        } else if (name == u"line") {
            const qsizetype comma = value.indexOf(u',');
            const QStringView linepos = comma >= 0 ? value.left(comma) : value;
            if (comma >= 0) {
                const QStringView align = value.sliced(comma + 1);
                if (align != u"start" && align != u"center" && align != u"end")
                    continue;
            }
            if (linepos.endsWith(u'%')) {
                if (const auto p = parsePercentage(linepos)) {
                    settings.linePercent = *p;
                    settings.lineNumber.reset();
                }
            } else if (const auto l = parseLineNumber(linepos)) {
                settings.lineNumber = *l;
                settings.linePercent.reset();
            }
        } else if (name == u"position") {
            const qsizetype comma = value.indexOf(u',');
            const QStringView colpos = comma >= 0 ? value.left(comma) : value;
            if (comma >= 0) {
                const QStringView align = value.sliced(comma + 1);
                if (align != u"line-left" && align != u"center" && align != u"line-right")
                    continue;
            }
            if (const auto p = parsePercentage(colpos))
                settings.positionPercent = *p;
        } else if (name == u"size") {
            if (const auto p = parsePercentage(value))
                settings.sizePercent = *p;
        } else if (name == u"align") {
            if (value == u"start")
                settings.align = CueSettings::Align::Start;
            else if (value == u"center")
                settings.align = CueSettings::Align::Center;
            else if (value == u"end")
                settings.align = CueSettings::Align::End;
            else if (value == u"left")
                settings.align = CueSettings::Align::Left;
            else if (value == u"right")
                settings.align = CueSettings::Align::Right;
        }
    }
    // Spec: a cue that sets its own line, size or writing direction leaves its region.
    if (settings.vertical != CueSettings::Vertical::None || settings.linePercent || settings.lineNumber ||
        settings.sizePercent != 100.0)
        settings.region.clear();
}

// "Collect WebVTT cue timings and settings".
bool parseTimingLine(QStringView line, Cue &cue, const QStringList &regions)
{
    qsizetype pos = 0;
    skipWhitespace(line, pos);
    const auto start = collectWebVttTimestamp(line, pos);
    if (!start)
        return false;
    skipWhitespace(line, pos);
    if (!line.sliced(pos).startsWith(u"-->"))
        return false;
    pos += 3;
    skipWhitespace(line, pos);
    const auto end = collectWebVttTimestamp(line, pos);
    if (!end)
        return false;
    cue.startMs = *start;
    cue.endMs = *end;
    parseSettings(line.sliced(pos), cue.settings, regions);
    return true;
}

QString lineWarning(const char *message, qsizetype lineIndex)
{
    return QCoreApplication::translate("cairn::subtitles", message).arg(lineIndex + 1);
}

// The region id from a REGION block's settings lines ("id:fred width:40% ...").
QString regionId(QStringView block)
{
    QString id;
    for (QStringView line : detail::splitLines(block)) {
        qsizetype pos = 0;
        while (pos < line.size()) {
            skipWhitespace(line, pos);
            const qsizetype start = pos;
            while (pos < line.size() && !isVttWhitespace(line[pos]))
                ++pos;
            const QStringView setting = line.sliced(start, pos - start);
            if (setting.startsWith(u"id:") && setting.size() > 3 && !setting.contains(u"-->"))
                id = setting.sliced(3).toString();
        }
    }
    return id;
}

bool startsWithKeyword(QStringView line, QStringView keyword)
{
    return line.startsWith(keyword) &&
           (line.size() == keyword.size() || line[keyword.size()] == u' ' || line[keyword.size()] == u'\t');
}

} // namespace

bool hasWebVttSignature(QStringView text)
{
    if (text.startsWith(u'\xFEFF'))
        text = text.sliced(1);
    if (!text.startsWith(u"WEBVTT"))
        return false;
    if (text.size() == 6)
        return true;
    const QChar c = text[6];
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

ParseResult parseWebVtt(QStringView input)
{
    ParseResult result;
    result.format = Format::WebVtt;
    if (!hasWebVttSignature(input)) {
        result.error = QCoreApplication::translate("cairn::subtitles",
                                                   "Not a WebVTT file: the first line must start with \"WEBVTT\".");
        return result;
    }
    if (input.startsWith(u'\xFEFF'))
        input = input.sliced(1);
    // The spec replaces NUL with U+FFFD before anything else.
    QString nulFree;
    if (input.contains(QChar(u'\0'))) {
        nulFree = input.toString();
        nulFree.replace(QChar(u'\0'), QChar(u'\xFFFD'));
        input = nulFree;
    }

    const std::vector<QStringView> lines = detail::splitLines(input);
    const size_t n = lines.size();
    QStringList regions;
    result.cues.reserve(qsizetype(n / 4));
    QString buffer;

    // "Collect a WebVTT block" over lines[i...]; returns the index after the block.
    const auto collectBlock = [&](size_t i, bool inHeader) -> size_t {
        bool seenCue = false, seenArrow = false, isRegion = false, isStyle = false;
        int lineCount = 0;
        size_t previous = i;
        std::optional<Cue> cue;
        size_t cueLine = i;
        size_t firstLine = i;
        buffer.clear();
        while (i < n) {
            const QStringView line = lines[i++];
            ++lineCount;
            if (detail::containsArrow(line)) {
                if (!inHeader && (lineCount == 1 || (lineCount == 2 && !seenArrow))) {
                    seenArrow = true;
                    previous = i;
                    cue.emplace();
                    cue->identifier = buffer;
                    cueLine = i - 1;
                    if (parseTimingLine(line, *cue, regions)) {
                        buffer.clear();
                        seenCue = true;
                    } else {
                        cue.reset();
                        result.warnings.append(lineWarning(
                            QT_TRANSLATE_NOOP("cairn::subtitles", "line %1: malformed cue timing, cue skipped"),
                            i - 1));
                    }
                } else {
                    i = previous; // this line starts the next block
                    break;
                }
            } else if (line.isEmpty()) {
                break;
            } else {
                if (!inHeader && lineCount == 2 && !seenCue) {
                    if (startsWithKeyword(buffer, u"STYLE"))
                        isStyle = true;
                    else if (startsWithKeyword(buffer, u"REGION"))
                        isRegion = true;
                }
                if (!buffer.isEmpty())
                    buffer.append(u'\n');
                buffer.append(line);
                previous = i;
            }
        }
        if (cue) {
            if (cue->endMs <= cue->startMs) {
                // Browsers keep such a cue but never show it; dropping it keeps search and the transcript honest.
                result.warnings.append(lineWarning(
                    QT_TRANSLATE_NOOP("cairn::subtitles", "line %1: cue ends before it starts, skipped"), cueLine));
            } else {
                renderWebVttCueText(buffer, *cue);
                result.cues.append(std::move(*cue));
            }
        } else if (isRegion) {
            const QString id = regionId(QStringView(buffer).sliced(6));
            if (!id.isEmpty())
                regions.append(id);
        } else if (!inHeader && !isStyle && !seenArrow && !startsWithKeyword(buffer, u"NOTE") &&
                   !buffer.startsWith(u"NOTE\n") && !buffer.isEmpty()) {
            result.warnings.append(lineWarning(
                QT_TRANSLATE_NOOP("cairn::subtitles", "line %1: text outside of a cue ignored"), firstLine));
        }
        return i;
    };

    size_t i = 1; // line 0 is the signature line; the rest of it is ignored
    if (i < n && !lines[i].isEmpty())
        i = collectBlock(i, true);
    else if (i < n)
        ++i;
    while (i < n) {
        while (i < n && lines[i].isEmpty())
            ++i;
        if (i < n)
            i = collectBlock(i, false);
    }

    // Files are nearly always in order already; sorting 50k cues that are would cost more than parsing them.
    const auto byStart = [](const Cue &a, const Cue &b) { return a.startMs < b.startMs; };
    if (!std::is_sorted(result.cues.cbegin(), result.cues.cend(), byStart))
        std::stable_sort(result.cues.begin(), result.cues.end(), byStart);
    result.ok = true;
    return result;
}

} // namespace cairn::subtitles
