#include "subtitles/subtitlereader.h"

#include "subtitles/assparser.h"
#include "subtitles/srtparser.h"
#include "subtitles/webvttparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cairn::subtitles {

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

Format formatFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"vtt" || suffix == u"webvtt")
        return Format::WebVtt;
    if (suffix == u"srt")
        return Format::Srt;
    if (suffix == u"ass" || suffix == u"ssa")
        return Format::Ass;
    return Format::Unknown;
}

} // namespace

ParseResult parseSubtitleText(const QString &text, Format formatHint)
{
    // The content decides when it carries the WebVTT signature (many .srt downloads are WebVTT); a .vtt file
    // without the signature is refused, as browsers refuse it.
    if (hasWebVttSignature(text) || formatHint == Format::WebVtt)
        return parseWebVtt(text);
    // A "[Script Info]" header decides, whatever the extension says (.txt and .srt downloads that are ASS).
    if (looksLikeAss(text) || formatHint == Format::Ass)
        return parseAss(text);
    return parseSrt(text);
}

ParseResult parseSubtitleBytes(const QByteArray &bytes, const QString &fileName)
{
    const DecodedText decoded = decodeSubtitleBytes(bytes);
    if (!decoded.ok) {
        ParseResult r;
        r.encoding = decoded.encoding;
        r.error = decoded.error;
        return r;
    }
    ParseResult r = parseSubtitleText(decoded.text, formatFromFileName(fileName));
    r.encoding = decoded.encoding;
    return r;
}

ParseResult parseSubtitleFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ParseResult r;
        r.error = QCoreApplication::translate("cairn::subtitles", "Cannot open %1: %2").arg(path, file.errorString());
        return r;
    }
    if (file.size() > kMaxFileBytes) {
        ParseResult r;
        r.error = QCoreApplication::translate("cairn::subtitles", "%1 is too large for a subtitle file (over 64 MiB).")
                      .arg(path);
        return r;
    }
    return parseSubtitleBytes(file.readAll(), path);
}

QString formatName(Format f)
{
    switch (f) {
    case Format::Srt:
        return u"srt"_s;
    case Format::WebVtt:
        return u"vtt"_s;
    case Format::Ass:
        return u"ass"_s;
    case Format::Unknown:
        break;
    }
    return u"unknown"_s;
}

} // namespace cairn::subtitles
