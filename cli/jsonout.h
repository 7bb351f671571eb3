#pragma once
// JSON shapes of cairn-cli's --json output (the contract documented in `cairn-cli --help` and the man page).
#include "library/library.h"
#include "library/manifest.h"
#include "subtitles/cue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cairn::cli {

QJsonObject subtitlesToJson(const subtitles::ParseResult &result);
QJsonObject hitToJson(const library::SearchHit &hit);
QJsonObject verifyToJson(const library::VerifyReport &report);
/// The snippet with hits marked by [ and ] (the database marks them with \x02 and \x03).
QString markedSnippet(const QString &highlighted);

} // namespace cairn::cli
