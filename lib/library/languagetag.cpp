#include "library/languagetag.h"

#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace cairn::library {

namespace {

// Everything a token can be looked up in, built once (function-local static: thread-safe initialisation) because
// normalizeLanguageTag runs for every name token of every subtitle in a 10,000-video library.
struct Tables
{
    QHash<QString, QString> byName; ///< casefolded English/native/colloquial names and whole tags -> BCP 47
    QHash<QString, QString> byCode; ///< lowercase ISO 639-1/2B/2T/3 and legacy codes -> canonical primary subtag
    QSet<QString> notLanguages;     ///< well-formed words that must never be kept as an unknown tag
    QSet<QString> knownPrimaries;   ///< canonical primary subtags that QLocale or Cairn knows
    QSet<QString> rightToLeft;      ///< primary subtags written right to left
};

QString canonicalCode(QLocale::Language language)
{
    const QString part1 = QLocale::languageToCode(language, QLocale::ISO639Part1);
    return part1.isEmpty() ? QLocale::languageToCode(language, QLocale::ISO639Part3) : part1;
}

Tables buildTables()
{
    Tables t;
    // QLocale's tables: every language's codes, English name and (where Qt has locale data) native name.
    for (int i = QLocale::C + 1; i <= QLocale::LastLanguage; ++i) {
        const auto language = static_cast<QLocale::Language>(i);
        const QString code = canonicalCode(language);
        if (code.isEmpty())
            continue;
        t.knownPrimaries.insert(code);
        t.byName.insert(QLocale::languageToString(language).toCaseFolded(), code);
        const QLocale locale(language);
        if (locale.language() == language) {
            const QString native = locale.nativeLanguageName().toCaseFolded();
            if (!native.isEmpty())
                t.byName.insert(native, code);
            if (locale.textDirection() == Qt::RightToLeft)
                t.rightToLeft.insert(code);
        }
        for (const auto type :
             {QLocale::ISO639Part1, QLocale::ISO639Part2B, QLocale::ISO639Part2T, QLocale::ISO639Part3}) {
            const QString c = QLocale::languageToCode(language, type);
            if (!c.isEmpty())
                t.byCode.insert(c, code);
        }
    }

    // Codes seen in real downloads that are not ISO 639 or that QLocale maps elsewhere.
    const std::pair<const char16_t *, const char16_t *> codeAliases[] = {
        {u"iw", u"he"},  {u"ji", u"yi"}, {u"jw", u"jv"},  {u"mo", u"ro"},  {u"jp", u"ja"}, {u"gr", u"el"},
        {u"cz", u"cs"},  {u"dk", u"da"}, {u"ua", u"uk"},  {u"vn", u"vi"},  {u"kr", u"ko"}, {u"cmn", u"zh"},
        {u"nor", u"no"}, {u"no", u"no"}, {u"per", u"fa"}, {u"fas", u"fa"},
    };
    for (const auto &[from, to] : codeAliases)
        t.byCode.insert(QString::fromUtf16(from), QString::fromUtf16(to));
    // A code beats a name spelled the same: "ga" is Irish, not the Ga language; "yi" is Yiddish, not Sichuan Yi.
    for (auto it = t.byCode.cbegin(); it != t.byCode.cend(); ++it)
        t.byName.remove(it.key());
    t.knownPrimaries.insert(u"no"_s);

    // Whole-token names and tags (casefolded) that a code lookup cannot resolve or would resolve wrongly.
    const std::pair<const char16_t *, const char16_t *> nameAliases[] = {
        // Chinese: the issue wants Simplified/Traditional as the two first-class tags.
        {u"chs", u"zh-Hans"},
        {u"sc", u"zh-Hans"},
        {u"cn", u"zh-Hans"},
        {u"zh-chs", u"zh-Hans"},
        {u"chinese", u"zh-Hans"},
        {u"mandarin", u"zh-Hans"},
        {u"simplified chinese", u"zh-Hans"},
        {u"chinese simplified", u"zh-Hans"},
        {u"simplified", u"zh-Hans"},
        {u"中文", u"zh-Hans"},
        {u"简体", u"zh-Hans"},
        {u"简体中文", u"zh-Hans"},
        {u"中文简体", u"zh-Hans"},
        {u"简中", u"zh-Hans"},
        {u"汉语", u"zh-Hans"},
        {u"chinois", u"zh-Hans"},
        {u"chino", u"zh-Hans"},
        {u"китайский", u"zh-Hans"},
        {u"cht", u"zh-Hant"},
        {u"tc", u"zh-Hant"},
        {u"zh-cht", u"zh-Hant"},
        {u"traditional chinese", u"zh-Hant"},
        {u"chinese traditional", u"zh-Hant"},
        {u"traditional", u"zh-Hant"},
        {u"繁體", u"zh-Hant"},
        {u"繁体", u"zh-Hant"},
        {u"繁體中文", u"zh-Hant"},
        {u"繁体中文", u"zh-Hant"},
        {u"中文繁體", u"zh-Hant"},
        {u"繁中", u"zh-Hant"},
        // The other UN languages as they are named in each other's languages and colloquially.
        {u"عربي", u"ar"},
        {u"عربى", u"ar"},
        {u"arabe", u"ar"},
        {u"arabisch", u"ar"},
        {u"арабский", u"ar"},
        {u"anglais", u"en"},
        {u"inglés", u"en"},
        {u"ingles", u"en"},
        {u"englisch", u"en"},
        {u"английский", u"en"},
        {u"français", u"fr"},
        {u"francais", u"fr"},
        {u"francés", u"fr"},
        {u"frances", u"fr"},
        {u"französisch", u"fr"},
        {u"французский", u"fr"},
        {u"русский", u"ru"},
        {u"russe", u"ru"},
        {u"ruso", u"ru"},
        {u"russisch", u"ru"},
        {u"español", u"es"},
        {u"espanol", u"es"},
        {u"castellano", u"es"},
        {u"castilian", u"es"},
        {u"espagnol", u"es"},
        {u"spanisch", u"es"},
        {u"испанский", u"es"},
        {u"latin american spanish", u"es-419"},
        {u"spanish latin american", u"es-419"},
        {u"spanish latin america", u"es-419"},
        {u"latino", u"es-419"},
        {u"brazilian", u"pt-BR"},
        {u"brazilian portuguese", u"pt-BR"},
        {u"portuguese brazil", u"pt-BR"},
        {u"portuguese brazilian", u"pt-BR"},
        {u"português brasileiro", u"pt-BR"},
        {u"farsi", u"fa"},
        {u"persian", u"fa"},
        {u"deutsch", u"de"},
        {u"norwegian", u"no"},
    };
    for (const auto &[from, to] : nameAliases)
        t.byName.insert(QString::fromUtf16(from), QString::fromUtf16(to));

    // Well-formed 2-3 letter words from file names that are no ISO code: never keep them as "unknown tags".
    for (const char16_t *w :
         {u"sub", u"subs", u"srt", u"vtt", u"ass", u"ssa", u"idx", u"cc",  u"sdh", u"dub", u"cam", u"web", u"rip",
          u"hdr", u"raw",  u"cut", u"ext", u"alt", u"the", u"and", u"for", u"of",  u"on",  u"at",  u"in",  u"me",
          u"we",  u"us",   u"do",  u"go",  u"up",  u"ok",  u"tv",  u"hd",  u"sd",  u"uhd", u"ep",  u"pt1", u"cd",
          u"dvd", u"ova",  u"top", u"mix", u"max", u"art", u"bad", u"day", u"one", u"two", u"fix", u"old", u"und",
          u"zxx", u"mis",  u"mul", u"unk", u"xx",  u"na",  u"nil", u"off", u"all", u"any", u"aac", u"mp3", u"mp4",
          u"mkv", u"avi",  u"mov", u"ogv", u"ch",  u"pl1", u"x",   u"tmp", u"bak", u"new"})
        t.notLanguages.insert(QString::fromUtf16(w));
    // "new" is Newari to ISO but "Lecture.new.srt" is a new version far more often than Nepal Bhasa.
    t.byCode.remove(u"new"_s);
    // "sdh" is Southern Kurdish to ISO 639-3 but "subtitles for the deaf and hard of hearing" in every file name.
    t.byCode.remove(u"sdh"_s);

    for (const char16_t *rtl :
         {u"ar", u"fa", u"he", u"ur", u"yi", u"ps", u"sd", u"ug", u"ckb", u"dv", u"syr", u"arc", u"ks", u"ku-Arab"})
        t.rightToLeft.insert(QString::fromUtf16(rtl));
    return t;
}

const Tables &tables()
{
    static const Tables kTables = buildTables();
    return kTables;
}

bool isAsciiAlpha(QStringView s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')))
            return false;
    }
    return !s.isEmpty();
}

bool isAsciiDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return !s.isEmpty();
}

// Chinese tags collapse to the two scripts: the script subtag wins, else the region says which.
QString chineseTag(const QString &script, const QString &region)
{
    if (script == u"hant"_s)
        return u"zh-Hant"_s;
    if (script == u"hans"_s)
        return u"zh-Hans"_s;
    if (region == u"tw"_s || region == u"hk"_s || region == u"mo"_s)
        return u"zh-Hant"_s;
    return u"zh-Hans"_s;
}

// Parses "pt-br", "zh-hans-cn", "en-us", "sr-latn" (lowercased, '-' separated) into canonical BCP 47, or "".
QString parseTag(const QString &lower)
{
    const Tables &t = tables();
    const QList<QStringView> parts = QStringView(lower).split(u'-');
    const QStringView primaryRaw = parts.first();
    if (primaryRaw.size() < 2 || primaryRaw.size() > 3 || !isAsciiAlpha(primaryRaw))
        return {};
    QString script;
    QString region;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QStringView p = parts.at(i);
        if (p.size() == 4 && isAsciiAlpha(p) && script.isEmpty() && region.isEmpty())
            script = p.toString();
        else if (((p.size() == 2 && isAsciiAlpha(p)) || (p.size() == 3 && isAsciiDigits(p))) && region.isEmpty())
            region = p.toString();
        else if (i == 1)
            return {}; // "en-forced", "zh-subs": not a tag
        // Variants and extensions after a region are dropped: nothing in Cairn uses them.
    }

    const QString primaryKey = primaryRaw.toString();
    QString primary = t.byCode.value(primaryKey);
    if (primary.isEmpty()) {
        if (t.notLanguages.contains(primaryKey))
            return {};
        primary = primaryKey; // unknown but well-formed ("tlh"): kept, never dropped
    }
    if (primary == u"zh"_s)
        return chineseTag(script, region);

    QString result = primary;
    if (!script.isEmpty())
        result += u'-' + script.at(0).toUpper() + QStringView(script).mid(1);
    if (!region.isEmpty())
        result += u'-' + region.toUpper();
    return result;
}

// "English (US)", "english us", "Spanish MX": a language name followed by a region code.
QString languageWithRegion(const QString &key)
{
    QString words = key;
    words.replace(u'(', u' ').replace(u')', u' ').replace(u'-', u' ');
    const QStringList parts = words.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2 || parts.at(1).size() != 2 || !isAsciiAlpha(parts.at(1)))
        return {};
    const QString region = parts.at(1).toUpper();
    if (QLocale::codeToTerritory(region) == QLocale::AnyTerritory)
        return {};
    const Tables &t = tables();
    QString language = t.byName.value(parts.at(0));
    if (language.isEmpty())
        language = t.byCode.value(parts.at(0));
    if (language.isEmpty() || language.contains(u'-'))
        return language == u"zh-Hans"_s ? chineseTag({}, parts.at(1)) : QString();
    return language + u'-' + region;
}

// Embedded track titles: "English (SDH)", "Forced French", "Arabic - Full". One language among words that only
// describe the track; anything else ("English and French") is not one language.
QString languageAmongFlags(const QString &key)
{
    if (!key.contains(u' ') && !key.contains(u'('))
        return {};
    static const QSet<QString> kFlags = {u"sdh"_s,  u"forced"_s,    u"cc"_s,      u"full"_s,  u"default"_s,
                                         u"subs"_s, u"subtitles"_s, u"sub"_s,     u"signs"_s, u"songs"_s,
                                         u"hi"_s,   u"complete"_s,  u"dialogue"_s};
    QString words = key;
    words.replace(u'(', u' ').replace(u')', u' ').replace(u'[', u' ').replace(u']', u' ').replace(u'-', u' ');
    QString language;
    for (const QString &word : words.split(u' ', Qt::SkipEmptyParts)) {
        if (kFlags.contains(word))
            continue;
        if (!language.isEmpty())
            return {};
        language = tables().byName.value(word, tables().byCode.value(word));
        if (language.isEmpty())
            return {};
    }
    return language;
}

} // namespace

const QStringList &unLanguages()
{
    static const QStringList kUn = {u"ar"_s, u"zh-Hans"_s, u"en"_s, u"fr"_s, u"ru"_s, u"es"_s};
    return kUn;
}

QString normalizeLanguageTag(QStringView raw)
{
    const QStringView trimmed = raw.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return {};
    QString key = trimmed.toString().normalized(QString::NormalizationForm_C).toCaseFolded();
    key.replace(u'_', u'-');

    const Tables &t = tables();
    // Names first (they include whole tags like "zh-chs"), then the name with its separators as spaces
    // ("Chinese-Simplified", "Chinese (Traditional)"), then codes and BCP 47 shapes, then "English (US)".
    if (const auto it = t.byName.constFind(key); it != t.byName.cend())
        return *it;
    if (key.contains(u'-') || key.contains(u'(') || key.contains(u' ')) {
        QString spaced = key;
        spaced.replace(u'-', u' ').replace(u'(', u' ').replace(u')', u' ');
        if (const auto it = t.byName.constFind(spaced.simplified()); it != t.byName.cend())
            return *it;
    }
    if (QString tag = parseTag(key); !tag.isEmpty())
        return tag;
    if (QString tag = languageWithRegion(key); !tag.isEmpty())
        return tag;
    return languageAmongFlags(key);
}

bool isKnownLanguage(const QString &bcp47)
{
    if (bcp47.isEmpty())
        return false;
    const qsizetype dash = bcp47.indexOf(u'-');
    return tables().knownPrimaries.contains(dash < 0 ? bcp47 : bcp47.left(dash));
}

QString baseLanguage(const QString &bcp47)
{
    const qsizetype dash = bcp47.indexOf(u'-');
    const QString primary = dash < 0 ? bcp47 : bcp47.left(dash);
    if (primary != u"zh"_s)
        return primary;
    // Chinese keeps its script: Simplified and Traditional are different subtitle tracks to a reader.
    const QString lower = bcp47.toLower();
    const bool traditional =
        lower.contains(u"-hant"_s) || lower.endsWith(u"-tw"_s) || lower.endsWith(u"-hk"_s) || lower.endsWith(u"-mo"_s);
    return traditional ? u"zh-Hant"_s : u"zh-Hans"_s;
}

int unLanguageRank(const QString &bcp47)
{
    const qsizetype index = unLanguages().indexOf(baseLanguage(bcp47));
    return index < 0 ? 6 : static_cast<int>(index);
}

QString nativeLanguageName(const QString &bcp47)
{
    if (bcp47.isEmpty())
        return {};
    static const QHash<QString, QString> kUnNames = {
        {u"ar"_s, u"العربية"_s}, {u"zh-Hans"_s, u"中文（简体）"_s}, {u"zh-Hant"_s, u"中文（繁體）"_s},
        {u"en"_s, u"English"_s}, {u"fr"_s, u"Français"_s},          {u"ru"_s, u"Русский"_s},
        {u"es"_s, u"Español"_s},
    };
    const QString base = baseLanguage(bcp47);
    const QLocale locale(bcp47);
    const bool localeKnown = locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage;
    QString name = kUnNames.value(base);
    if (name.isEmpty() && localeKnown) {
        // QLocale(lang) alone can answer a regional name ("American English"); ask the language's own default.
        name = QLocale(locale.language()).nativeLanguageName();
        if (name.isEmpty())
            name = locale.nativeLanguageName();
    }
    if (name.isEmpty()) {
        // Languages Qt has no locale data for (Latin, Klingon's neighbours): their English name beats a bare code.
        const QLocale::Language language = QLocale::codeToLanguage(base);
        if (language != QLocale::AnyLanguage && language != QLocale::C)
            name = QLocale::languageToString(language);
    }
    if (name.isEmpty())
        return bcp47;
    name[0] = name.at(0).toUpper();
    // A region in the tag is worth showing: "Português (Brasil)" and "Português (Portugal)" are different tracks.
    const qsizetype lastDash = bcp47.lastIndexOf(u'-');
    if (base != u"zh-Hans"_s && base != u"zh-Hant"_s && localeKnown && lastDash > 0) {
        const QString region = bcp47.mid(lastDash + 1);
        const bool isRegion = region.size() == 3 || (region.size() == 2 && region.at(0).isUpper());
        const QString territory = locale.nativeTerritoryName();
        if (isRegion && !territory.isEmpty())
            name += u" ("_s + territory + u')';
    }
    return name;
}

bool isRightToLeft(const QString &bcp47)
{
    if (bcp47.isEmpty())
        return false;
    const Tables &t = tables();
    if (t.rightToLeft.contains(bcp47) || t.rightToLeft.contains(baseLanguage(bcp47)))
        return true;
    // A script subtag overrides the language's default ("pa-Arab", "az-Arab").
    return bcp47.contains(u"-Arab"_s) || bcp47.contains(u"-Hebr"_s) || bcp47.contains(u"-Thaa"_s);
}

} // namespace cairn::library
