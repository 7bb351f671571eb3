#pragma once
// The interface language: which one the user chose (or the system's), and switching to it at run time.
// Switching installs Cairn's and Qt's translators (every widget then gets QEvent::LanguageChange and retranslates
// itself), sets the layout direction (right to left for Arabic) and the default QLocale (numbers, durations, dates).
// Thread: GUI thread.
#include <QList>
#include <QLocale>
#include <QString>

namespace cairn::app {

struct InterfaceLanguageChoice
{
    QString code;       ///< QLocale name as the translations use it: "ar", "zh_CN", "en", "fr", "ru", "es"
    QString nativeName; ///< in its own script, never translated: "العربية", "中文", "English", …
};

/// The six UN languages in the order the language menu lists them.
QList<InterfaceLanguageChoice> interfaceLanguageChoices();

/// Applies `code` ("" = follow the system, falling back to English) to the running application. Returns the
/// language actually used ("ar", "zh_CN", "en", …).
QString applyInterfaceLanguage(const QString &code);

/// The BCP 47 tag of the applied interface language ("ar", "zh-Hans", "en"), empty before the first apply. When
/// following the system it is the system's language even if Cairn has no translation for it ("de", "zh-Hant"):
/// titles and subtitles are picked in it, while the menus fall back to English.
QString appliedInterfaceLanguage();

/// The language a locale is for, as a BCP 47 tag for titles and subtitles: "de", "pt", "zh-Hant", "en" for C.
QString contentLanguageOf(const QLocale &locale);

/// "zh_CN" → "zh-Hans", "fr" → "fr".
QString interfaceLanguageToBcp47(const QString &code);

} // namespace cairn::app
