#include "subtitles/srtparser.h"

#include "subtitles/textlines.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace cairn::subtitles {

namespace {

using detail::isAsciiDigit;
using detail::isBlank;

constexpr qsizetype kMaxDigits = 9; // per field; keeps arithmetic far from overflow

qsizetype digitRun(QStringView s, qsizetype &pos, qint64 &value)
{
    const qsizetype start = pos;
    value = 0;
    while (pos < s.size() && isAsciiDigit(s[pos])) {
        if (pos - start < kMaxDigits)
            value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
    }
    return pos - start;
}

// [hh:]mm:ss[(,|.)t{1,3}] with the millisecond digits read as an integer, as ffmpeg and VLC do ("1,5" is 5 ms).
std::optional<qint64> parseSrtTimestamp(QStringView s, qsizetype &pos)
{
    while (pos < s.size() && (s[pos] == u' ' || s[pos] == u'\t'))
        ++pos;
    qint64 fields[3] = {0, 0, 0};
    int count = 0;
    while (count < 3) {
        const qsizetype len = digitRun(s, pos, fields[count]);
        if (len == 0 || len > kMaxDigits)
            return std::nullopt;
        ++count;
        if (pos < s.size() && s[pos] == u':' && count < 3)
            ++pos;
        else
            break;
    }
    if (count < 2)
        return std::nullopt;
    const qint64 hours = count == 3 ? fields[0] : 0;
    const qint64 minutes = count == 3 ? fields[1] : fields[0];
    const qint64 seconds = count == 3 ? fields[2] : fields[1];
    qint64 millis = 0;
    if (pos < s.size() && (s[pos] == u',' || s[pos] == u'.')) {
        ++pos;
        const qsizetype start = pos;
        while (pos < s.size() && isAsciiDigit(s[pos])) {
            if (pos - start < 3)
                millis = millis * 10 + (s[pos].unicode() - u'0');
            ++pos;
        }
        if (pos == start)
            return std::nullopt;
    }
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
}

// "start --> end" followed by anything (X1:.. X2:.. coordinates, garbage); true when both times parse.
bool parseTimingLine(QStringView line, qint64 &start, qint64 &end)
{
    qsizetype pos = 0;
    const auto s = parseSrtTimestamp(line, pos);
    if (!s)
        return false;
    while (pos < line.size() && (line[pos] == u' ' || line[pos] == u'\t'))
        ++pos;
    if (!line.sliced(pos).startsWith(u"-->"))
        return false;
    pos += 3;
    const auto e = parseSrtTimestamp(line, pos);
    if (!e)
        return false;
    start = *s;
    end = *e;
    return true;
}

// Lines that try to be timing lines: "-->" anywhere, or a timestamp-like start with a short "->" arrow (a typo
// we report as a malformed timing line rather than as stray text). Hand-rolled: it runs on every line.
bool isTimingCandidate(QStringView line)
{
    const char16_t *d = line.utf16();
    const qsizetype n = line.size();
    bool shortArrow = false, colon = false;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (d[i] == u':')
            colon = true;
        if (d[i] == u'-' && d[i + 1] == u'>') {
            if (i > 0 && d[i - 1] == u'-')
                return true;
            shortArrow = true;
        }
    }
    if (!shortArrow || !colon)
        return false;
    const QStringView t = line.trimmed();
    return !t.isEmpty() && isAsciiDigit(t.front());
}

bool isSequenceNumber(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 12)
        return false;
    return std::all_of(line.begin(), line.end(), [](QChar c) { return isAsciiDigit(c); });
}

QString lineWarning(const char *message, size_t lineIndex)
{
    return QCoreApplication::translate("cairn::subtitles", message).arg(lineIndex + 1);
}

} // namespace

ParseResult parseSrt(QStringView input)
{
    ParseResult result;
    result.format = Format::Srt;
    if (input.startsWith(u'\xFEFF'))
        input = input.sliced(1);
    const std::vector<QStringView> lines = detail::splitLines(input);
    const size_t n = lines.size();
    result.cues.reserve(qsizetype(n / 4));

    bool sawTiming = false;
    bool sawText = false;
    QString identifier;
    QString raw;
    size_t i = 0;
    while (i < n) {
        const QStringView line = lines[i];
        if (isBlank(line)) {
            ++i;
            continue;
        }
        sawText = true;
        if (isTimingCandidate(line)) {
            sawTiming = true;
            Cue cue;
            const bool timed = parseTimingLine(line, cue.startMs, cue.endMs);
            const size_t timingLine = i;
            // The text runs to the first blank line, or up to a following cue that lacks the blank line.
            size_t j = i + 1;
            while (j < n && !isBlank(lines[j]) && !isTimingCandidate(lines[j]) &&
                   !(isSequenceNumber(lines[j]) && j + 1 < n && isTimingCandidate(lines[j + 1])))
                ++j;
            if (!timed) {
                result.warnings.append(lineWarning(
                    QT_TRANSLATE_NOOP("cairn::subtitles", "line %1: malformed timing line, cue skipped"), timingLine));
            } else if (cue.endMs <= cue.startMs) {
                // VLC and mpv never show such a cue; say so instead of keeping an invisible entry.
                result.warnings.append(lineWarning(
                    QT_TRANSLATE_NOOP("cairn::subtitles", "line %1: cue ends before it starts, skipped"), timingLine));
            } else {
                raw.clear();
                for (size_t k = i + 1; k < j; ++k) {
                    if (k > i + 1)
                        raw.append(u'\n');
                    raw.append(lines[k]);
                }
                cue.identifier = identifier;
                renderSrtCueText(raw, cue);
                result.cues.append(std::move(cue));
            }
            identifier.clear();
            i = j;
            continue;
        }
        if (isSequenceNumber(line)) {
            // A number counts as the next cue's identifier whatever its value: files with wrong or
            // duplicated numbers play fine everywhere.
            identifier = line.trimmed().toString();
            ++i;
            continue;
        }
        // Garbage between cues: skip the run of such lines with one warning; the cues around it survive.
        result.warnings.append(
            lineWarning(QT_TRANSLATE_NOOP("cairn::subtitles", "line %1: unexpected text outside a cue skipped"), i));
        identifier.clear();
        while (i < n && !isBlank(lines[i]) && !isTimingCandidate(lines[i]) &&
               !(isSequenceNumber(lines[i]) && i + 1 < n && isTimingCandidate(lines[i + 1])))
            ++i;
    }

    // Files are nearly always in order already; sorting 50k cues that are would cost more than parsing them.
    const auto byStart = [](const Cue &a, const Cue &b) { return a.startMs < b.startMs; };
    if (!std::is_sorted(result.cues.cbegin(), result.cues.cend(), byStart))
        std::stable_sort(result.cues.begin(), result.cues.end(), byStart);
    if (sawText && !sawTiming) {
        result.error = QCoreApplication::translate("cairn::subtitles", "No subtitle timing line (\"-->\") found.");
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace cairn::subtitles
