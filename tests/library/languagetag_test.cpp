// Language tags as real downloads and embedded tracks write them, and guessing a language from subtitle text.
#include "catch.h"
#include "testutil.h"

#include "library/languagetag.h"

using namespace Qt::StringLiterals;
using namespace cairn::library;

TEST_CASE("normalizeLanguageTag maps the six UN languages from every spelling downloads use", "[library]")
{
    const std::pair<QString, QString> cases[] = {
        // Arabic: ISO 639-1/2, English and native names.
        {u"ar"_s, u"ar"_s},
        {u"ara"_s, u"ar"_s},
        {u"Arabic"_s, u"ar"_s},
        {u"arabic"_s, u"ar"_s},
        {u"العربية"_s, u"ar"_s},
        {u"ARA"_s, u"ar"_s},
        // Chinese Simplified.
        {u"zh"_s, u"zh-Hans"_s},
        {u"zh-CN"_s, u"zh-Hans"_s},
        {u"zh_CN"_s, u"zh-Hans"_s},
        {u"zh_cn"_s, u"zh-Hans"_s},
        {u"chs"_s, u"zh-Hans"_s},
        {u"chi"_s, u"zh-Hans"_s},
        {u"zho"_s, u"zh-Hans"_s},
        {u"zh-Hans"_s, u"zh-Hans"_s},
        {u"zh-hans"_s, u"zh-Hans"_s},
        {u"zh-SG"_s, u"zh-Hans"_s},
        {u"cmn"_s, u"zh-Hans"_s},
        {u"sc"_s, u"zh-Hans"_s},
        {u"zh-Hans-CN"_s, u"zh-Hans"_s},
        {u"Chinese"_s, u"zh-Hans"_s},
        {u"Simplified Chinese"_s, u"zh-Hans"_s},
        {u"简体中文"_s, u"zh-Hans"_s},
        // Chinese Traditional.
        {u"zh-TW"_s, u"zh-Hant"_s},
        {u"zh-HK"_s, u"zh-Hant"_s},
        {u"cht"_s, u"zh-Hant"_s},
        {u"zh-Hant"_s, u"zh-Hant"_s},
        {u"tc"_s, u"zh-Hant"_s},
        {u"zh_TW"_s, u"zh-Hant"_s},
        {u"zh-Hant-TW"_s, u"zh-Hant"_s},
        {u"Traditional Chinese"_s, u"zh-Hant"_s},
        {u"繁體中文"_s, u"zh-Hant"_s},
        // English, French, Russian, Spanish: ISO 639-2/B and /T, names, native names.
        {u"en"_s, u"en"_s},
        {u"eng"_s, u"en"_s},
        {u"English"_s, u"en"_s},
        {u"en-US"_s, u"en-US"_s},
        {u"en_gb"_s, u"en-GB"_s},
        {u"fr"_s, u"fr"_s},
        {u"fre"_s, u"fr"_s},
        {u"fra"_s, u"fr"_s},
        {u"French"_s, u"fr"_s},
        {u"Français"_s, u"fr"_s},
        {u"francais"_s, u"fr"_s},
        {u"ru"_s, u"ru"_s},
        {u"rus"_s, u"ru"_s},
        {u"Russian"_s, u"ru"_s},
        {u"русский"_s, u"ru"_s},
        {u"Русский"_s, u"ru"_s},
        {u"es"_s, u"es"_s},
        {u"spa"_s, u"es"_s},
        {u"Spanish"_s, u"es"_s},
        {u"Español"_s, u"es"_s},
        {u"es-419"_s, u"es-419"_s},
    };
    for (const auto &[raw, expected] : cases) {
        INFO("raw: " << raw);
        CHECK(normalizeLanguageTag(raw) == expected);
    }
}

TEST_CASE("normalizeLanguageTag keeps every other language and drops words that are not languages", "[library]")
{
    CHECK(normalizeLanguageTag(u"ger") == u"de"_s);
    CHECK(normalizeLanguageTag(u"deu") == u"de"_s);
    CHECK(normalizeLanguageTag(u"German") == u"de"_s);
    CHECK(normalizeLanguageTag(u"pt_br") == u"pt-BR"_s);
    CHECK(normalizeLanguageTag(u"pt-BR") == u"pt-BR"_s);
    CHECK(normalizeLanguageTag(u"jpn") == u"ja"_s);
    CHECK(normalizeLanguageTag(u"Japanese") == u"ja"_s);
    CHECK(normalizeLanguageTag(u"日本語") == u"ja"_s);
    CHECK(normalizeLanguageTag(u"per") == u"fa"_s);
    CHECK(normalizeLanguageTag(u"heb") == u"he"_s);
    CHECK(normalizeLanguageTag(u"sr-Latn") == u"sr-Latn"_s);
    CHECK(normalizeLanguageTag(u"yue") == u"yue"_s);
    // Codes win over language names spelled the same ("Ga", "Yi" are also languages' English names).
    CHECK(normalizeLanguageTag(u"ga") == u"ga"_s);
    CHECK(normalizeLanguageTag(u"yi") == u"yi"_s);
    CHECK(normalizeLanguageTag(u"English (US)") == u"en-US"_s);
    CHECK(normalizeLanguageTag(u"Chinese (TW)") == u"zh-Hant"_s);
    CHECK(normalizeLanguageTag(u"Chinese (Traditional)") == u"zh-Hant"_s);
    // Embedded track titles.
    CHECK(normalizeLanguageTag(u"English (SDH)") == u"en"_s);
    CHECK(normalizeLanguageTag(u"Forced French") == u"fr"_s);
    CHECK(normalizeLanguageTag(u"English and French").isEmpty());
    // Unknown to QLocale but well-formed: kept, never dropped, and not "known".
    CHECK(normalizeLanguageTag(u"tlh") == u"tlh"_s);
    CHECK(normalizeLanguageTag(u"TLH") == u"tlh"_s);
    CHECK_FALSE(isKnownLanguage(u"tlh"_s));
    CHECK(isKnownLanguage(u"de"_s));
    CHECK(isKnownLanguage(u"zh-Hant"_s));
    CHECK(isKnownLanguage(u"pt-BR"_s));

    for (const QString &word : {u"forced"_s, u"sdh"_s, u"final"_s, u"1080p"_s, u"sub"_s, u"cc"_s, u"und"_s,
                                u"default"_s, u""_s, u"  "_s, u"en-forced"_s, u"x264"_s, u"2019"_s, u"new"_s}) {
        INFO("word: " << word);
        CHECK(normalizeLanguageTag(word).isEmpty());
    }
}

TEST_CASE("baseLanguage and unLanguageRank keep Chinese scripts apart and fold regions", "[library]")
{
    CHECK(unLanguages() == QStringList{u"ar"_s, u"zh-Hans"_s, u"en"_s, u"fr"_s, u"ru"_s, u"es"_s});
    CHECK(baseLanguage(u"en-US"_s) == u"en"_s);
    CHECK(baseLanguage(u"zh-Hans"_s) == u"zh-Hans"_s);
    CHECK(baseLanguage(u"zh-Hant"_s) == u"zh-Hant"_s);
    CHECK(baseLanguage(u"es-419"_s) == u"es"_s);
    CHECK(unLanguageRank(u"ar"_s) == 0);
    CHECK(unLanguageRank(u"zh-Hans"_s) == 1);
    CHECK(unLanguageRank(u"en-GB"_s) == 2);
    CHECK(unLanguageRank(u"fr"_s) == 3);
    CHECK(unLanguageRank(u"ru"_s) == 4);
    CHECK(unLanguageRank(u"es-419"_s) == 5);
    CHECK(unLanguageRank(u"zh-Hant"_s) == 6);
    CHECK(unLanguageRank(u"de"_s) == 6);
    CHECK(unLanguageRank(QString()) == 6);
}

TEST_CASE("nativeLanguageName shows each language in its own script, capitalised", "[library]")
{
    CHECK(nativeLanguageName(u"ar"_s) == u"العربية"_s);
    CHECK(nativeLanguageName(u"zh-Hans"_s) == u"中文（简体）"_s);
    CHECK(nativeLanguageName(u"zh-Hant"_s) == u"中文（繁體）"_s);
    CHECK(nativeLanguageName(u"en"_s) == u"English"_s);
    CHECK(nativeLanguageName(u"fr"_s) == u"Français"_s);
    CHECK(nativeLanguageName(u"ru"_s) == u"Русский"_s);
    CHECK(nativeLanguageName(u"es"_s) == u"Español"_s);
    CHECK(nativeLanguageName(u"de"_s) == u"Deutsch"_s);
    CHECK(nativeLanguageName(u"it"_s) == u"Italiano"_s);
    CHECK(nativeLanguageName(u"pt-BR"_s) == u"Português (Brasil)"_s);
    CHECK(nativeLanguageName(u"la"_s) == u"Latin"_s); // no locale data in Qt: the English name, not the code
    CHECK(nativeLanguageName(u"tlh"_s) == u"tlh"_s);
}

TEST_CASE("isRightToLeft follows the language's script", "[library]")
{
    CHECK(isRightToLeft(u"ar"_s));
    CHECK(isRightToLeft(u"ar-EG"_s));
    CHECK(isRightToLeft(u"fa"_s));
    CHECK(isRightToLeft(u"he"_s));
    CHECK(isRightToLeft(u"ur"_s));
    CHECK_FALSE(isRightToLeft(u"en"_s));
    CHECK_FALSE(isRightToLeft(u"zh-Hans"_s));
    CHECK_FALSE(isRightToLeft(u"ru"_s));
    CHECK_FALSE(isRightToLeft(QString()));
}

TEST_CASE("guessLanguageFromText decides Arabic, Chinese and Cyrillic by script", "[library]")
{
    const auto arabic = guessLanguageFromText(u"1\n00:00:01,000 --> 00:00:03,000\nمرحبا بكم في هذه الدورة التدريبية\n");
    CHECK(arabic.tag == u"ar"_s);
    CHECK(arabic.confidence > 0.5);

    const auto simplified = guessLanguageFromText(u"我们现在学习这个国家的历史，他说这是时候了。");
    CHECK(simplified.tag == u"zh-Hans"_s);
    const auto traditional = guessLanguageFromText(u"我們現在學習這個國家的歷史，他說這是時候了。");
    CHECK(traditional.tag == u"zh-Hant"_s);
    CHECK(traditional.confidence > 0.5);

    CHECK(guessLanguageFromText(u"Добро пожаловать на этот курс. Сегодня мы поговорим о воде.").tag == u"ru"_s);
    // Japanese writes Han too, but kana make it Japanese, not Chinese.
    CHECK(guessLanguageFromText(u"今日は日本語の勉強をしましょう。これは学校です。").tag == u"ja"_s);
    CHECK(guessLanguageFromText(
              u"این یک دوره آموزشی است که برای شما گفتگو می‌کنیم")
              .tag == u"fa"_s);
}

TEST_CASE("guessLanguageFromText tells English, French and Spanish apart by function words", "[library]")
{
    const auto en = guessLanguageFromText(
        u"In this lesson we will look at the water cycle and how it is part of the climate of the planet.");
    CHECK(en.tag == u"en"_s);
    CHECK(en.confidence > 0.3);

    const auto fr = guessLanguageFromText(
        u"Dans cette leçon, nous allons étudier le cycle de l'eau et les effets du climat. C'est une étape "
        u"importante pour la planète et pour les océans.");
    CHECK(fr.tag == u"fr"_s);

    const auto es = guessLanguageFromText(
        u"En esta lección vamos a estudiar el ciclo del agua y los efectos del clima. Es una etapa importante "
        u"para el planeta y para las personas que viven con el mar.");
    CHECK(es.tag == u"es"_s);

    // Words both French and Spanish share decide nothing; nor do a handful of words or no letters at all.
    CHECK(guessLanguageFromText(u"de la de la que de la").tag.isEmpty());
    CHECK(guessLanguageFromText(u"OK").tag.isEmpty());
    CHECK(guessLanguageFromText(u"00:00:01,000 --> 00:00:02,000").tag.isEmpty());
    // German is none of the three: no guess rather than a wrong one.
    CHECK(guessLanguageFromText(u"Heute lernen wir etwas über Wasser und Wolken im Gebirge.").tag.isEmpty());
}
