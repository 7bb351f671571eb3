// extractTextSubtitles(): every embedded text subtitle track of a file, in one demux pass.
#include "media/mediaprobe.h"

#include "media/ffmpegsupport.h"
#include "subtitles/eventmarkup.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace cairn::media {
using subtitles::detail::assEventText;
using subtitles::detail::fillCueText;
using subtitles::detail::MarkupFlavor;
namespace {

using namespace detail;

// A full pass over a long film reads the whole file (MKV interleaves subtitles with everything else); allow slow
// disks, but never hang the indexing thread forever.
constexpr std::chrono::seconds kExtractBudget{120};

struct Track
{
    EmbeddedSubtitles out;
    AVRational timeBase{1, 1000};
    MarkupFlavor flavor = MarkupFlavor::SubRip;
    CodecContextPtr decoder;        ///< null when packets carry the text directly (SubRip, WebVTT)
    std::vector<qint64> boundaries; ///< every packet start, empty ones too: where a cue without duration ends
};

// SubRip and WebVTT packets hold the cue text as written; everything else goes through FFmpeg's decoder, which
// turns mov_text styling, ASS/SSA events and raw text into ASS event lines.
bool carriesTextDirectly(AVCodecID id)
{
    return id == AV_CODEC_ID_SUBRIP || id == AV_CODEC_ID_SRT || id == AV_CODEC_ID_WEBVTT;
}

bool isTextSubtitle(AVCodecID id)
{
    return carriesTextDirectly(id) || id == AV_CODEC_ID_ASS || id == AV_CODEC_ID_SSA || id == AV_CODEC_ID_MOV_TEXT ||
           id == AV_CODEC_ID_TEXT;
}

CodecContextPtr openSubtitleDecoder(const AVStream *st)
{
    const AVCodec *codec = avcodec_find_decoder(st->codecpar->codec_id);
    if (!codec)
        return {};
    CodecContextPtr decoder(avcodec_alloc_context3(codec));
    if (!decoder || avcodec_parameters_to_context(decoder.get(), st->codecpar) < 0)
        return {};
    decoder->pkt_timebase = st->time_base; // lets the decoder turn packet durations into display times
    if (avcodec_open2(decoder.get(), codec, nullptr) < 0)
        return {};
    return decoder;
}

qint64 toMs(int64_t ts, AVRational tb)
{
    return av_rescale_q(ts, tb, AVRational{1, 1000});
}

QString packetString(const uint8_t *data, size_t size)
{
    // Matroska text blocks are not NUL-terminated, but some muxers add a NUL; never read past `size`.
    const auto *chars = reinterpret_cast<const char *>(data);
    while (size > 0 && chars[size - 1] == '\0')
        --size;
    return QString::fromUtf8(chars, qsizetype(size));
}

void addCue(Track &track, qint64 startMs, qint64 endMs, const QString &markup, MarkupFlavor flavor,
            const QString &identifier = {})
{
    subtitles::Cue cue;
    cue.startMs = startMs;
    cue.endMs = endMs; // <= start means "unknown", resolved after the pass
    cue.identifier = identifier;
    fillCueText(cue, markup, flavor);
    if (!cue.text.isEmpty()) // mov_text writes an empty sample for each gap between cues
        track.out.cues.append(cue);
}

void handleDirectPacket(Track &track, const AVPacket *pkt, qint64 startMs, qint64 endMs)
{
    QString identifier;
    size_t idSize = 0;
    if (const uint8_t *id = av_packet_get_side_data(pkt, AV_PKT_DATA_WEBVTT_IDENTIFIER, &idSize))
        identifier = packetString(id, idSize);
    addCue(track, startMs, endMs, packetString(pkt->data, size_t(pkt->size)), track.flavor, identifier);
}

void handleDecodedPacket(Track &track, AVPacket *pkt, qint64 startMs, qint64 endMs)
{
    AVSubtitle sub{};
    int gotSubtitle = 0;
    if (avcodec_decode_subtitle2(track.decoder.get(), &sub, &gotSubtitle, pkt) < 0 || !gotSubtitle)
        return;
    QString markup;
    for (unsigned i = 0; i < sub.num_rects; ++i) {
        const AVSubtitleRect *rect = sub.rects[i];
        QString part;
        if (rect->type == SUBTITLE_ASS && rect->ass)
            part = assEventText(QString::fromUtf8(rect->ass)).toString();
        else if (rect->type == SUBTITLE_TEXT && rect->text)
            part = QString::fromUtf8(rect->text).replace(u'\n', u"\\N"_s);
        if (part.isEmpty())
            continue;
        if (!markup.isEmpty())
            markup.append(u"\\N");
        markup.append(part);
    }
    if (endMs <= startMs && sub.end_display_time > sub.start_display_time && sub.end_display_time != UINT32_MAX)
        endMs = startMs + qint64(sub.end_display_time - sub.start_display_time);
    startMs += sub.start_display_time;
    avsubtitle_free(&sub);
    addCue(track, startMs, endMs, markup, MarkupFlavor::Ass);
}

// Sorts the cues and gives every cue without a duration the next packet start of its track as its end
// (the next cue, or the empty sample that clears it), else the end of the file.
void finishTrack(Track &track, qint64 fileDurationMs)
{
    auto &cues = track.out.cues;
    std::stable_sort(cues.begin(), cues.end(),
                     [](const subtitles::Cue &a, const subtitles::Cue &b) { return a.startMs < b.startMs; });
    std::sort(track.boundaries.begin(), track.boundaries.end());
    for (subtitles::Cue &cue : cues) {
        if (cue.endMs > cue.startMs)
            continue;
        const auto next = std::upper_bound(track.boundaries.begin(), track.boundaries.end(), cue.startMs);
        if (next != track.boundaries.end())
            cue.endMs = *next;
        else if (fileDurationMs > cue.startMs)
            cue.endMs = fileDurationMs;
        else
            cue.endMs = cue.startMs + 2000; // a last resort: show it for a moment rather than not at all
    }
}

} // namespace

QList<EmbeddedSubtitles> extractTextSubtitles(const QString &path)
{
    const Deadline deadline(kExtractBudget);
    OpenResult opened = openInput(path, &deadline);
    if (opened.status != OpenStatus::Ok)
        return {};
    AVFormatContext *ctx = opened.ctx.get();

    std::vector<Track> tracks;
    std::vector<int> trackOfStream(ctx->nb_streams, -1);
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        AVStream *st = ctx->streams[i];
        const AVCodecID id = st->codecpar->codec_id;
        if (st->codecpar->codec_type != AVMEDIA_TYPE_SUBTITLE || !isTextSubtitle(id)) {
            st->discard = AVDISCARD_ALL; // the demuxer then skips these packets without handing them to us
            continue;
        }
        Track track;
        track.out.streamIndex = int(i);
        track.timeBase = st->time_base;
        track.flavor = id == AV_CODEC_ID_WEBVTT ? MarkupFlavor::WebVtt : MarkupFlavor::SubRip;
        if (!carriesTextDirectly(id)) {
            CodecContextPtr decoder = openSubtitleDecoder(st);
            if (!decoder) {
                track.out.error = QCoreApplication::translate("cairn::media", "This subtitle format cannot be read.");
                st->discard = AVDISCARD_ALL;
                tracks.push_back(std::move(track));
                continue;
            }
            track.decoder = std::move(decoder);
        }
        trackOfStream[i] = int(tracks.size());
        tracks.push_back(std::move(track));
    }
    if (tracks.empty())
        return {};

    const qint64 origin = originMs(ctx);
    PacketPtr pkt(av_packet_alloc());
    int err = 0;
    while ((err = av_read_frame(ctx, pkt.get())) >= 0) {
        const int t = pkt->stream_index < int(trackOfStream.size()) ? trackOfStream[size_t(pkt->stream_index)] : -1;
        const int64_t ts = pkt->pts != AV_NOPTS_VALUE ? pkt->pts : pkt->dts;
        if (t >= 0 && ts != AV_NOPTS_VALUE) {
            Track &track = tracks[size_t(t)];
            const qint64 startMs = toMs(ts, track.timeBase) - origin;
            const qint64 endMs = pkt->duration > 0 ? startMs + toMs(pkt->duration, track.timeBase) : -1;
            track.boundaries.push_back(startMs);
            if (track.decoder)
                handleDecodedPacket(track, pkt.get(), startMs, endMs);
            else
                handleDirectPacket(track, pkt.get(), startMs, endMs);
        }
        av_packet_unref(pkt.get());
    }

    const QString damaged =
        err == AVERROR_EOF
            ? QString()
            : QCoreApplication::translate("cairn::media", "The file is damaged or could not be read to the end; "
                                                          "some subtitles may be missing.");
    const qint64 fileDurationMs =
        ctx->duration != AV_NOPTS_VALUE && ctx->duration > 0 ? av_rescale(ctx->duration, 1000, AV_TIME_BASE) : 0;
    QList<EmbeddedSubtitles> result;
    for (Track &track : tracks) {
        finishTrack(track, fileDurationMs);
        if (track.out.error.isEmpty())
            track.out.error = damaged;
        result.append(std::move(track.out));
    }
    return result;
}

} // namespace cairn::media
