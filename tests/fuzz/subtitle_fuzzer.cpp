// libFuzzer harness for the subtitle reader: any bytes must parse without crash, hang, sanitizer report or
// broken invariant. Build: CXX=clang++ cmake -DCAIRN_BUILD_FUZZ=ON ..., then
//   subtitle_fuzzer -max_len=4096 -timeout=5 corpus/ tests/fuzz/seeds/
#include "subtitles/cueindex.h"
#include "subtitles/subtitlereader.h"

#include <QRegularExpression>
#include <QString>
#include <cstdint>
#include <cstdlib>

using namespace cairn::subtitles;

namespace {

void checkInvariants(const ParseResult &r)
{
    if (!r.ok && !r.cues.isEmpty())
        std::abort(); // a refused file must not leak cues
    qint64 previousStart = std::numeric_limits<qint64>::min();
    for (const Cue &c : r.cues) {
        if (c.endMs <= c.startMs || c.startMs < previousStart || c.startMs < 0)
            std::abort();
        previousStart = c.startMs;
        // The rich text may only hold our own tags: without them, no '<' or '>' may remain.
        static const QRegularExpression kOurTags(QString::fromLatin1(
            R"re(</?(i|b|u|s|sup)>|<br>|<span style="color:#[0-9a-f]{6}">|<span lang="[^"<>]*" dir="(rtl|ltr)">|</span>)re"));
        QString rest = c.richText;
        rest.remove(kOurTags);
        if (rest.contains(u'<') || rest.contains(u'>'))
            std::abort();
    }
    if (!r.cues.isEmpty()) {
        CueIndex index(r.cues);
        const qint64 t = r.cues.front().startMs;
        const std::vector<int> active = index.activeAt(t);
        if (active.empty() || index.lastStartedAt(t) < 0)
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the entry point so that one corpus reaches every parser and the decoder.
    const uint8_t mode = data[0] % 5;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    switch (mode) {
    case 0:
        checkInvariants(parseSubtitleBytes(bytes, QStringLiteral("f.srt")));
        break;
    case 1:
        checkInvariants(parseSubtitleBytes(bytes, QStringLiteral("f.vtt")));
        break;
    case 2: // straight to the SRT parser, bypassing the "is this text?" check
        checkInvariants(parseSubtitleText(QString::fromUtf8(bytes), Format::Srt));
        break;
    case 3:
        checkInvariants(parseSubtitleText(QStringLiteral("WEBVTT\n\n") + QString::fromUtf8(bytes), Format::WebVtt));
        break;
    default: // ASS/SSA: the event lines after a minimal header
        checkInvariants(parseSubtitleText(QStringLiteral("[Script Info]\n[Events]\n") + QString::fromUtf8(bytes),
                                          Format::Ass));
        break;
    }
    return 0;
}
