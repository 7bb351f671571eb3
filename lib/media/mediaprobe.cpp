// probeMedia(): what a scanner needs to know about one file, read from the container header.
#include "media/mediaprobe.h"

#include "media/ffmpegsupport.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <string_view>

using namespace Qt::StringLiterals;

namespace cairn::media {
namespace {

using namespace detail;

// A scanner calls this for thousands of files; a header read takes milliseconds, so 10 s only trips on a stalled
// disk or network share, or on a file that makes a demuxer loop.
constexpr std::chrono::seconds kProbeBudget{10};

QString tagValue(const AVDictionary *metadata, const char *key)
{
    const AVDictionaryEntry *entry = av_dict_get(metadata, key, nullptr, 0);
    return entry ? QString::fromUtf8(entry->value).trimmed() : QString();
}

bool isTextSubtitleCodec(AVCodecID id)
{
    switch (id) {
    case AV_CODEC_ID_SUBRIP:
    case AV_CODEC_ID_SRT:
    case AV_CODEC_ID_ASS:
    case AV_CODEC_ID_SSA:
    case AV_CODEC_ID_MOV_TEXT:
    case AV_CODEC_ID_WEBVTT:
    case AV_CODEC_ID_TEXT:
        return true;
    default:
        return false;
    }
}

StreamInfo describeStream(const AVStream *st)
{
    const AVCodecParameters *par = st->codecpar;
    StreamInfo info;
    info.index = st->index;
    switch (par->codec_type) {
    case AVMEDIA_TYPE_VIDEO:
        // MP3/M4A cover art is a one-frame "video" stream; to a user it is not a video track.
        info.kind =
            (st->disposition & AV_DISPOSITION_ATTACHED_PIC) ? StreamInfo::Kind::Attachment : StreamInfo::Kind::Video;
        break;
    case AVMEDIA_TYPE_AUDIO:
        info.kind = StreamInfo::Kind::Audio;
        break;
    case AVMEDIA_TYPE_SUBTITLE:
        info.kind = StreamInfo::Kind::Subtitle;
        break;
    case AVMEDIA_TYPE_ATTACHMENT:
        info.kind = StreamInfo::Kind::Attachment;
        break;
    default:
        info.kind = StreamInfo::Kind::Other;
        break;
    }
    if (par->codec_id != AV_CODEC_ID_NONE)
        info.codec = QString::fromLatin1(avcodec_get_name(par->codec_id));
    info.language = tagValue(st->metadata, "language");
    if (info.language.compare(u"und"_s, Qt::CaseInsensitive) == 0)
        info.language.clear();
    info.title = tagValue(st->metadata, "title");
    info.isDefault = st->disposition & AV_DISPOSITION_DEFAULT;
    info.forced = st->disposition & AV_DISPOSITION_FORCED;
    info.hearingImpaired = st->disposition & AV_DISPOSITION_HEARING_IMPAIRED;
    info.textBased = info.kind == StreamInfo::Kind::Subtitle && isTextSubtitleCodec(par->codec_id);
    if (info.kind == StreamInfo::Kind::Video) {
        info.width = par->width;
        info.height = par->height;
    } else if (info.kind == StreamInfo::Kind::Audio) {
        info.channels = par->ch_layout.nb_channels;
        info.sampleRate = par->sample_rate;
    }
    return info;
}

// Header-only opening misses what a demuxer learns from packets: no duration in live-recorded MKV/WebM and
// MPEG-TS, no dimensions or sample rate for some raw streams. Only then pay for avformat_find_stream_info.
bool needsStreamInfo(const AVFormatContext *ctx)
{
    if (ctx->duration == AV_NOPTS_VALUE || ctx->duration <= 0)
        return true;
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        const AVCodecParameters *par = ctx->streams[i]->codecpar;
        if (par->codec_type == AVMEDIA_TYPE_VIDEO && (par->codec_id == AV_CODEC_ID_NONE || par->width <= 0))
            return true;
        if (par->codec_type == AVMEDIA_TYPE_AUDIO && (par->codec_id == AV_CODEC_ID_NONE || par->sample_rate <= 0))
            return true;
    }
    return false;
}

qint64 durationMs(const AVFormatContext *ctx)
{
    if (ctx->duration != AV_NOPTS_VALUE && ctx->duration > 0)
        return av_rescale(ctx->duration, 1000, AV_TIME_BASE);
    qint64 longest = 0;
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        const AVStream *st = ctx->streams[i];
        if (st->duration != AV_NOPTS_VALUE && st->duration > 0)
            longest = std::max<qint64>(longest, av_rescale_q(st->duration, st->time_base, AVRational{1, 1000}));
    }
    return longest;
}

// Live-recorded Matroska/WebM (OBS, browsers' MediaRecorder) has no Duration element, and FFmpeg's fallback is a
// bitrate guess or nothing. Reading the packets in the last 256 KB gives the real end: Matroska resyncs on the
// next cluster after a byte seek. Costs one seek and a few small reads, and only runs for such files.
qint64 durationFromTail(AVFormatContext *ctx, const Deadline &deadline)
{
    const int64_t size = avio_size(ctx->pb);
    if (size <= 0)
        return 0;
    constexpr int64_t kTailBytes = 256 * 1024;
    if (av_seek_frame(ctx, -1, std::max<int64_t>(0, size - kTailBytes), AVSEEK_FLAG_BYTE) < 0)
        return 0;
    const int64_t start = ctx->start_time != AV_NOPTS_VALUE ? ctx->start_time : 0;
    int64_t endUs = 0;
    PacketPtr pkt(av_packet_alloc());
    for (int packets = 0; packets < 20000 && !deadline.expired() && av_read_frame(ctx, pkt.get()) >= 0; ++packets) {
        const AVStream *st = ctx->streams[pkt->stream_index];
        if (pkt->pts != AV_NOPTS_VALUE && st->codecpar->codec_type != AVMEDIA_TYPE_SUBTITLE) {
            const int64_t end = pkt->pts + std::max<int64_t>(pkt->duration, 0);
            endUs = std::max<int64_t>(endUs, av_rescale_q(end, st->time_base, AV_TIME_BASE_Q) - start);
        }
        av_packet_unref(pkt.get());
    }
    return endUs > 0 ? endUs / 1000 : 0;
}

// The stream a player picks first: the default-flagged one of its kind, else the first.
const StreamInfo *mainStream(const QList<StreamInfo> &streams, StreamInfo::Kind kind)
{
    const StreamInfo *first = nullptr;
    for (const StreamInfo &s : streams) {
        if (s.kind != kind)
            continue;
        if (s.isDefault)
            return &s;
        if (!first)
            first = &s;
    }
    return first;
}

ProbeResult failure(ProbeResult::Error error)
{
    ProbeResult r;
    r.error = error;
    switch (error) {
    case ProbeResult::Error::None:
        break;
    case ProbeResult::Error::NotFound:
        r.errorText = QCoreApplication::translate("cairn::media", "The file does not exist.");
        break;
    case ProbeResult::Error::Unreadable:
        r.errorText = QCoreApplication::translate(
            "cairn::media", "The file cannot be read. Check that you have permission to open it.");
        break;
    case ProbeResult::Error::NotMedia:
        r.errorText = QCoreApplication::translate("cairn::media", "This is not a video or audio file.");
        break;
    case ProbeResult::Error::NoStreams:
        r.errorText = QCoreApplication::translate("cairn::media", "The file contains no video or audio.");
        break;
    case ProbeResult::Error::Truncated:
        r.errorText = QCoreApplication::translate(
            "cairn::media", "The file is incomplete or damaged. It may not have finished downloading or copying.");
        break;
    case ProbeResult::Error::Empty:
        r.errorText = QCoreApplication::translate(
            "cairn::media", "The file is empty (0 bytes). It may not have finished downloading or copying.");
        break;
    }
    return r;
}

} // namespace

QString errorName(ProbeResult::Error error)
{
    switch (error) {
    case ProbeResult::Error::None:
        return {};
    case ProbeResult::Error::NotFound:
        return u"not-found"_s;
    case ProbeResult::Error::Unreadable:
        return u"unreadable"_s;
    case ProbeResult::Error::NotMedia:
        return u"not-media"_s;
    case ProbeResult::Error::NoStreams:
        return u"no-streams"_s;
    case ProbeResult::Error::Truncated:
        return u"truncated"_s;
    case ProbeResult::Error::Empty:
        return u"empty"_s;
    }
    return {};
}

ProbeResult probeMedia(const QString &path)
{
    // Cheap checks first, so the common failures get a precise message without touching FFmpeg.
    const QFileInfo fileInfo(path);
    if (!fileInfo.exists())
        return failure(ProbeResult::Error::NotFound);
    if (!fileInfo.isFile()) // a folder, or a FIFO/device whose open() would block the scanner for good
        return failure(ProbeResult::Error::NotMedia);
    if (!fileInfo.isReadable())
        return failure(ProbeResult::Error::Unreadable);
    if (fileInfo.size() == 0)
        return failure(ProbeResult::Error::Empty);

    const Deadline deadline(kProbeBudget);
    OpenResult opened = openInput(path, &deadline);
    switch (opened.status) {
    case OpenStatus::Ok:
        break;
    case OpenStatus::NotFound:
        return failure(ProbeResult::Error::NotFound);
    case OpenStatus::Unreadable:
    case OpenStatus::TimedOut:
        return failure(ProbeResult::Error::Unreadable);
    case OpenStatus::NotMedia:
        return failure(ProbeResult::Error::NotMedia);
    case OpenStatus::Truncated:
        return failure(ProbeResult::Error::Truncated);
    }
    AVFormatContext *ctx = opened.ctx.get();

    if (needsStreamInfo(ctx)) {
        // Bounded: about 2 s of packets or 2 MB is enough for a duration estimate and codec parameters.
        ctx->probesize = 2 * 1024 * 1024;
        ctx->max_analyze_duration = 2 * AV_TIME_BASE;
        const int err = avformat_find_stream_info(ctx, nullptr);
        if (err == AVERROR_EXIT)
            return failure(ProbeResult::Error::Unreadable);
        // Other errors leave partial information, which is still better than none.
    }
    // Only Matroska: its clusters carry absolute timestamps, so packets after a byte seek are exact. MP3 or raw
    // streams would give timestamps that are themselves bitrate guesses.
    qint64 tailDurationMs = 0;
    const bool matroska = std::string_view(ctx->iformat->name).find("matroska") != std::string_view::npos;
    if (matroska && (ctx->duration == AV_NOPTS_VALUE || ctx->duration <= 0 ||
                     ctx->duration_estimation_method == AVFMT_DURATION_FROM_BITRATE))
        tailDurationMs = durationFromTail(ctx, deadline);

    ProbeResult result;
    result.container = QString::fromLatin1(ctx->iformat->name);
    result.title = tagValue(ctx->metadata, "title");
    result.durationMs = tailDurationMs > 0 ? tailDurationMs : durationMs(ctx);
    for (unsigned i = 0; i < ctx->nb_streams; ++i)
        result.streams.append(describeStream(ctx->streams[i]));

    const StreamInfo *video = mainStream(result.streams, StreamInfo::Kind::Video);
    const StreamInfo *audio = mainStream(result.streams, StreamInfo::Kind::Audio);
    if (!video && !audio) {
        ProbeResult noStreams = failure(ProbeResult::Error::NoStreams);
        noStreams.container = result.container;
        noStreams.streams = result.streams;
        return noStreams;
    }
    if (video) {
        result.width = video->width;
        result.height = video->height;
        result.videoCodec = video->codec;
    }
    if (audio)
        result.audioCodec = audio->codec;
    return result;
}

} // namespace cairn::media
