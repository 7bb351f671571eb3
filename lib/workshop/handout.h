#pragma once
// The printable handout of a session: the tutorials in order with their durations, the transcript of each in one
// or two languages side by side (a table; right-to-left cells for Arabic, Hebrew, Persian, Urdu), optionally the
// trainer's notes. HTML through QTextDocument, written as PDF by QPdfWriter (Qt Gui; no widgets).
// Thread: any thread with a QGuiApplication (fonts).
#include "subtitles/cue.h"
#include "workshop/sessionplan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cairn::workshop {

class WorkshopData;

struct HandoutItem
{
    QString title;
    qint64 inMs = 0;
    qint64 outMs = -1;      ///< -1: to the end
    qint64 durationMs = 0;  ///< of the segment
    QString notes;
    QList<QList<subtitles::Cue>> transcripts; ///< one list per handout language (may be empty)
};

struct HandoutOptions
{
    QString title;            ///< the session's name
    QString sessionNotes;
    QStringList languages;    ///< one or two BCP 47 tags; the columns of the transcript, in order
    bool includeNotes = false;
};

/// Gathers titles, segment durations and the cues inside each segment from the library's index.
QList<HandoutItem> handoutItems(const SessionPlan &plan, WorkshopData &data, const QStringList &languages);

/// The handout as Qt rich text (the subset QTextDocument understands).
QString handoutHtml(const QList<HandoutItem> &items, const HandoutOptions &options);

/// Writes the handout as an A4 PDF at `path`. False with a translated `error` when the file cannot be written.
bool writeHandoutPdf(const QString &path, const QList<HandoutItem> &items, const HandoutOptions &options,
                     QString *error = nullptr);

/// True for languages written right to left (ar, fa, he, ur, ps, yi, ...).
bool isRightToLeftLanguage(const QString &bcp47);

} // namespace cairn::workshop
