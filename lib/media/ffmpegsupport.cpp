#include "media/ffmpegsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cerrno>
#include <cstdarg>
#include <mutex>

// Debug messages are off unless QT_LOGGING_RULES="cairn.media.debug=true".
Q_LOGGING_CATEGORY(lcMedia, "cairn.media", QtInfoMsg)

namespace cairn::media::detail {
namespace {

void logCallback(void *avcl, int level, const char *fmt, va_list args)
{
    if (level > av_log_get_level())
        return;
    char line[1024];
    int printPrefix = 1; // local, not FFmpeg's static: the callback runs on many threads at once
    av_log_format_line2(avcl, level, fmt, args, line, sizeof line, &printPrefix);
    qCDebug(lcMedia).noquote() << QString::fromUtf8(line).trimmed();
}

int interruptCallback(void *opaque)
{
    const auto *deadline = static_cast<const Deadline *>(opaque);
    return deadline && deadline->expired() ? 1 : 0;
}

struct AvioCloser
{
    void operator()(AVIOContext *pb) const { avio_closep(&pb); }
};

// FFmpeg's file protocol takes bytes: UTF-8 on Windows (it converts to UTF-16 itself), the locale's encoding
// elsewhere. The "file:" prefix stops a name such as "rtmp:talk.mp4" or "a|b.mp4" being read as a protocol.
QByteArray ffmpegUrl(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
#ifdef Q_OS_WIN
    return "file:" + absolute.toUtf8();
#else
    return "file:" + QFile::encodeName(absolute);
#endif
}

// Demuxers that accept almost anything by extension or content; for a video library they mean "not a video".
bool isNonMediaFormat(const AVInputFormat *fmt)
{
    const QByteArray name(fmt->name);
    return name == "tty" || name == "image2" || name.endsWith("_pipe");
}

} // namespace

void installQuietLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(AV_LOG_ERROR);
        av_log_set_callback(logCallback);
    });
}

OpenResult openInput(const QString &path, const Deadline *deadline)
{
    installQuietLogging();
    OpenResult result;
    // open() on a FIFO without a writer blocks in the kernel, where no interrupt callback can reach it.
    const QFileInfo fileInfo(path);
    if (fileInfo.exists() && !fileInfo.isFile()) {
        result.status = OpenStatus::NotMedia;
        return result;
    }
    const QByteArray url = ffmpegUrl(path);
    const AVIOInterruptCB interrupt{&interruptCallback, const_cast<Deadline *>(deadline)};

    // Only local files: a crafted playlist or concat script must not make us fetch URLs or other protocols.
    AVDictionary *ioOptions = nullptr;
    av_dict_set(&ioOptions, "protocol_whitelist", "file", 0);
    AVIOContext *rawPb = nullptr;
    int err = avio_open2(&rawPb, url.constData(), AVIO_FLAG_READ, &interrupt, &ioOptions);
    av_dict_free(&ioOptions);
    std::unique_ptr<AVIOContext, AvioCloser> pb(rawPb);
    if (err < 0) {
        result.averror = err;
        if (err == AVERROR(ENOENT))
            result.status = OpenStatus::NotFound;
        else if (err == AVERROR(EISDIR))
            result.status = OpenStatus::NotMedia;
        else
            result.status = OpenStatus::Unreadable;
        return result;
    }

    // Detect the format ourselves (instead of letting avformat_open_input do it) to tell "not a media file at
    // all" from "a media file whose header is damaged or missing", e.g. an MP4 cut before its moov atom.
    const AVInputFormat *format = nullptr;
    err = av_probe_input_buffer2(pb.get(), &format, url.constData(), nullptr, 0, 0);
    // When nothing matches, FFmpeg still returns its best guess with a tiny score (a text file named .mp4 comes
    // back as "mov" with score 1); only a confident detection means "a media file, but damaged".
    const int score = err;
    if (err < 0 || !format || isNonMediaFormat(format)) {
        result.averror = err;
        result.status = err == AVERROR_EXIT                                             ? OpenStatus::TimedOut
                        : (err < 0 && err != AVERROR_INVALIDDATA && err != AVERROR_EOF) ? OpenStatus::Unreadable
                                                                                        : OpenStatus::NotMedia;
        return result;
    }

    AVFormatContext *ctx = avformat_alloc_context();
    if (!ctx) {
        result.status = OpenStatus::Unreadable;
        return result;
    }
    ctx->interrupt_callback = interrupt;
    ctx->pb = pb.get(); // custom I/O: FormatContextCloser closes it
    AVDictionary *options = nullptr;
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    err = avformat_open_input(&ctx, url.constData(), format, &options); // frees ctx on failure, leaves pb to us
    av_dict_free(&options);
    if (err < 0) {
        result.averror = err;
        result.status = err == AVERROR_EXIT            ? OpenStatus::TimedOut
                        : score <= AVPROBE_SCORE_RETRY ? OpenStatus::NotMedia
                                                       : OpenStatus::Truncated;
        return result;
    }
    pb.release();
    result.ctx.reset(ctx);
    return result;
}

void FormatContextCloser::operator()(AVFormatContext *ctx) const
{
    // avformat_close_input() leaves a caller-supplied AVIOContext open; openInput() always supplies one.
    AVIOContext *pb = (ctx && (ctx->flags & AVFMT_FLAG_CUSTOM_IO)) ? ctx->pb : nullptr;
    avformat_close_input(&ctx);
    avio_closep(&pb);
}

qint64 originMs(const AVFormatContext *ctx)
{
    if (!ctx || ctx->start_time == AV_NOPTS_VALUE || ctx->start_time <= 0)
        return 0;
    return av_rescale(ctx->start_time, 1000, AV_TIME_BASE);
}

QString errorString(int averror)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

} // namespace cairn::media::detail
