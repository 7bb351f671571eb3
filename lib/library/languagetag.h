#pragma once
// Language tags: normalising what real downloads write ("ara", "Arabic", "zh-CN", "chs", "pt_BR") to BCP 47,
// the six UN languages first-class, and guessing a language from subtitle text.
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cairn::library {

/// The six UN official languages in Cairn's canonical order and tags: ar, zh-Hans, en, fr, ru, es.
const QStringList &unLanguages();

/// Normalises one language token to a BCP 47 tag, or returns an empty string when it is not a language.
/// "ar", "ara", "Arabic", "arabic", "العربية" -> "ar"; "zh", "zh-CN", "zh_CN", "chs", "chi", "zho", "zh-Hans",
/// "sc" -> "zh-Hans"; "zh-TW", "zh-HK", "cht", "zh-Hant", "tc" -> "zh-Hant"; "en-US" -> "en-US"; "pt_br" -> "pt-BR";
/// "ger"/"deu"/"German" -> "de". Unknown but well-formed tags ("tlh") are kept as they are, lowercased;
/// words that are not language tags ("forced", "sdh", "final", "1080p") give "".
QString normalizeLanguageTag(QStringView raw);

/// True when the primary language of a normalised tag is one Cairn or QLocale knows ("fr", "zh-Hans", "tlh" is
/// false): the sidecar matcher only reads such tags out of file names, so "Video.sub.srt" stays language-less.
bool isKnownLanguage(const QString &bcp47);

/// The primary language of a normalised tag: "en-US" -> "en", "zh-Hans" -> "zh-Hans" (script kept for Chinese).
QString baseLanguage(const QString &bcp47);

/// 0..5 for the UN languages in unLanguages() order (regional variants included), 6 for any other.
int unLanguageRank(const QString &bcp47);

/// The language's name in its own script: "ar" -> "العربية", "zh-Hans" -> "中文（简体）", "fr" -> "Français";
/// falls back to QLocale's native name, then to the tag itself.
QString nativeLanguageName(const QString &bcp47);

/// True when text in this language is written right to left (ar, fa, he, ur, ...).
bool isRightToLeft(const QString &bcp47);

struct LanguageGuess
{
    QString tag;       ///< BCP 47, empty when no guess
    double confidence = 0.0; ///< 0..1
};

/// Guesses the language of subtitle text: Arabic script, Han (Simplified vs Traditional), Cyrillic are decided by
/// script; Latin text by common-word frequencies among en/fr/es (others give no guess).
LanguageGuess guessLanguageFromText(QStringView text);

} // namespace cairn::library
