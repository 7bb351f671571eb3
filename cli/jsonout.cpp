#include "jsonout.h"

#include "subtitles/subtitlereader.h"

#include <QJsonValue>

namespace cairn::cli {

QJsonObject subtitlesToJson(const subtitles::ParseResult &result)
{
    QJsonArray cues;
    for (const subtitles::Cue &c : result.cues) {
        cues.append(QJsonObject{{QStringLiteral("start_ms"), c.startMs},
                                {QStringLiteral("end_ms"), c.endMs},
                                {QStringLiteral("text"), c.text}});
    }
    return QJsonObject{{QStringLiteral("format"), subtitles::formatName(result.format)},
                       {QStringLiteral("encoding"), result.encoding},
                       {QStringLiteral("cues"), cues},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)}};
}

QString markedSnippet(const QString &highlighted)
{
    QString s = highlighted;
    s.replace(QChar(2), QLatin1Char('[')).replace(QChar(3), QLatin1Char(']'));
    return s;
}

QJsonObject hitToJson(const library::SearchHit &hit)
{
    return QJsonObject{{QStringLiteral("path"), hit.path},
                       {QStringLiteral("title"), hit.title},
                       {QStringLiteral("language"), hit.language},
                       {QStringLiteral("kind"), hit.startMs < 0 ? QStringLiteral("title") : QStringLiteral("cue")},
                       {QStringLiteral("start_ms"), hit.startMs},
                       {QStringLiteral("end_ms"), hit.endMs},
                       {QStringLiteral("text"), hit.text},
                       {QStringLiteral("snippet"), markedSnippet(hit.snippet)}};
}

QJsonObject verifyToJson(const library::VerifyReport &r)
{
    return QJsonObject{{QStringLiteral("folder"), r.folder},
                       {QStringLiteral("manifest"), r.hasManifest},
                       {QStringLiteral("manifest_error"), r.manifestError},
                       {QStringLiteral("checked"), r.checked},
                       {QStringLiteral("ok"), r.ok.size()},
                       {QStringLiteral("missing"), QJsonArray::fromStringList(r.missing)},
                       {QStringLiteral("mismatched"), QJsonArray::fromStringList(r.mismatched)},
                       {QStringLiteral("unreadable"), QJsonArray::fromStringList(r.unreadable)},
                       {QStringLiteral("unlisted"), QJsonArray::fromStringList(r.unlisted)},
                       {QStringLiteral("passed"), r.passed()}};
}

} // namespace cairn::cli
