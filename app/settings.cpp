#include "app/settings.h"

#include "app/interfacelanguage.h"

#include <QLocale>
#include <QSettings>

namespace cairn::app {

QString interfaceLanguage()
{
    if (const QString applied = appliedInterfaceLanguage(); !applied.isEmpty())
        return applied;
    return contentLanguageOf(QLocale());
}

QString savedInterfaceLanguage()
{
    return QSettings().value(QStringLiteral("interface/language")).toString();
}

void saveInterfaceLanguage(const QString &code)
{
    QSettings s;
    if (code.isEmpty())
        s.remove(QStringLiteral("interface/language"));
    else
        s.setValue(QStringLiteral("interface/language"), code);
}

QStringList defaultSubtitleLanguages()
{
    QStringList out{interfaceLanguage()};
    if (!out.contains(QStringLiteral("en")))
        out << QStringLiteral("en");
    return out;
}

namespace {

void readStyle(QSettings &s, const QString &group, SubtitleStyle &style)
{
    s.beginGroup(group);
    style.sizePercent = s.value(QStringLiteral("sizePercent"), style.sizePercent).toDouble();
    style.placement = s.value(QStringLiteral("top"), style.placement == SubtitleStyle::Placement::Top).toBool()
                          ? SubtitleStyle::Placement::Top
                          : SubtitleStyle::Placement::Bottom;
    style.box = s.value(QStringLiteral("box"), style.box).toBool();
    s.endGroup();
}

void writeStyle(QSettings &s, const QString &group, const SubtitleStyle &style)
{
    s.beginGroup(group);
    s.setValue(QStringLiteral("sizePercent"), style.sizePercent);
    s.setValue(QStringLiteral("top"), style.placement == SubtitleStyle::Placement::Top);
    s.setValue(QStringLiteral("box"), style.box);
    s.endGroup();
}
} // namespace

Settings Settings::load()
{
    QSettings s;
    Settings out;
    const QStringList stored = s.value(QStringLiteral("subtitles/languages")).toStringList();
    // Versions before 0.2 saved the order even when nobody chose it: such a list that equals today's default
    // counts as not chosen, so it keeps following the interface language.
    out.subtitleLanguagesChosen = s.value(QStringLiteral("subtitles/languagesChosen"),
                                          !stored.isEmpty() && stored != defaultSubtitleLanguages())
                                      .toBool();
    out.subtitleLanguages = out.subtitleLanguagesChosen && !stored.isEmpty() ? stored : defaultSubtitleLanguages();
    out.secondaryStyle.placement = SubtitleStyle::Placement::Top;
    readStyle(s, QStringLiteral("subtitles/primary"), out.primaryStyle);
    readStyle(s, QStringLiteral("subtitles/secondary"), out.secondaryStyle);
    out.volume = s.value(QStringLiteral("playback/volume"), 1.0).toFloat();
    out.muted = s.value(QStringLiteral("playback/muted"), false).toBool();
    out.autoplayNext = s.value(QStringLiteral("playback/autoplayNext"), true).toBool();
    out.windowGeometry = s.value(QStringLiteral("window/geometry")).toByteArray();
    out.transcriptVisible = s.value(QStringLiteral("window/transcript"), false).toBool();
    return out;
}

void Settings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("subtitles/languagesChosen"), subtitleLanguagesChosen);
    if (subtitleLanguagesChosen)
        s.setValue(QStringLiteral("subtitles/languages"), subtitleLanguages);
    else
        s.remove(QStringLiteral("subtitles/languages"));
    writeStyle(s, QStringLiteral("subtitles/primary"), primaryStyle);
    writeStyle(s, QStringLiteral("subtitles/secondary"), secondaryStyle);
    s.setValue(QStringLiteral("playback/volume"), volume);
    s.setValue(QStringLiteral("playback/muted"), muted);
    s.setValue(QStringLiteral("playback/autoplayNext"), autoplayNext);
    s.setValue(QStringLiteral("window/geometry"), windowGeometry);
    s.setValue(QStringLiteral("window/transcript"), transcriptVisible);
}

} // namespace cairn::app
