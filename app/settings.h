#pragma once
// The user's preferences, read once at start and written when they change (QSettings, native format).
#include "app/subtitlestyle.h"

#include <QByteArray>
#include <QStringList>

namespace cairn::app {

/// The interface language as a BCP 47 tag ("en", "ar", "zh-Hans"): the one applied by applyInterfaceLanguage(),
/// else from the system locale.
QString interfaceLanguage();

/// The interface language the user chose in View ▸ Language ("ar", "zh_CN", "en", …); empty = follow the system.
QString savedInterfaceLanguage();
void saveInterfaceLanguage(const QString &code);

/// The subtitle languages picked when the user has not chosen any: the interface language, then English.
QStringList defaultSubtitleLanguages();

struct Settings
{
    /// Subtitle languages to pick by default, best first. Default: defaultSubtitleLanguages().
    QStringList subtitleLanguages;
    /// True once the user picked a subtitle language themselves. Until then the order is not saved and follows
    /// the interface language when that changes.
    bool subtitleLanguagesChosen = false;
    SubtitleStyle primaryStyle;
    SubtitleStyle secondaryStyle;
    float volume = 1.0f;
    bool autoplayNext = true;
    bool muted = false;
    QByteArray windowGeometry;
    bool transcriptVisible = false;

    static Settings load();
    void save() const;
};

} // namespace cairn::app
