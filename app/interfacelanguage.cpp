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
    applied() = interfaceLanguageToBcp47(used);
    return used;
}

QString appliedInterfaceLanguage()
{
    return applied();
}

} // namespace cairn::app
