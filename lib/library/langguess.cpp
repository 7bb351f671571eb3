// guessLanguageFromText (declared in languagetag.h): the language of subtitle text whose file name says nothing.
#include "library/languagetag.h"

#include <QHash>
#include <QSet>

#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace cairn::library {

namespace {

// Frequent characters written differently in Simplified and Traditional Chinese (the same characters in the same
// order in both rows, no character in both): a few subtitle lines are enough to decide.
constexpr char16_t kSimplified[] =
    u"们这说时为会国学习个来对发现过还进后开关见长门问间东车马书话语读写认识让请谁应该头实样"
    u"种点电动体经变边运远连选题觉欢钱买卖错记论设计热爱给红纸练约级统页顺须领风飞饭鱼鸟龙"
    u"机气无从业么华处员义网数听儿几与两万难钟";
constexpr char16_t kTraditional[] =
    u"們這說時為會國學習個來對發現過還進後開關見長門問間東車馬書話語讀寫認識讓請誰應該頭實樣"
    u"種點電動體經變邊運遠連選題覺歡錢買賣錯記論設計熱愛給紅紙練約級統頁順須領風飛飯魚鳥龍"
    u"機氣無從業麼華處員義網數聽兒幾與兩萬難鐘";

struct HanTables
{
    QSet<char16_t> simplified;
    QSet<char16_t> traditional;
};

const HanTables &hanTables()
{
    static const HanTables kTables = [] {
        HanTables t;
        for (const char16_t c : std::u16string_view(kSimplified))
            t.simplified.insert(c);
        for (const char16_t c : std::u16string_view(kTraditional))
            t.traditional.insert(c);
        return t;
    }();
    return kTables;
}

enum class Latin { En, Fr, Es };

// Frequent function words. "de", "la", "que", "en", "a" are shared between French and Spanish (and "a" with
// English), so they count for both and decide nothing; the exclusive ones carry the guess.
const QHash<QString, std::array<double, 3>> &latinWords()
{
    static const QHash<QString, std::array<double, 3>> kWords = [] {
        QHash<QString, std::array<double, 3>> w;
        for (const char16_t *en :
             {u"the",   u"and",  u"of",    u"to",   u"is",   u"you",  u"that", u"it", u"this", u"what",
              u"with",  u"have", u"are",   u"was",  u"we",   u"for",  u"not",  u"be", u"my",   u"your",
              u"in",    u"on",   u"at",    u"can",  u"will", u"do",   u"they", u"he", u"she",  u"i'm",
              u"don't", u"it's", u"there", u"here", u"how",  u"just", u"from", u"so"})
            w.insert(QString::fromUtf16(en), {1.0, 0.0, 0.0});
        for (const char16_t *fr :
             {u"le",    u"les",  u"des",  u"est",  u"et",  u"une",   u"pour", u"du",   u"il",   u"je",
              u"vous",  u"nous", u"pas",  u"ce",   u"qui", u"dans",  u"sur",  u"au",   u"avec", u"mais",
              u"c'est", u"j'ai", u"sont", u"elle", u"ils", u"on",    u"ne",   u"très", u"aux",  u"cette",
              u"tout",  u"être", u"fait", u"oui",  u"ça",  u"voilà", u"où"})
            w.insert(QString::fromUtf16(fr), {0.0, 1.0, 0.0});
        for (const char16_t *es : {u"el",   u"los",     u"las",  u"es",   u"para", u"una",  u"con",    u"por",  u"del",
                                   u"lo",   u"no",      u"al",   u"está", u"esta", u"como", u"pero",   u"sí",   u"yo",
                                   u"muy",  u"también", u"ella", u"su",   u"hay",  u"qué",  u"cómo",   u"este", u"eso",
                                   u"aquí", u"ahora",   u"y",    u"más",  u"todo", u"bien", u"gracias"})
            w.insert(QString::fromUtf16(es), {0.0, 0.0, 1.0});
        for (const char16_t *shared : {u"de", u"la", u"que", u"en", u"un", u"se"})
            w.insert(QString::fromUtf16(shared), {0.0, 0.5, 0.5});
        // "on" and "no" are also English; keep them with their more frequent owner but at half weight.
        w.insert(u"on"_s, {0.5, 0.5, 0.0});
        w.insert(u"no"_s, {0.5, 0.0, 0.5});
        return w;
    }();
    return kWords;
}

bool isArabicScript(char32_t c)
{
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
           (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FA1F);
}

bool isKana(char32_t c)
{
    return c >= 0x3040 && c <= 0x30FF;
}
bool isHangul(char32_t c)
{
    return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF);
}
bool isCyrillic(char32_t c)
{
    return c >= 0x0400 && c <= 0x052F;
}
bool isHebrew(char32_t c)
{
    return c >= 0x0590 && c <= 0x05FF;
}
bool isGreek(char32_t c)
{
    return c >= 0x0370 && c <= 0x03FF;
}

double clamp01(double v)
{
    return v < 0.0 ? 0.0 : (v > 1.0 ? 1.0 : v);
}

LanguageGuess guessLatin(QStringView text)
{
    const auto &words = latinWords();
    std::array<double, 3> score{0.0, 0.0, 0.0};
    double hits = 0.0;
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        // Elided articles ("l'homme", "d'accord", "qu'il") are French whatever follows.
        if (word.size() > 2 && word.at(1) == u'\'' && QStringView(u"ldjcnmst").contains(word.at(0)) &&
            word != u"i'm"_s && word != u"c'est"_s && word != u"j'ai"_s) {
            score[1] += 1.0;
            hits += 1.0;
        } else if (const auto it = words.constFind(word); it != words.cend()) {
            for (int i = 0; i < 3; ++i)
                score[i] += (*it)[i];
            hits += 1.0;
        }
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter() || ((c == u'\'' || c == u'\u2019') && !word.isEmpty())) {
            word += c == u'\u2019' ? QChar(u'\'') : c.toLower();
        } else {
            flush();
        }
        // Letters only one of the three uses.
        if (c == u'ñ' || c == u'¿' || c == u'¡') {
            score[2] += 1.0;
            hits += 1.0;
        } else if (c == u'ç' || c == u'è' || c == u'ê' || c == u'à' || c == u'œ' || c == u'û') {
            score[1] += 1.0;
            hits += 1.0;
        }
    }
    flush();

    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (score[i] > score[best])
            best = i;
    }
    double second = 0.0;
    for (int i = 0; i < 3; ++i) {
        if (i != best && score[i] > second)
            second = score[i];
    }
    // Too little evidence, or a near tie (text full of "de"/"la" only), is no guess: a wrong guess is worse.
    if (score[best] < 3.0 || score[best] < second * 1.5)
        return {};
    static const std::array<QString, 3> kTags = {u"en"_s, u"fr"_s, u"es"_s};
    const double margin = (score[best] - second) / score[best];
    const double evidence = clamp01(hits / 20.0);
    return {kTags[static_cast<size_t>(best)], clamp01(0.3 + 0.6 * margin * evidence)};
}

} // namespace

LanguageGuess guessLanguageFromText(QStringView text)
{
    qsizetype letters = 0, arabic = 0, han = 0, kana = 0, hangul = 0, cyrillic = 0, hebrew = 0, greek = 0;
    qsizetype persian = 0, arabicOnly = 0, ukrainian = 0, russianOnly = 0, simplified = 0, traditional = 0;
    const HanTables &hanSets = hanTables();
    for (const char32_t c : text.toUcs4()) {
        if (!QChar::isLetter(c))
            continue;
        ++letters;
        if (isArabicScript(c)) {
            ++arabic;
            // پ چ ژ گ ک ی are Persian (and Urdu) letters Arabic does not use; ة ك ي are the Arabic-only ones.
            if (c == U'پ' || c == U'چ' || c == U'ژ' || c == U'گ' || c == U'ک' || c == U'ی')
                ++persian;
            else if (c == U'ة' || c == U'ك' || c == U'ي')
                ++arabicOnly;
        } else if (isHan(c)) {
            ++han;
            if (c <= 0xFFFF && hanSets.simplified.contains(static_cast<char16_t>(c)))
                ++simplified;
            else if (c <= 0xFFFF && hanSets.traditional.contains(static_cast<char16_t>(c)))
                ++traditional;
        } else if (isKana(c)) {
            ++kana;
        } else if (isHangul(c)) {
            ++hangul;
        } else if (isCyrillic(c)) {
            ++cyrillic;
            if (c == U'і' || c == U'ї' || c == U'є' || c == U'ґ')
                ++ukrainian;
            else if (c == U'ы' || c == U'э' || c == U'ъ' || c == U'ё')
                ++russianOnly;
        } else if (isHebrew(c)) {
            ++hebrew;
        } else if (isGreek(c)) {
            ++greek;
        }
    }
    if (letters == 0)
        return {};

    const auto share = [letters](qsizetype n) { return static_cast<double>(n) / static_cast<double>(letters); };
    // Script decides when it dominates; 0.3 leaves room for Latin names, tags and numbers in the cue text.
    if (share(arabic) >= 0.3) {
        const bool isPersian = persian > arabicOnly && persian >= 2;
        return {isPersian ? u"fa"_s : u"ar"_s, clamp01(0.5 + share(arabic) / 2)};
    }
    if (share(han + kana) >= 0.3) {
        // Japanese writes Han too; any real amount of kana makes it Japanese, not Chinese.
        if (kana * 10 >= han + kana)
            return {u"ja"_s, clamp01(0.5 + share(han + kana) / 2)};
        if (traditional > simplified)
            return {u"zh-Hant"_s, clamp01(0.6 + 0.4 * traditional / (simplified + traditional))};
        if (simplified > traditional)
            return {u"zh-Hans"_s, clamp01(0.6 + 0.4 * simplified / (simplified + traditional))};
        return {u"zh-Hans"_s, 0.4}; // Chinese for sure; Simplified is the likelier default for UN material
    }
    if (share(hangul) >= 0.3)
        return {u"ko"_s, clamp01(0.5 + share(hangul) / 2)};
    if (share(cyrillic) >= 0.3) {
        const bool isUkrainian = ukrainian > russianOnly && ukrainian >= 2;
        return {isUkrainian ? u"uk"_s : u"ru"_s, clamp01(0.5 + share(cyrillic) / 2)};
    }
    if (share(hebrew) >= 0.3)
        return {u"he"_s, clamp01(0.5 + share(hebrew) / 2)};
    if (share(greek) >= 0.3)
        return {u"el"_s, clamp01(0.5 + share(greek) / 2)};
    return guessLatin(text);
}

} // namespace cairn::library
