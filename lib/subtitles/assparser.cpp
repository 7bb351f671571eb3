#include "subtitles/assparser.h"

#include "subtitles/eventmarkup.h"
#include "subtitles/textlines.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace cairn::subtitles {

namespace {

/// "0:00:01.50" (h:mm:ss.cc). Lenient as players are: any number of hour digits, 1–3 fraction digits.
std::optional<qint64> parseAssTime(QStringView s)
{
    s = s.trimmed();
    const auto parts = s.split(u':');
    if (parts.size() != 3)
        return std::nullopt;
    bool okH = false, okM = false;
    const qint64 h = parts[0].toLongLong(&okH);
    const qint64 m = parts[1].toLongLong(&okM);
    const QStringView secPart = parts[2];
    const qsizetype dot = secPart.indexOf(u'.');
    bool okS = false;
    const qint64 sec = (dot < 0 ? secPart : secPart.first(dot)).toLongLong(&okS);
    if (!okH || !okM || !okS || h < 0 || m < 0 || m > 59 || sec < 0 || sec > 59)
        return std::nullopt;
    qint64 ms = 0;
    if (dot >= 0) {
        const QStringView frac = secPart.sliced(dot + 1);
        if (frac.isEmpty() || frac.size() > 3 || !std::all_of(frac.begin(), frac.end(), detail::isAsciiDigit))
            return std::nullopt;
        ms = frac.toInt();
        for (qsizetype k = frac.size(); k < 3; ++k)
            ms *= 10; // ".5" is 500 ms, ".50" too, ".500" too
    }
    return ((h * 60 + m) * 60 + sec) * 1000 + ms;
}

/// Splits "a, b, c, text, with, commas" into `count` fields: the last one keeps the rest, commas included.
QList<QStringView> splitFields(QStringView value, qsizetype count)
{
    QList<QStringView> out;
    qsizetype start = 0;
    while (out.size() + 1 < count) {
        const qsizetype comma = value.indexOf(u',', start);
        if (comma < 0)
            break;
        out.append(value.sliced(start, comma - start));
        start = comma + 1;
    }
    out.append(value.sliced(start));
    return out;
}

QStringList lowerFields(QStringView value)
{
    QStringList out;
    for (QStringView f : value.split(u','))
        out << f.trimmed().toString().toLower();
    return out;
}

QString lineMessage(const char *message, size_t lineIndex)
{
    return QCoreApplication::translate("cairn::subtitles", message).arg(lineIndex + 1);
}

} // namespace

bool looksLikeAss(QStringView text)
{
    if (text.startsWith(u'\xFEFF'))
        text = text.sliced(1);
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 4096)).trimmed();
    if (head.startsWith(u"[Script Info]", Qt::CaseInsensitive))
        return true;
    // Without the header: an "[Events]" line and a line starting with "Dialogue:", and no SRT timing arrow
    // (an SRT about subtitle formats may quote both words).
    bool events = false, dialogue = false;
    for (QStringView line : detail::splitLines(text)) {
        line = line.trimmed();
        if (line.contains(u"-->"))
            return false;
        events |= line.compare(u"[Events]", Qt::CaseInsensitive) == 0;
        dialogue |= line.startsWith(u"Dialogue:", Qt::CaseInsensitive);
    }
    return events && dialogue;
}

ParseResult parseAss(QStringView input)
{
    ParseResult result;
    result.format = Format::Ass;
    if (input.startsWith(u'\xFEFF'))
        input = input.sliced(1);
    const std::vector<QStringView> lines = detail::splitLines(input);

    enum class Section { Other, Styles, Events };
    Section section = Section::Other;
    bool legacyStyles = false;
    // The v4+ default; SSA v4 writes "Marked" where ASS writes "Layer", which changes no position.
    QStringList eventFormat{u"layer"_s, u"start"_s, u"end"_s, u"style"_s, u"name"_s, u"marginl"_s,
                            u"marginr"_s, u"marginv"_s, u"effect"_s, u"text"_s};
    QStringList styleFormat;
    QHash<QString, int> styleAlignment; // lower-case style name → numpad alignment
    bool sawEvents = false;

    for (size_t i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u"!:"))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QString name = line.toString().toLower();
            legacyStyles = name == u"[v4 styles]";
            section = name == u"[events]"                                ? Section::Events
                      : (legacyStyles || name == u"[v4+ styles]")         ? Section::Styles
                                                                          : Section::Other;
            sawEvents |= section == Section::Events;
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0 || section == Section::Other)
            continue;
        const QString key = line.first(colon).trimmed().toString().toLower();
        QStringView value = line.sliced(colon + 1);
        while (!value.isEmpty() && value.front() == u' ')
            value = value.sliced(1);

        if (section == Section::Styles) {
            if (key == u"format") {
                styleFormat = lowerFields(value);
            } else if (key == u"style" && !styleFormat.isEmpty()) {
                const QList<QStringView> fields = splitFields(value, styleFormat.size());
                const qsizetype nameAt = styleFormat.indexOf(u"name"_s);
                const qsizetype alignAt = styleFormat.indexOf(u"alignment"_s);
                if (nameAt >= 0 && alignAt >= 0 && nameAt < fields.size() && alignAt < fields.size()) {
                    const int a = fields[alignAt].trimmed().toInt();
                    styleAlignment.insert(fields[nameAt].trimmed().toString().toLower(),
                                          legacyStyles ? detail::legacyAlignmentToNumpad(a) : (a >= 1 && a <= 9 ? a : 0));
                }
            }
            continue;
        }

        // [Events]
        if (key == u"format") {
            eventFormat = lowerFields(value);
            continue;
        }
        if (key != u"dialogue")
            continue; // Comment:, Picture:, Sound:, Movie:, Command: are not shown
        const qsizetype startAt = eventFormat.indexOf(u"start"_s);
        const qsizetype endAt = eventFormat.indexOf(u"end"_s);
        const qsizetype textAt = eventFormat.indexOf(u"text"_s);
        const qsizetype styleAt = eventFormat.indexOf(u"style"_s);
        if (startAt < 0 || endAt < 0 || textAt != eventFormat.size() - 1)
            continue; // a Format line without Start/End/Text last: nothing can be read
        const QList<QStringView> fields = splitFields(value, eventFormat.size());
        if (fields.size() != eventFormat.size()) {
            result.warnings << lineMessage(
                QT_TRANSLATE_NOOP("cairn::subtitles", "line %1: malformed timing line, cue skipped"), i);
            continue;
        }
        const std::optional<qint64> start = parseAssTime(fields[startAt]);
        const std::optional<qint64> end = parseAssTime(fields[endAt]);
        if (!start || !end) {
            result.warnings << lineMessage(
                QT_TRANSLATE_NOOP("cairn::subtitles", "line %1: malformed timing line, cue skipped"), i);
            continue;
        }
        Cue cue;
        cue.startMs = *start;
        cue.endMs = *end;
        // The event's own text from the raw line (trimming above only touched its ends).
        detail::fillCueText(cue, fields[textAt], detail::MarkupFlavor::Ass);
        if (cue.settings.assAlignment == 0 && styleAt >= 0) {
            const int a = styleAlignment.value(fields[styleAt].trimmed().toString().toLower(), 0);
            if (a != 0 && a != 2) // 2, bottom centre, is where cues go anyway
                cue.settings.assAlignment = a;
        }
        if (cue.text.isEmpty() || cue.endMs <= cue.startMs)
            continue; // a drawing, an empty line, or an event that never shows
        result.cues.append(std::move(cue));
    }

    // Scripts list events in any order (by layer, by style, as typeset); players show them by time.
    std::stable_sort(result.cues.begin(), result.cues.end(),
                     [](const Cue &a, const Cue &b) { return a.startMs < b.startMs; });
    result.ok = !result.cues.isEmpty();
    if (!result.ok)
        result.error = sawEvents
                           ? QCoreApplication::translate("cairn::subtitles",
                                                         "This ASS/SSA file has no dialogue line that can be shown.")
                           : QCoreApplication::translate("cairn::subtitles",
                                                         "This ASS/SSA file has no [Events] section.");
    return result;
}

} // namespace cairn::subtitles
