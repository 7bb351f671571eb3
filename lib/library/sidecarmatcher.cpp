#include "library/sidecarmatcher.h"

#include "library/languagetag.h"

#include <QDir>
#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace cairn::library {

namespace {

// Two- and three-letter ISO codes that are also everyday words in file names ("Lecture.it.srt" may be Italian,
// "Intro.Part.it.srt" is not). They count as languages only straight after the video's own name.
const QSet<QString> &ambiguousCodes()
{
    static const QSet<QString> kWords = {
        u"it"_s,  u"no"_s,  u"is"_s,  u"as"_s,  u"be"_s,  u"my"_s,  u"to"_s,  u"or"_s,  u"so"_s,  u"am"_s,
        u"an"_s,  u"he"_s,  u"hi"_s,  u"la"_s,  u"et"_s,  u"id"_s,  u"se"_s,  u"sc"_s,  u"tc"_s,  u"cn"_s,
        u"kr"_s,  u"mo"_s,  u"man"_s, u"men"_s, u"run"_s, u"hat"_s, u"sin"_s, u"fin"_s, u"vol"_s, u"art"_s,
        u"ace"_s, u"bin"_s, u"can"_s, u"car"_s, u"cat"_s, u"day"_s, u"die"_s, u"end"_s, u"lit"_s, u"mad"_s,
        u"nap"_s, u"pag"_s, u"pan"_s, u"sat"_s, u"sun"_s, u"tiv"_s, u"war"_s, u"pi"_s,
    };
    return kWords;
}

// Tokens that only describe the subtitle: consumed silently, never shown as a label.
const QSet<QString> &ignoredTokens()
{
    static const QSet<QString> kTokens = {u"default"_s,   u"full"_s,  u"normal"_s, u"sub"_s,  u"subs"_s,  u"subtitle"_s,
                                          u"subtitles"_s, u"track"_s, u"text"_s,   u"utf8"_s, u"utf-8"_s, u"srt"_s,
                                          u"vtt"_s,       u"x264"_s,  u"x265"_s,   u"h264"_s, u"hevc"_s};
    return kTokens;
}

// Words that describe a subtitle track rather than name its language.
bool isFlagWord(const QString &lower)
{
    static const QSet<QString> kFlags = {u"forced"_s, u"foreign"_s, u"sdh"_s,     u"cc"_s,
                                         u"hi"_s,     u"hearing"_s, u"impaired"_s};
    return kFlags.contains(lower) || ignoredTokens().contains(lower);
}

// Separators between name parts. '-' and '_' are not among them: they also join "zh-Hans", "pt_BR".
bool isPieceSeparator(QChar c)
{
    return c == u'.' || c == u' ' || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u'{' || c == u'}' ||
           c == u',' || c == u'+' || c == u'\u00A0';
}

bool isBoundary(QChar c)
{
    return isPieceSeparator(c) || c == u'-' || c == u'_';
}

bool isResolutionOrNumber(QStringView t)
{
    qsizetype digits = 0;
    while (digits < t.size() && t.at(digits).isDigit())
        ++digits;
    if (digits == t.size())
        return true;
    return digits >= 3 && digits == t.size() - 1 && (t.back() == u'p' || t.back() == u'i' || t.back() == u'P');
}

bool isAsciiDigitsOnly(QStringView t)
{
    return !t.isEmpty() && std::all_of(t.begin(), t.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool hasSubtitleSuffix(QStringView fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    if (dot <= 0)
        return false;
    const QStringView suffix = fileName.mid(dot + 1);
    return std::any_of(subtitleExtensions().cbegin(), subtitleExtensions().cend(),
                       [suffix](const QString &ext) { return suffix.compare(ext, Qt::CaseInsensitive) == 0; });
}

bool isAscii(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// Names compare case-insensitively and in NFC: macOS writes NFD, Windows and Linux usually NFC.
QString nfc(const QString &s)
{
    return isAscii(s) ? s : s.normalized(QString::NormalizationForm_C);
}
QString fold(const QString &s)
{
    return nfc(s).toCaseFolded();
}

struct ParsedName
{
    QString language;
    bool forced = false;
    bool sdh = false;
    QStringList label;
};

// Splits what follows the video's name ("_fr", ".en.forced", " (Simplified Chinese)") into tokens.
QStringList tokenize(QStringView rest)
{
    QStringList tokens;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= rest.size(); ++i) {
        if (i < rest.size() && !isPieceSeparator(rest.at(i)))
            continue;
        QStringView piece = rest.mid(start, i - start);
        start = i + 1;
        while (!piece.isEmpty() && (piece.front() == u'-' || piece.front() == u'_'))
            piece = piece.mid(1);
        while (!piece.isEmpty() && (piece.back() == u'-' || piece.back() == u'_'))
            piece.chop(1);
        if (piece.isEmpty())
            continue;
        // "zh_CN", "pt-BR", "en-US" stay whole; "English_SDH", "fr-forced" split into their parts.
        const bool joined = piece.contains(u'-') || piece.contains(u'_');
        if (!joined || !normalizeLanguageTag(piece).isEmpty()) {
            tokens.append(piece.toString());
            continue;
        }
        for (const QStringView part : piece.split(u'-')) {
            for (const QStringView sub : part.split(u'_')) {
                if (!sub.isEmpty())
                    tokens.append(sub.toString());
            }
        }
    }
    return tokens;
}

// A language token in a name: known to Cairn/QLocale and, if it is also a word, allowed here.
QString languageOf(const QString &token, bool ambiguousAllowed)
{
    const QString tag = normalizeLanguageTag(token);
    if (!isKnownLanguage(tag))
        return {};
    if (!ambiguousAllowed && ambiguousCodes().contains(token.toCaseFolded()))
        return {};
    return tag;
}

// Reads language and flags from the end of the tokens: only the last tokens can be language and flags,
// so "Part.de.2" has no language and "My.Movie.2019" is not Burmese. `ambiguousAtStart` allows word-like codes
// when nothing stands between them and the video name.
ParsedName parseTokens(const QStringList &tokens, bool ambiguousAtStart)
{
    ParsedName parsed;
    qsizetype i = tokens.size() - 1;
    while (i >= 0) {
        const QString lower = tokens.at(i).toCaseFolded();
        if (lower == u"forced"_s || lower == u"foreign"_s) {
            parsed.forced = true;
            --i;
            continue;
        }
        if (lower == u"sdh"_s || lower == u"cc"_s || lower == u"hearing"_s || lower == u"impaired"_s) {
            parsed.sdh = true;
            --i;
            continue;
        }
        // "hi" after a language is hearing-impaired ("Name.eng.hi.srt"); on its own it is Hindi.
        if (lower == u"hi"_s && parsed.language.isEmpty() && i > 0 && !languageOf(tokens.at(i - 1), true).isEmpty()) {
            parsed.sdh = true;
            --i;
            continue;
        }
        // Release noise after the language ("Name.fr.1080p") says nothing about it; a bare number does ("Part.de.2").
        if (ignoredTokens().contains(lower) || (!isAsciiDigitsOnly(lower) && isResolutionOrNumber(lower))) {
            --i;
            continue;
        }
        if (!parsed.language.isEmpty())
            break;
        // Two-word names first: "Simplified Chinese", "Chinese (Traditional)", "Brazilian Portuguese", "English US".
        // A flag word is never half of a name: "SDH English" must keep its flag, "subs.it" its ambiguity rule.
        if (i > 0 && !isFlagWord(tokens.at(i - 1).toCaseFolded())) {
            const QString pair = tokens.at(i - 1) + u' ' + tokens.at(i);
            const QString tag = normalizeLanguageTag(pair);
            if (isKnownLanguage(tag)) {
                parsed.language = tag;
                i -= 2;
                continue;
            }
        }
        const QString tag = languageOf(tokens.at(i), ambiguousAtStart && i == 0);
        if (tag.isEmpty())
            break;
        parsed.language = tag;
        --i;
    }
    for (qsizetype j = 0; j <= i; ++j) {
        if (!isResolutionOrNumber(tokens.at(j)) || tokens.at(j).size() < 3)
            parsed.label.append(tokens.at(j));
    }
    return parsed;
}

struct FileName
{
    QString stem;       ///< NFC, original case
    QString foldedStem; ///< NFC, case-folded
    QString suffix;     ///< lowercase extension without dot
};

FileName splitFileName(const QString &fileName)
{
    FileName f;
    const qsizetype dot = fileName.lastIndexOf(u'.');
    const QString stem = dot > 0 ? fileName.left(dot) : fileName;
    f.suffix = dot > 0 ? fileName.mid(dot + 1).toLower() : QString();
    f.stem = nfc(stem);
    f.foldedStem = f.stem.toCaseFolded();
    return f;
}

// The part of the subtitle's name after the video's name, in original case, or a null string when the subtitle's
// name does not start with the video's name at a word boundary.
QString restAfterStem(const FileName &sub, const QString &foldedVideoStem)
{
    if (!sub.foldedStem.startsWith(foldedVideoStem))
        return {};
    const qsizetype n = foldedVideoStem.size();
    if (sub.foldedStem.size() > n && !isBoundary(sub.foldedStem.at(n)))
        return {};
    // Case folding can change the length (ß -> ss); then the folded rest is the best we have.
    const QString &source = sub.stem.size() == sub.foldedStem.size() ? sub.stem : sub.foldedStem;
    return source.mid(n).isNull() ? u""_s : source.mid(n);
}

QString stripLeadingNumber(const QString &stem)
{
    // Release-style folders number their tracks: "2_English", "3 - Arabic", "04.French".
    qsizetype i = 0;
    while (i < stem.size() && stem.at(i).isDigit())
        ++i;
    if (i == 0 || i == stem.size())
        return stem;
    qsizetype j = i;
    while (j < stem.size() && (isBoundary(stem.at(j))))
        ++j;
    return j > i ? stem.mid(j) : stem;
}

} // namespace

const QStringList &subtitleExtensions()
{
    static const QStringList kExtensions = {u"srt"_s, u"vtt"_s, u"webvtt"_s, u"ass"_s, u"ssa"_s};
    return kExtensions;
}

const QStringList &videoExtensions()
{
    // The seven, plus what older downloads and cameras still produce: MPEG-PS, MPEG-TS/AVCHD, 3GPP, Flash
    // video (GStreamer base/good/bad + libav play them all; WMV would need the "ugly" plugins, so it is left out).
    static const QStringList kExtensions = {u"mp4"_s, u"m4v"_s, u"mkv"_s, u"webm"_s, u"mov"_s, u"avi"_s,
                                            u"ogv"_s, u"mpg"_s, u"mpeg"_s, u"m2ts"_s, u"mts"_s, u"3gp"_s, u"flv"_s};
    return kExtensions;
}

bool isSubtitleFolderName(const QString &name)
{
    static const QSet<QString> kNames = {
        u"subs"_s,       u"sub"_s,        u"subtitles"_s, u"subtitle"_s,    u"srt"_s,        u"vtt"_s,
        u"captions"_s,   u"caption"_s,    u"legendas"_s,  u"sous-titres"_s, u"soustitres"_s, u"subtítulos"_s,
        u"subtitulos"_s, u"untertitel"_s, u"字幕"_s,      u"субтитры"_s,    u"ترجمة"_s,      u"ترجمات"_s,
    };
    return kNames.contains(fold(name));
}

QList<SidecarMatch> matchSidecars(const QString &videoPath, const QStringList &candidates,
                                  const QStringList &siblingVideos)
{
    const QString rawVideo = QDir::fromNativeSeparators(videoPath);
    const qsizetype videoSlash = rawVideo.lastIndexOf(u'/');
    const QStringView rawVideoDir = QStringView(rawVideo).left(videoSlash);
    const QString videoDir = nfc(rawVideoDir.toString());
    const FileName videoName = splitFileName(rawVideo.mid(videoSlash + 1));
    const QString parentDir = videoDir.left(videoDir.lastIndexOf(u'/'));
    // Called once per video with every subtitle of a folder that may hold hundreds of videos: an ASCII name lets a
    // cheap case-insensitive prefix test reject most candidates before any normalisation or allocation.
    const bool asciiStem = isAscii(videoName.stem);
    const auto cannotStartWithStem = [&](QStringView fileName) {
        return asciiStem && !fileName.startsWith(videoName.stem, Qt::CaseInsensitive);
    };

    // Sibling videos whose names extend ours ("Intro part 2" for "Intro"): subtitles matching them are theirs.
    QStringList longerSiblings;
    for (const QString &sibling : siblingVideos) {
        const QString s = QDir::fromNativeSeparators(sibling);
        const QStringView siblingName = QStringView(s).mid(s.lastIndexOf(u'/') + 1);
        if (siblingName.size() <= videoName.stem.size() + 1 || cannotStartWithStem(siblingName))
            continue;
        const FileName name = splitFileName(s.mid(s.lastIndexOf(u'/') + 1));
        if (name.foldedStem.size() > videoName.foldedStem.size() && !restAfterStem(name, videoName.foldedStem).isNull())
            longerSiblings.append(name.foldedStem);
    }
    const auto belongsToSibling = [&longerSiblings](const FileName &sub) {
        return std::any_of(longerSiblings.cbegin(), longerSiblings.cend(),
                           [&sub](const QString &sibling) { return !restAfterStem(sub, sibling).isNull(); });
    };

    // Matches the subtitle's own name against the video's name; `folderLanguage` is what its folder says.
    const auto matchByName = [&](const FileName &sub, const QString &folderLanguage) -> std::optional<ParsedName> {
        QString rest = restAfterStem(sub, videoName.foldedStem);
        if (rest.isNull() || (!rest.isEmpty() && belongsToSibling(sub)))
            return std::nullopt;
        // "Name.mp4.srt", "Name.mp4.es.srt": some tools keep a video extension in the subtitle's name.
        if (rest.startsWith(u'.')) {
            const qsizetype end = rest.indexOf(u'.', 1);
            if (videoExtensions().contains(rest.mid(1, end < 0 ? -1 : end - 1).toLower()))
                rest = end < 0 ? u""_s : rest.mid(end);
        }
        ParsedName parsed = parseTokens(tokenize(rest), true);
        if (parsed.language.isEmpty())
            parsed.language = folderLanguage;
        return parsed;
    };

    QList<SidecarMatch> matches;
    QSet<QString> seen;
    for (const QString &candidate : candidates) {
        const QString path = QDir::fromNativeSeparators(candidate);
        const qsizetype slash = path.lastIndexOf(u'/');
        const QStringView fileName = QStringView(path).mid(slash + 1);
        if (!hasSubtitleSuffix(fileName))
            continue;
        if (QStringView(path).left(slash) == rawVideoDir && cannotStartWithStem(fileName))
            continue;
        const FileName sub = splitFileName(fileName.toString());

        // Where the subtitle sits relative to the video: same folder, Subs/, Subs/<lang>/, Subs/<video name>/,
        // <lang>/, or the same below the parent folder ("../Subs/...") for courses that keep videos in a subfolder.
        const QString dir = nfc(path.left(slash));
        QStringList folders;
        if (dir != videoDir) {
            QString relative;
            if (dir.startsWith(videoDir + u'/')) {
                relative = dir.mid(videoDir.size() + 1);
            } else if (!parentDir.isEmpty() && dir.startsWith(parentDir + u'/')) {
                relative = dir.mid(parentDir.size() + 1);
                if (!isSubtitleFolderName(relative.section(u'/', 0, 0)))
                    continue;
            } else {
                continue;
            }
            folders = relative.split(u'/', Qt::SkipEmptyParts);
        }

        std::optional<ParsedName> parsed;
        if (folders.isEmpty()) {
            parsed = matchByName(sub, {});
        } else if (folders.size() == 1) {
            // A lone language folder beside the video ("fr/Name.srt") must not be an everyday word.
            const QString language = isSubtitleFolderName(folders.at(0)) ? QString() : languageOf(folders.at(0), false);
            if (isSubtitleFolderName(folders.at(0)) || !language.isEmpty())
                parsed = matchByName(sub, language);
        } else if (folders.size() == 2 && isSubtitleFolderName(folders.at(0))) {
            const QString inner = folders.at(1);
            if (fold(inner) == videoName.foldedStem) {
                // Subs/<video name>/2_English.srt: every file in the folder is this video's; the name is the tag.
                const QString rest = restAfterStem(sub, videoName.foldedStem);
                parsed = parseTokens(tokenize(rest.isNull() ? stripLeadingNumber(sub.stem) : rest), true);
            } else if (const QString language = languageOf(inner, true); !language.isEmpty()) {
                parsed = matchByName(sub, language);
            }
        }
        if (!parsed || seen.contains(path))
            continue;
        seen.insert(path);

        SidecarMatch match;
        match.path = path;
        match.language = parsed->language;
        match.forced = parsed->forced;
        match.sdh = parsed->sdh;
        match.label = parsed->label.join(u' ');
        matches.append(match);
    }

    // UN languages first in their canonical order, then other languages, then the language-less; plain before
    // forced and SDH so a caller picking "the first Arabic track" gets the full one.
    std::sort(matches.begin(), matches.end(), [](const SidecarMatch &a, const SidecarMatch &b) {
        const auto key = [](const SidecarMatch &m) {
            return std::tuple(m.language.isEmpty(), unLanguageRank(m.language), m.language, m.forced, m.sdh, m.path);
        };
        return key(a) < key(b);
    });
    return matches;
}

} // namespace cairn::library
