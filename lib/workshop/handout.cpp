#include "workshop/handout.h"

#include "workshop/workshopdata.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace cairn::workshop {

namespace {

// lupdate files a free tr() call in this namespace under the context "cairn::workshop"; look it up there.
QString tr(const char *text)
{
    return QCoreApplication::translate("cairn::workshop", text);
}

QString languageName(const QString &bcp47)
{
    const QLocale locale(bcp47);
    const QString name = locale.nativeLanguageName();
    if (name.isEmpty() || locale.language() == QLocale::C)
        return bcp47;
    return name; // "简体中文" and "繁體中文" already say which script
}

/// Cue text as escaped HTML, lines kept.
QString cellText(const QList<subtitles::Cue> &cues)
{
    QStringList parts;
    for (const subtitles::Cue &c : cues)
        parts << c.text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return parts.join(QStringLiteral("<br>"));
}

QString cell(const QList<subtitles::Cue> &cues, const QString &language)
{
    // Right-to-left cells: the paragraph's direction (bidi, punctuation at the right end) and right alignment.
    if (isRightToLeftLanguage(language))
        return QStringLiteral("<td><p dir=\"rtl\" align=\"right\">%1</p></td>").arg(cellText(cues));
    return QStringLiteral("<td><p>%1</p></td>").arg(cellText(cues));
}

struct Row
{
    qint64 startMs = 0;
    QList<subtitles::Cue> cols[2];
};

/// Rows of the side-by-side table: one per cue of the first language that has cues; the other language's cues go
/// to the row whose cue they start in (or the nearest earlier one), so both columns follow the same timeline.
QList<Row> buildRows(const QList<QList<subtitles::Cue>> &transcripts)
{
    QList<Row> rows;
    const int n = std::min<int>(2, int(transcripts.size()));
    if (n == 0)
        return rows;
    int lead = 0;
    if (transcripts.at(0).isEmpty() && n > 1)
        lead = 1;
    for (const subtitles::Cue &c : transcripts.at(lead)) {
        Row r;
        r.startMs = c.startMs;
        r.cols[lead].append(c);
        rows.append(r);
    }
    if (n > 1) {
        const int other = 1 - lead;
        for (const subtitles::Cue &c : transcripts.at(other)) {
            int target = -1;
            for (int i = 0; i < rows.size(); ++i) {
                if (rows.at(i).startMs <= c.startMs + 250) // small tolerance: translations start a bit apart
                    target = i;
                else
                    break;
            }
            if (target < 0) {
                Row r;
                r.startMs = c.startMs;
                rows.prepend(r);
                target = 0;
            }
            rows[target].cols[other].append(c);
        }
    }
    return rows;
}

} // namespace

bool isRightToLeftLanguage(const QString &bcp47)
{
    static const QStringList rtl = {QStringLiteral("ar"), QStringLiteral("fa"), QStringLiteral("he"),
                                    QStringLiteral("iw"), QStringLiteral("ur"), QStringLiteral("ps"),
                                    QStringLiteral("yi"), QStringLiteral("sd"), QStringLiteral("ug"),
                                    QStringLiteral("ckb"), QStringLiteral("dv")};
    return rtl.contains(bcp47.section(QLatin1Char('-'), 0, 0).toLower());
}

QList<HandoutItem> handoutItems(const SessionPlan &plan, WorkshopData &data, const QStringList &languages)
{
    QList<HandoutItem> out;
    for (const SessionItem &item : plan.items) {
        HandoutItem h;
        h.title = item.title.isEmpty() ? QFileInfo(item.path).completeBaseName() : item.title;
        h.inMs = item.inMs;
        h.outMs = item.outMs;
        h.notes = item.notes;
        const qint64 id = data.tutorialFor(item.fingerprint);
        qint64 end = item.outMs;
        if (id > 0) {
            if (end < 0)
                end = data.durationOf(id);
            for (const QString &lang : languages) {
                QList<subtitles::Cue> cues;
                for (const subtitles::Cue &c : data.cues(id, lang))
                    if (c.endMs > item.inMs && (item.outMs < 0 || c.startMs < item.outMs))
                        cues.append(c);
                h.transcripts.append(cues);
            }
        } else {
            for (int i = 0; i < languages.size(); ++i)
                h.transcripts.append(QList<subtitles::Cue>());
        }
        h.durationMs = end >= 0 ? std::max<qint64>(0, end - item.inMs) : 0;
        out.append(h);
    }
    return out;
}

QString handoutHtml(const QList<HandoutItem> &items, const HandoutOptions &options)
{
    QString html;
    html += QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(options.title.toHtmlEscaped());
    qint64 total = 0;
    for (const HandoutItem &h : items)
        total += h.durationMs;
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("cairn::workshop::Handout", "%Ln tutorial(s), %1 in total", nullptr,
                                                 int(items.size()))
                         .arg(formatTime(total))
                         .toHtmlEscaped());
    if (options.includeNotes && !options.sessionNotes.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(options.sessionNotes.toHtmlEscaped());

    // The list of tutorials first: what the room will see, in order.
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += QStringLiteral("<tr><th>#</th><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(tr("Tutorial").toHtmlEscaped(), tr("Segment").toHtmlEscaped(), tr("Duration").toHtmlEscaped());
    for (int i = 0; i < items.size(); ++i) {
        const HandoutItem &h = items.at(i);
        const QString segment = h.outMs >= 0 ? tr("%1 – %2").arg(formatTime(h.inMs), formatTime(h.outMs))
                                             : tr("%1 – end").arg(formatTime(h.inMs));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(i + 1)
                    .arg(h.title.toHtmlEscaped(), segment.toHtmlEscaped(),
                         h.durationMs > 0 ? formatTime(h.durationMs) : QStringLiteral("–"));
    }
    html += QStringLiteral("</table>");

    for (int i = 0; i < items.size(); ++i) {
        const HandoutItem &h = items.at(i);
        html += QStringLiteral("<h2>%1</h2>").arg(tr("%1. %2").arg(i + 1).arg(h.title).toHtmlEscaped());
        if (options.includeNotes && !h.notes.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Notes:").toHtmlEscaped(), h.notes.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        const QList<Row> rows = buildRows(h.transcripts);
        if (rows.isEmpty()) {
            html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No transcript in the chosen languages.").toHtmlEscaped());
            continue;
        }
        const int cols = std::min<int>(2, int(options.languages.size()));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
        html += QStringLiteral("<tr><th width=\"10%\">%1</th>").arg(tr("Time").toHtmlEscaped());
        for (int c = 0; c < cols; ++c)
            html += QStringLiteral("<th width=\"%1%\">%2</th>")
                        .arg(cols == 2 ? 45 : 90)
                        .arg(languageName(options.languages.at(c)).toHtmlEscaped());
        html += QStringLiteral("</tr>");
        for (const Row &r : rows) {
            html += QStringLiteral("<tr><td>%1</td>").arg(formatTime(r.startMs));
            for (int c = 0; c < cols; ++c)
                html += cell(r.cols[c], options.languages.at(c));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

bool writeHandoutPdf(const QString &path, const QList<HandoutItem> &items, const HandoutOptions &options,
                     QString *error)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Cairn"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);

    QTextDocument doc;
    // Noto first (Latin, Arabic, CJK all covered when fonts-noto-core and fonts-noto-cjk are installed); Qt's font
    // fallback fills any script the first family lacks.
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Sans CJK SC"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(10);
    doc.setDefaultFont(font);
    doc.setDefaultStyleSheet(QStringLiteral("th { background-color: #e8e8e8; } h1 { font-size: 18pt; } "
                                            "h2 { font-size: 14pt; }"));
    doc.setHtml(handoutHtml(items, options));
    doc.print(&writer);
    return true;
}

} // namespace cairn::workshop
