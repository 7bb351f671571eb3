#pragma once
// How Cairn cuts text into search tokens, for every script at once. Used by the FTS5 tokenizer ("cairn") on
// both the indexed cues and the user's query, so both sides are normalised the same way:
//  - Latin, Cyrillic, Greek...: words of letters/digits, case-folded, Latin accents removed (é -> e), ё -> е.
//  - Arabic: harakat and tatweel removed, alef forms unified, ى -> ي, ة -> ه (so "التَّعَلُّم" finds "التعلم").
//  - Han, kana, Thai, Lao, Khmer, Myanmar (no spaces between words): overlapping character bigrams, so any
//    substring of two or more characters matches ("学习" inside "终身学习"). In documents the last character
//    of a run is also emitted, at the same position, so a single-character query can match as a prefix.
// Pure functions; thread-safe.
#include <QByteArray>
#include <QString>
#include <functional>

namespace cairn::search {

struct SegmentToken
{
    const char *data; ///< normalised token bytes (UTF-8), valid only during the callback
    int size;
    int byteStart;    ///< span in the original UTF-8 text
    int byteEnd;
    bool colocated;   ///< same position as the previous token (FTS5_TOKEN_COLOCATED)
};

enum class SegmentMode { Document, Query };

/// Calls `sink` for each token; stops early when sink returns false.
void segmentUtf8(const char *text, int size, SegmentMode mode, const std::function<bool(const SegmentToken &)> &sink);

/// Convenience for tests and query building: the normalised tokens of a string, space-separated.
QString tokensOf(const QString &text, SegmentMode mode = SegmentMode::Document);

/// True when the code point is written without spaces between words (handled as bigrams).
bool isBigramScript(char32_t c);

} // namespace cairn::search
