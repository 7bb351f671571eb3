#pragma once
// Private to lib/media: RAII owners for FFmpeg objects and the one way this library opens a file with libavformat
// (deadline, protocol whitelist, quiet logging, non-ASCII paths). Nothing here is shared between calls, so every
// public function that uses it is thread-safe.
#include <QString>

#include <chrono>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

namespace cairn::media::detail {

struct FormatContextCloser
{
    void operator()(AVFormatContext *ctx) const; ///< also closes the AVIOContext openInput() attached
};
struct CodecContextFreer
{
    void operator()(AVCodecContext *ctx) const { avcodec_free_context(&ctx); }
};
struct FrameFreer
{
    void operator()(AVFrame *frame) const { av_frame_free(&frame); }
};
struct PacketFreer
{
    void operator()(AVPacket *packet) const { av_packet_free(&packet); }
};
struct SwsFreer
{
    void operator()(SwsContext *ctx) const { sws_freeContext(ctx); }
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextCloser>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextFreer>;
using FramePtr = std::unique_ptr<AVFrame, FrameFreer>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFreer>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsFreer>;

/// Wall-clock limit for one blocking FFmpeg operation. FFmpeg polls it through AVIOInterruptCB, so a file on a
/// stalled network share or a pathological file cannot hang a scanner thread forever.
struct Deadline
{
    std::chrono::steady_clock::time_point until;
    explicit Deadline(std::chrono::milliseconds budget) : until(std::chrono::steady_clock::now() + budget) {}
    bool expired() const { return std::chrono::steady_clock::now() > until; }
};

/// Routes FFmpeg's log into the "cairn.media" logging category (debug level, off by default) instead of stderr,
/// so `cairn-cli` JSON output and test logs stay clean. Idempotent and thread-safe; every entry point calls it.
void installQuietLogging();

enum class OpenStatus { Ok, NotFound, Unreadable, NotMedia, Truncated, TimedOut };

struct OpenResult
{
    OpenStatus status = OpenStatus::Ok;
    FormatContextPtr ctx;
    int averror = 0; ///< FFmpeg error code of the failing step, for diagnostics
};

/// Opens `path` for demuxing (header only; no avformat_find_stream_info). `deadline` must outlive the context:
/// its address is the interrupt callback's opaque pointer.
OpenResult openInput(const QString &path, const Deadline *deadline);

/// The container start time in ms when it is positive (MPEG-TS starts at ~1.4 s), else 0. Players show positions
/// from the first timestamp, so cue times and seek targets are relative to this origin.
qint64 originMs(const AVFormatContext *ctx);

/// Formats an FFmpeg error code as text, for logs only (never shown to users).
QString errorString(int averror);

} // namespace cairn::media::detail
