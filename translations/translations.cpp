#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

static void initI18nResources()
{
    Q_INIT_RESOURCE(cairn_i18n);
}

namespace cairn::i18n {

QStringList availableLanguages()
{
    return {QStringLiteral("ar"), QStringLiteral("zh_CN"), QStringLiteral("en"),
            QStringLiteral("fr"), QStringLiteral("ru"),    QStringLiteral("es")};
}

namespace {
QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> list;
    return list;
}

QString matchLanguage(const QLocale &locale)
{
    const QStringList ours = availableLanguages();
    const QString name = locale.name(); // "zh_CN", "ar_EG", "fr_FR"
    if (ours.contains(name))
        return name;
    const QString base = name.section(QLatin1Char('_'), 0, 0);
    if (base == QLatin1String("zh"))
        return QStringLiteral("zh_CN"); // the only Chinese interface translation: Simplified
    return ours.contains(base) ? base : QStringLiteral("en");
}
} // namespace

QString installTranslators(const QLocale &locale)
{
    static const bool once = (initI18nResources(), true);
    Q_UNUSED(once);
    auto *app = QCoreApplication::instance();
    for (const QPointer<QTranslator> &t : std::as_const(installed())) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    installed().clear();

    const QString lang = matchLanguage(locale);
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/cairn_") + lang + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(ours);
        installed() << ours;
    } else {
        delete ours;
    }
    // Qt's catalog: standard dialogs, and QT_LAYOUT_DIRECTION (right to left for Arabic).
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qt_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
    return lang;
}

} // namespace cairn::i18n
