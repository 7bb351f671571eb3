#pragma once
// Loading Cairn's translations (embedded .qm) and Qt's own (which also carry the right-to-left layout direction).
#include <QLocale>
#include <QString>
#include <QStringList>

namespace cairn::i18n {

/// The interface languages Cairn ships, as QLocale names: ar, zh_CN, en, fr, ru, es.
QStringList availableLanguages();

/// Installs the translators for `locale` on the running QCoreApplication, replacing earlier ones (so the language
/// can change at run time). Falls back to English (no translator) when Cairn has no translation for it.
/// Returns the language actually used ("ar", "zh_CN", "en", ...).
QString installTranslators(const QLocale &locale);

} // namespace cairn::i18n
