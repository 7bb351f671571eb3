#include "search/textsegmenter.h"

#include <QChar>
#include <QStringList>
#include <array>
#include <string>

namespace cairn::search {

namespace {

// Decodes one UTF-8 code point at s[i]; invalid bytes come back as U+FFFD and advance by one.
char32_t decodeUtf8(const unsigned char *s, int size, int &i)
{
    const unsigned char c = s[i];
    if (c < 0x80) {
        ++i;
        return c;
    }
    int len = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
        len = 2;
        cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3;
        cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4;
        cp = c & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + len > size) {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k < len; ++k) {
        const unsigned char cc = s[i + k];
        if ((cc & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    i += len;
    return cp;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

// Latin letters with accents, folded to their base letter. Built once from Qt's Unicode tables.
struct LatinBaseTable
{
    static constexpr char32_t kFirst = 0x00C0, kLast = 0x024F, kExtFirst = 0x1E00, kExtLast = 0x1EFF;
    std::array<char32_t, kLast - kFirst + 1> basic{};
    std::array<char32_t, kExtLast - kExtFirst + 1> extended{};

    static char32_t baseOf(char32_t c)
    {
        // Follow canonical decompositions down to the first code point (ệ -> ẹ -> e).
        for (int depth = 0; depth < 4; ++depth) {
            if (QChar::decompositionTag(c) != QChar::Canonical)
                break;
            const QString d = QChar::decomposition(c);
            if (d.isEmpty())
                break;
            const char32_t first = d.at(0).isHighSurrogate() && d.size() > 1
                                       ? QChar::surrogateToUcs4(d.at(0), d.at(1))
                                       : char32_t(d.at(0).unicode());
            c = first;
        }
        return c;
    }

    LatinBaseTable()
    {
        for (char32_t c = kFirst; c <= kLast; ++c)
            basic[c - kFirst] = baseOf(c);
        for (char32_t c = kExtFirst; c <= kExtLast; ++c)
            extended[c - kExtFirst] = baseOf(c);
        // Letters without a decomposition that searchers still type without the stroke.
        basic[0x00F8 - kFirst] = U'o'; // ø
        basic[0x00D8 - kFirst] = U'o';
        basic[0x0142 - kFirst] = U'l'; // ł
        basic[0x0141 - kFirst] = U'l';
        basic[0x0111 - kFirst] = U'd'; // đ
        basic[0x0110 - kFirst] = U'd';
    }

    char32_t map(char32_t c) const
    {
        if (c >= kFirst && c <= kLast)
            return basic[c - kFirst];
        if (c >= kExtFirst && c <= kExtLast)
            return extended[c - kExtFirst];
        return c;
    }
};

const LatinBaseTable &latinBase()
{
    static const LatinBaseTable table;
    return table;
}

enum class CharClass { Separator, Word, Drop, Bigram };

CharClass classify(char32_t c)
{
    if (c < 0x80) {
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9'))
            return CharClass::Word;
        return CharClass::Separator;
    }
    if (isBigramScript(c))
        return CharClass::Bigram;
    // Arabic tatweel (a letter-like stretcher) and harakat: part of the word, but not of the token.
    if (c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670)
        return CharClass::Drop;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
        return CharClass::Drop;
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Other_PrivateUse:
        return CharClass::Word;
    default:
        return CharClass::Separator;
    }
}

char32_t normalise(char32_t c)
{
    if (c < 0x80)
        return (c >= U'A' && c <= U'Z') ? c + 32 : c;
    c = QChar::toCaseFolded(c);
    switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
        return 0x0627; // ا
    case 0x0649: // ى alef maksura
    case 0x06CC: // Persian yeh
        return 0x064A; // ي
    case 0x0629: // ة teh marbuta
        return 0x0647; // ه
    case 0x06A9: // keheh
        return 0x0643;
    case 0x0451: // ё
        return 0x0435; // е
    default:
        break;
    }
    return latinBase().map(c);
}

// classify() and normalise() of every BMP code point, worked out once (a few milliseconds, on first use): the
// tokenizer runs on every cue the scan indexes, and the Unicode property look-ups were a tenth of a cold index.
// Low 21 bits: the normalised code point; bits 24-25: the class. Code points above the BMP are worked out each time.
class BmpTable
{
public:
    BmpTable()
    {
        for (char32_t c = 0; c < 0x10000; ++c)
            m_entries[c] = quint32(normalise(c)) | (quint32(classify(c)) << 24);
    }
    CharClass cls(char32_t c) const { return c < 0x10000 ? CharClass(m_entries[c] >> 24) : classify(c); }
    char32_t norm(char32_t c) const { return c < 0x10000 ? m_entries[c] & 0x1FFFFF : normalise(c); }

private:
    std::array<quint32, 0x10000> m_entries{};
};

const BmpTable &bmpTable()
{
    static const BmpTable table;
    return table;
}

} // namespace

bool isBigramScript(char32_t c)
{
    if (c < 0x0E00)
        return false;
    // Fast paths for the common blocks, then Qt's script property for the rest.
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3040 && c <= 0x30FF) ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F))
        return true;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

void segmentUtf8(const char *text, int size, SegmentMode mode, const std::function<bool(const SegmentToken &)> &sink)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    std::string word;
    int wordStart = -1, wordEnd = -1;

    // The current run of bigram-script characters: the previous character's bytes and span.
    std::string prevChar;
    int prevStart = -1;
    int runLength = 0;
    std::string scratch;

    auto flushWord = [&]() -> bool {
        if (wordStart < 0)
            return true;
        bool go = true;
        if (!word.empty())
            go = sink({word.data(), int(word.size()), wordStart, wordEnd, false});
        word.clear();
        wordStart = wordEnd = -1;
        return go;
    };
    auto flushRun = [&](int runEnd) -> bool {
        bool go = true;
        if (runLength == 1) {
            go = sink({prevChar.data(), int(prevChar.size()), prevStart, runEnd, false});
        } else if (runLength > 1 && mode == SegmentMode::Document) {
            // The last character alone, at the last bigram's position: lets "市"* match the end of "城市".
            go = sink({prevChar.data(), int(prevChar.size()), prevStart, runEnd, true});
        }
        runLength = 0;
        prevChar.clear();
        return go;
    };

    const BmpTable &table = bmpTable();
    int i = 0;
    while (i < size) {
        const int start = i;
        const char32_t raw = decodeUtf8(s, size, i);
        const CharClass cls = table.cls(raw);
        if (cls == CharClass::Bigram) {
            if (!flushWord())
                return;
            std::string cur;
            appendUtf8(cur, table.norm(raw));
            if (runLength >= 1) {
                scratch = prevChar + cur;
                if (!sink({scratch.data(), int(scratch.size()), prevStart, i, false}))
                    return;
            }
            prevChar = std::move(cur);
            prevStart = start;
            ++runLength;
            continue;
        }
        if (runLength > 0 && !flushRun(start))
            return;
        if (cls == CharClass::Separator) {
            if (!flushWord())
                return;
            continue;
        }
        if (wordStart < 0)
            wordStart = start;
        wordEnd = i;
        if (cls == CharClass::Word) {
            const char32_t n = table.norm(raw);
            if (n < 0x80)
                word.push_back(char(n));
            else
                appendUtf8(word, n);
        }
    }
    if (runLength > 0 && !flushRun(size))
        return;
    flushWord();
}

QString tokensOf(const QString &text, SegmentMode mode)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList out;
    segmentUtf8(utf8.constData(), int(utf8.size()), mode, [&](const SegmentToken &t) {
        out << QString::fromUtf8(t.data, t.size);
        return true;
    });
    return out.join(QLatin1Char(' '));
}

} // namespace cairn::search
