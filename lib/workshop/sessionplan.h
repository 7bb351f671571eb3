#pragma once
// A workshop session plan: an ordered list of tutorials, each optionally cut to a segment, with the subtitle
// languages to show, pause points for discussion and the trainer's notes. Plain values, copied freely.
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cairn::workshop {

/// Stop the video at `atMs` (media time) and show `prompt` to the room.
struct PausePoint
{
    qint64 atMs = 0;
    QString prompt;

    bool operator==(const PausePoint &o) const = default;
};

struct SessionItem
{
    QString fingerprint;  ///< Cairn's content fingerprint (see contentFingerprint()); identifies the video
    QString path;         ///< absolute path where the video was last seen (empty when not found)
    QString title;        ///< display title when the plan was made (the library's title wins when found)
    qint64 inMs = 0;      ///< segment start
    qint64 outMs = -1;    ///< segment end, -1 = the end of the video
    QStringList languages; ///< subtitle languages to show, BCP 47, at most two: [top/primary, second]
    QList<PausePoint> pauses; ///< sorted by atMs
    QString notes;        ///< the trainer's notes, never shown to the room

    bool hasOut() const { return outMs >= 0; }
    bool operator==(const SessionItem &o) const = default;
};

struct SessionPlan
{
    qint64 id = 0;        ///< row id in user.sqlite, 0 when not saved yet
    QString name;
    QString notes;        ///< notes for the whole session
    QList<SessionItem> items;

    bool operator==(const SessionPlan &o) const = default;
};

/// Sorts pause points by time and drops those outside [inMs, outMs).
void normalize(SessionItem &item);

/// "02:15" or "1:02:15" for a media time (ms); negative values give "--:--".
QString formatTime(qint64 ms);
/// Like formatTime() but keeps milliseconds when there are any ("00:04.5"), for editing in and out points.
QString formatTimeExact(qint64 ms);
/// Parses "2:15", "02:15", "1:02:15", "135" (seconds) or "2:15.5"; returns -1 when it is not a time.
qint64 parseTime(const QString &text);

} // namespace cairn::workshop

Q_DECLARE_METATYPE(cairn::workshop::SessionPlan)
