#pragma once
// Playing a file without the library (cairn --play FILE): builds a PlayableTutorial from the file and the
// subtitle files named after it beside it ("Name.ar.srt", "Name.zh-Hans.vtt", "Name.srt"), and treats the other
// videos of the folder, in name order, as the series for previous/next. Blocking but cheap (one directory
// listing): call it from the GUI thread only for a single folder.
#include "playback/playable.h"

#include <optional>

namespace cairn::app {

playback::PlayableTutorial standaloneTutorial(const QString &videoPath);
/// Adds the video's embedded text subtitle tracks (probes the container: blocking, call on a worker thread).
void addEmbeddedSubtitles(playback::PlayableTutorial &tutorial);
/// The video `step` places from `from` in its folder (name order), or nullopt.
std::optional<playback::PlayableTutorial> standaloneNeighbour(const playback::PlayableTutorial &from, int step);

} // namespace cairn::app
