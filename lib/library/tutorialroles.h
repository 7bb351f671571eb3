#pragma once
// Roles of TutorialListModel (lib/library/tutoriallistmodel.h). Qt::DisplayRole is the title in the interface
// language, Qt::ToolTipRole the description, Qt::DecorationRole the thumbnail as a QImage (or null).
#include <Qt>

namespace cairn::library {

enum TutorialRole {
    IdRole = Qt::UserRole + 1, ///< qint64
    PathRole,                  ///< QString, absolute video path
    SeriesRole,                ///< QString, series title
    SeriesIdRole,              ///< qint64
    PositionInSeriesRole,      ///< int, 1-based
    SeriesLengthRole,          ///< int
    DurationMsRole,            ///< qint64
    ProgressRole,              ///< double 0..1 (position / duration)
    PositionMsRole,            ///< qint64 resume position
    CompletedRole,             ///< bool
    WatchedRole,               ///< bool: ever started
    LanguagesRole,             ///< QStringList of BCP 47 tags, UN languages first
    MissingRole,               ///< bool
    ThumbnailPathRole,         ///< QString, may be empty
    DescriptionRole,           ///< QString
    ErrorRole,                 ///< QString: why the file cannot be played (probe error), empty when fine
    LastWatchedRole,           ///< QDateTime, invalid when never
};

} // namespace cairn::library
