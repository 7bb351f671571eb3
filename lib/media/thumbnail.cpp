// writeThumbnail(): one decoded frame, scaled down and saved as JPEG.
#include "media/mediaprobe.h"

#include "media/ffmpegsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>

extern "C" {
#include <libavutil/imgutils.h>
}

namespace cairn::media {
namespace {

using namespace detail;

constexpr std::chrono::seconds kThumbnailBudget{15};
// After a seek we land on the keyframe before the target and decode forward. Long GOPs (screen recordings with a
// keyframe every 10 s or more) would make that slow, so stop after this many packets and take the latest frame.
constexpr int kMaxPacketsAfterSeek = 250;

int pickVideoStream(const AVFormatContext *ctx)
{
    int first = -1;
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        const AVStream *st = ctx->streams[i];
        if (st->codecpar->codec_type != AVMEDIA_TYPE_VIDEO || (st->disposition & AV_DISPOSITION_ATTACHED_PIC))
            continue; // cover art does not count: an audio-only file gets no thumbnail
        if (st->disposition & AV_DISPOSITION_DEFAULT)
            return int(i);
        if (first < 0)
            first = int(i);
    }
    return first;
}

CodecContextPtr openDecoder(const AVStream *st)
{
    const AVCodec *codec = avcodec_find_decoder(st->codecpar->codec_id);
    if (!codec)
        return {};
    CodecContextPtr dec(avcodec_alloc_context3(codec));
    if (!dec || avcodec_parameters_to_context(dec.get(), st->codecpar) < 0)
        return {};
    dec->pkt_timebase = st->time_base;
    // One frame at thumbnail size: threads would only add start-up cost and frame-threading latency, and a
    // scanner already runs beside the GUI. Skipping non-reference frames makes catching up to the target cheap.
    dec->thread_count = 1;
    dec->skip_frame = AVDISCARD_NONREF;
    if (avcodec_open2(dec.get(), codec, nullptr) < 0)
        return {};
    return dec;
}

// Decodes forward from the current read position until a frame at or after `targetTs` (stream time base), the
// packet budget runs out, or the stream ends. Returns the chosen frame or null.
FramePtr decodeFrameAtOrAfter(AVFormatContext *ctx, int streamIndex, AVCodecContext *dec, int64_t targetTs,
                              const Deadline &deadline)
{
    PacketPtr pkt(av_packet_alloc());
    FramePtr frame(av_frame_alloc());
    FramePtr best;
    int packets = 0;
    bool draining = false;
    while (!deadline.expired()) {
        if (!draining) {
            const int err = av_read_frame(ctx, pkt.get());
            if (err < 0) {
                draining = true; // end of file or damage: flush what the decoder holds
                avcodec_send_packet(dec, nullptr);
            } else {
                if (pkt->stream_index == streamIndex) {
                    avcodec_send_packet(dec, pkt.get()); // a bad packet is skipped, the next keyframe recovers
                    ++packets;
                }
                av_packet_unref(pkt.get());
            }
        }
        int err = 0;
        while ((err = avcodec_receive_frame(dec, frame.get())) >= 0) {
            const int64_t pts = frame->best_effort_timestamp;
            best.reset(av_frame_clone(frame.get()));
            av_frame_unref(frame.get());
            if (pts == AV_NOPTS_VALUE || pts >= targetTs)
                return best;
        }
        if (err == AVERROR_EOF || (draining && err != AVERROR(EAGAIN)) || packets > kMaxPacketsAfterSeek)
            return best;
    }
    return {};
}

QImage toImage(const AVFrame *frame, AVRational streamSar, int maxWidth)
{
    if (frame->width <= 0 || frame->height <= 0 || frame->format < 0)
        return {};
    // Anamorphic video (DVD rips, HDV) stores non-square pixels: scale to the display aspect.
    AVRational sar = frame->sample_aspect_ratio.num > 0 ? frame->sample_aspect_ratio : streamSar;
    if (sar.num <= 0 || sar.den <= 0)
        sar = AVRational{1, 1};
    const double displayWidth = double(frame->width) * sar.num / sar.den;
    const int width = std::max(2, std::min(maxWidth, int(displayWidth + 0.5)));
    const int height = std::max(2, int(width * double(frame->height) / displayWidth + 0.5));

    SwsContextPtr sws(sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), width, height,
                                     AV_PIX_FMT_RGB24, SWS_BILINEAR, nullptr, nullptr, nullptr));
    if (!sws)
        return {};
    QImage image(width, height, QImage::Format_RGB888);
    if (image.isNull())
        return {};
    uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
    const int dstStride[4] = {int(image.bytesPerLine()), 0, 0, 0};
    if (sws_scale(sws.get(), frame->data, frame->linesize, 0, frame->height, dst, dstStride) != height)
        return {};
    return image;
}

} // namespace

bool writeThumbnail(const QString &videoPath, const QString &outPath, int maxWidth, qint64 atMs)
{
    if (maxWidth <= 0 || outPath.isEmpty())
        return false;
    const Deadline deadline(kThumbnailBudget);
    OpenResult opened = openInput(videoPath, &deadline);
    if (opened.status != OpenStatus::Ok)
        return false;
    AVFormatContext *ctx = opened.ctx.get();
    int streamIndex = pickVideoStream(ctx);
    // MPEG-PS and FLV have no header listing their streams: they appear only once packets are read.
    if (streamIndex < 0 && (ctx->ctx_flags & AVFMTCTX_NOHEADER) && avformat_find_stream_info(ctx, nullptr) >= 0)
        streamIndex = pickVideoStream(ctx);
    if (streamIndex < 0)
        return false;
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        if (int(i) != streamIndex)
            ctx->streams[i]->discard = AVDISCARD_ALL;
    }
    AVStream *st = ctx->streams[streamIndex];
    CodecContextPtr dec = openDecoder(st);
    if (!dec)
        return false;

    qint64 durationMs = 0;
    if (ctx->duration != AV_NOPTS_VALUE && ctx->duration > 0)
        durationMs = av_rescale(ctx->duration, 1000, AV_TIME_BASE);
    else if (st->duration != AV_NOPTS_VALUE && st->duration > 0)
        durationMs = av_rescale_q(st->duration, st->time_base, AVRational{1, 1000});
    qint64 targetMs = atMs >= 0 ? atMs : durationMs / 10;
    if (durationMs > 0 && targetMs >= durationMs)
        targetMs = durationMs * 9 / 10; // past the end: the last frames are often black credits anyway

    const int64_t startTs = st->start_time != AV_NOPTS_VALUE ? st->start_time : 0;
    const int64_t targetTs = startTs + av_rescale_q(targetMs, AVRational{1, 1000}, st->time_base);
    // A failed seek leaves the demuxer at the start: decoding forward toward the target (within the packet
    // budget) still gives a picture for files without an index, e.g. live-recorded Matroska without cues.
    if (targetMs > 0 && av_seek_frame(ctx, streamIndex, targetTs, AVSEEK_FLAG_BACKWARD) >= 0)
        avcodec_flush_buffers(dec.get());
    FramePtr frame = decodeFrameAtOrAfter(ctx, streamIndex, dec.get(), targetTs, deadline);
    if (!frame && targetMs > 0) {
        // The seek landed somewhere undecodable: the first frame is still a useful picture. Back to byte 0 first,
        // where the stream's headers are (MPEG-PS without an index: a timestamp seek lands past its sequence
        // header and nothing decodes); demuxers that cannot seek by byte take the timestamp.
        if (av_seek_frame(ctx, -1, 0, AVSEEK_FLAG_BYTE) < 0 &&
            av_seek_frame(ctx, streamIndex, startTs, AVSEEK_FLAG_BACKWARD) < 0)
            return false;
        avcodec_flush_buffers(dec.get());
        frame = decodeFrameAtOrAfter(ctx, streamIndex, dec.get(), startTs, deadline);
    }
    if (!frame)
        return false;

    const QImage image = toImage(frame.get(), st->sample_aspect_ratio, maxWidth);
    if (image.isNull())
        return false;

    QDir().mkpath(QFileInfo(outPath).absolutePath());
    QSaveFile file(outPath); // written to a temporary name and renamed: readers never see half a JPEG
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!image.save(&file, "JPEG", 80)) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace cairn::media
