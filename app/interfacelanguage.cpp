#include "app/interfacelanguage.h"

#include "translations.h"

#include <QGuiApplication>

namespace cairn::app {

namespace {
QString &applied()
{
    static QString bcp47;
    return bcp47;
}
} // namespace

QString contentLanguageOf(const QLocale &locale)
{
    const QLocale ui = locale.uiLanguages().isEmpty() ? locale : QLocale(locale.uiLanguages().constFirst());
    if (ui.language() == QLocale::Chinese)
        return ui.script() == QLocale::TraditionalChineseScript ? QStringLiteral("zh-Hant") : QStringLiteral("zh-Hans");
    if (ui.language() == QLocale::C)
        return QStringLiteral("en");
    return QLocale::languageToCode(ui.language());
}

QList<InterfaceLanguageChoice> interfaceLanguageChoices()
{
    // Each name in its own script: someone who cannot read the current interface must still find theirs.
    return {
        {QStringLiteral("ar"), QStringLiteral("العربية")},  {QStringLiteral("zh_CN"), QStringLiteral("中文")},
        {QStringLiteral("en"), QStringLiteral("English")},  {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},  {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

QString interfaceLanguageToBcp47(const QString &code)
{
    if (code.startsWith(QLatin1String("zh")))
        return code.contains(QLatin1String("TW")) || code.contains(QLatin1String("HK")) ? QStringLiteral("zh-Hant")
                                                                                          : QStringLiteral("zh-Hans");
    return code.section(QLatin1Char('_'), 0, 0);
}

QString applyInterfaceLanguage(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // The default locale first: the widgets format numbers and durations when they retranslate.
    QLocale::setDefault(locale);
    const QString used = i18n::installTranslators(locale);
    // Explicitly, from the language shown (not from the system): Arabic lays out right to left, an English
    // fallback for an untranslated right-to-left system language does not.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) // not for `cairn --help` (no display)
        QGuiApplication::setLayoutDirection(QLocale(used).textDirection());
    // Titles and subtitles follow the language the user reads, even when the menus fall back to English for want
    // of a translation (a German system gets German titles and subtitles first, a Taiwanese one Traditional).
    applied() = code.isEmpty() ? contentLanguageOf(locale) : interfaceLanguageToBcp47(used);
    return used;
}

QString appliedInterfaceLanguage()
{
    return applied();
}

} // namespace cairn::app
