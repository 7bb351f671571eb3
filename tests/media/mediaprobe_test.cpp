// probeMedia / extractTextSubtitles / writeThumbnail against the real FFmpeg libraries and the fixtures made by
// tests/data/media/make_fixtures.sh.
#include "catch.h"
#include "testutil.h"

#include "media/mediaprobe.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>

#include <atomic>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;
using namespace cairn::media;
using cairn::test::dataPath;

namespace {

QString media(const char *name)
{
    return dataPath(u"media/"_s + QString::fromUtf8(name));
}

const StreamInfo *streamOfKind(const ProbeResult &r, StreamInfo::Kind kind, int nth = 0)
{
    for (const StreamInfo &s : r.streams) {
        if (s.kind == kind && nth-- == 0)
            return &s;
    }
    return nullptr;
}

const EmbeddedSubtitles *trackFor(const QList<EmbeddedSubtitles> &tracks, int streamIndex)
{
    for (const EmbeddedSubtitles &t : tracks) {
        if (t.streamIndex == streamIndex)
            return &t;
    }
    return nullptr;
}

} // namespace

TEST_CASE("probeMedia reads an H.264/AAC mp4", "[media]")
{
    const ProbeResult r = probeMedia(media("h264-aac.mp4"));
    REQUIRE(r.ok());
    CHECK(r.errorText.isEmpty());
    CHECK(r.durationMs >= 2950);
    CHECK(r.durationMs <= 3100);
    CHECK(r.container.contains(u"mp4"));
    CHECK(r.title == u"Cairn H264 clip"_s);
    CHECK(r.width == 160);
    CHECK(r.height == 90);
    CHECK(r.hasVideo());
    CHECK(r.videoCodec == u"h264"_s);
    CHECK(r.audioCodec == u"aac"_s);
    REQUIRE(r.streams.size() == 2);
    const StreamInfo *audio = streamOfKind(r, StreamInfo::Kind::Audio);
    REQUIRE(audio);
    CHECK(audio->language == u"eng"_s);
    CHECK(audio->channels == 1);
    CHECK(audio->sampleRate == 24000);
    const StreamInfo *video = streamOfKind(r, StreamInfo::Kind::Video);
    REQUIRE(video);
    CHECK(video->language.isEmpty()); // "und" in the file
    CHECK(video->width == 160);
}

TEST_CASE("probeMedia reads a VP9/Opus webm", "[media]")
{
    const ProbeResult r = probeMedia(media("vp9-opus.webm"));
    REQUIRE(r.ok());
    CHECK(r.container == u"matroska,webm"_s);
    CHECK(r.durationMs >= 2950);
    CHECK(r.durationMs <= 3100);
    CHECK(r.videoCodec == u"vp9"_s);
    CHECK(r.audioCodec == u"opus"_s);
    CHECK(r.width == 160);
    CHECK(r.height == 90);
}

TEST_CASE("probeMedia finds the duration of a live-recorded webm without a Duration element", "[media]")
{
    const ProbeResult r = probeMedia(media("live-no-duration.webm"));
    REQUIRE(r.ok());
    CHECK(r.durationMs >= 2950);
    CHECK(r.durationMs <= 3100);
    CHECK(r.videoCodec == u"vp9"_s);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(u"live.jpg"_s);
    REQUIRE(writeThumbnail(media("live-no-duration.webm"), out, 100));
    CHECK(QImage(out).width() == 100);
}

TEST_CASE("probeMedia lists mkv subtitle tracks with languages, titles and dispositions", "[media]")
{
    const ProbeResult r = probeMedia(media("srt-ass.mkv"));
    REQUIRE(r.ok());
    CHECK(r.title == u"Cairn subtitles clip"_s);
    CHECK(r.durationMs >= 2950);
    CHECK(r.durationMs <= 3100);
    CHECK(r.audioCodec.isEmpty());
    REQUIRE(r.streams.size() == 4);

    const StreamInfo *ara = streamOfKind(r, StreamInfo::Kind::Subtitle, 0);
    const StreamInfo *fre = streamOfKind(r, StreamInfo::Kind::Subtitle, 1);
    const StreamInfo *ass = streamOfKind(r, StreamInfo::Kind::Subtitle, 2);
    REQUIRE(ara);
    REQUIRE(fre);
    REQUIRE(ass);
    CHECK(ara->index == 1);
    CHECK(ara->codec == u"subrip"_s);
    CHECK(ara->language == u"ara"_s);
    CHECK(ara->title == u"العربية"_s);
    CHECK(ara->isDefault);
    CHECK_FALSE(ara->forced);
    CHECK(ara->textBased);
    CHECK(fre->language == u"fre"_s);
    CHECK(fre->title == u"Français"_s);
    CHECK(fre->forced);
    CHECK_FALSE(fre->isDefault);
    CHECK(ass->codec == u"ass"_s);
    CHECK(ass->language == u"eng"_s);
    CHECK(ass->hearingImpaired);
    CHECK(ass->textBased);
}

TEST_CASE("probeMedia sees a mov_text track in mp4 and an audio-only file", "[media]")
{
    const ProbeResult r = probeMedia(media("movtext-chi.mp4"));
    REQUIRE(r.ok());
    const StreamInfo *sub = streamOfKind(r, StreamInfo::Kind::Subtitle);
    REQUIRE(sub);
    CHECK(sub->codec == u"mov_text"_s);
    CHECK(sub->language == u"chi"_s);
    CHECK(sub->textBased);

    const ProbeResult audio = probeMedia(media("audio-only.mp4"));
    REQUIRE(audio.ok());
    CHECK_FALSE(audio.hasVideo());
    CHECK(audio.audioCodec == u"aac"_s);
    CHECK(audio.durationMs >= 2950);
    CHECK(audio.durationMs <= 3100);
    REQUIRE(audio.streams.size() == 1);
    CHECK(audio.streams.first().language == u"fre"_s);
}

TEST_CASE("probeMedia gives each broken file its own error", "[media]")
{
    struct Case
    {
        const char *file;
        ProbeResult::Error error;
    };
    const Case cases[] = {
        {"does-not-exist.mp4", ProbeResult::Error::NotFound}, {"empty.mp4", ProbeResult::Error::Empty},
        {"junk-named.mp4", ProbeResult::Error::NotMedia},     {"truncated-half.mp4", ProbeResult::Error::Truncated},
        {"make_fixtures.sh", ProbeResult::Error::NotMedia},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const ProbeResult r = probeMedia(media(c.file));
        CHECK(r.error == c.error);
        CHECK_FALSE(r.ok());
        CHECK_FALSE(r.errorText.isEmpty());
        CHECK(r.streams.isEmpty());
    }
    CHECK(probeMedia(media("truncated-half.mp4")).errorText.contains(u"incomplete or damaged"));
    CHECK(errorName(ProbeResult::Error::Truncated) == u"truncated"_s);
    CHECK(probeMedia(dataPath(u"media"_s)).error == ProbeResult::Error::NotMedia); // a folder
    CHECK(probeMedia(QString()).error == ProbeResult::Error::NotFound);
}

TEST_CASE("probeMedia still reads a Matroska file cut in half", "[media]")
{
    // Matroska keeps its duration and track list at the front, so a half-copied file is still usable.
    const ProbeResult r = probeMedia(media("truncated-half.mkv"));
    REQUIRE(r.ok());
    CHECK(r.durationMs >= 2950);
    CHECK(r.durationMs <= 3100);
    CHECK(r.width == 160);
}

TEST_CASE("probeMedia reports a file without read permission", "[media]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"locked.mp4"_s);
    REQUIRE(QFile::copy(media("h264-aac.mp4"), path));
    REQUIRE(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly)) {
        WARN("running as root: permissions do not stop reading, nothing to test");
        return;
    }
    CHECK(probeMedia(path).error == ProbeResult::Error::Unreadable);
}

#ifdef Q_OS_UNIX
TEST_CASE("probeMedia does not block on a FIFO named like a video", "[media]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(u"stream.mp4"_s);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    CHECK(probeMedia(fifo).error == ProbeResult::Error::NotMedia); // opening it for reading would hang forever
    CHECK(extractTextSubtitles(fifo).isEmpty());
    CHECK_FALSE(writeThumbnail(fifo, dir.filePath(u"t.jpg"_s)));
}
#endif

TEST_CASE("media functions are safe to call from several threads at once", "[media]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const char *files[] = {"h264-aac.mp4", "vp9-opus.webm", "srt-ass.mkv", "movtext-chi.mp4"};
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 5; ++round) {
                const QString file = media(files[(t + round) % 4]);
                const ProbeResult r = probeMedia(file);
                if (!r.ok() || r.width != 160 || r.durationMs < 2950)
                    ++failures;
                if (!writeThumbnail(file, dir.filePath(u"t%1-%2.jpg"_s.arg(t).arg(round)), 64))
                    ++failures;
                if (file.endsWith(u".mkv") && extractTextSubtitles(file).size() != 3)
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(failures == 0);
}

TEST_CASE("media functions accept non-ASCII file names", "[media]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString arabic = dir.filePath(u"درس ١ – مقدمة.mkv"_s);
    const QString chinese = dir.filePath(u"教程/第一课:介绍.mp4"_s);
    REQUIRE(QDir().mkpath(QFileInfo(chinese).absolutePath()));
    REQUIRE(QFile::copy(media("srt-ass.mkv"), arabic));
    REQUIRE(QFile::copy(media("h264-aac.mp4"), chinese));

    const ProbeResult a = probeMedia(arabic);
    REQUIRE(a.ok());
    CHECK(a.width == 160);
    const ProbeResult c = probeMedia(chinese); // the ':' must not be taken for a protocol
    REQUIRE(c.ok());
    CHECK(c.videoCodec == u"h264"_s);
    CHECK(extractTextSubtitles(arabic).size() == 3);
    const QString thumb = dir.filePath(u"缩略图.jpg"_s);
    CHECK(writeThumbnail(chinese, thumb));
    CHECK(QImage(thumb).width() == 160);
}

TEST_CASE("extractTextSubtitles reads SubRip and ASS tracks from mkv", "[media]")
{
    const QList<EmbeddedSubtitles> tracks = extractTextSubtitles(media("srt-ass.mkv"));
    REQUIRE(tracks.size() == 3);

    const EmbeddedSubtitles *ara = trackFor(tracks, 1);
    REQUIRE(ara);
    CHECK(ara->error.isEmpty());
    REQUIRE(ara->cues.size() == 2);
    CHECK(ara->cues[0].startMs == 500);
    CHECK(ara->cues[0].endMs == 1500);
    CHECK(ara->cues[0].text == u"مرحبا بالعالم"_s);
    CHECK(ara->cues[0].richText == u"<i>مرحبا</i> بالعالم"_s);
    CHECK(ara->cues[1].startMs == 1800);
    CHECK(ara->cues[1].endMs == 2700);
    CHECK(ara->cues[1].text == u"السطر الأول\nالسطر الثاني"_s);
    CHECK(ara->cues[1].richText == u"السطر الأول<br>السطر الثاني"_s);
    CHECK(ara->cues[1].settings.assAlignment == 8); // {\an8}: top centre

    const EmbeddedSubtitles *fre = trackFor(tracks, 2);
    REQUIRE(fre);
    REQUIRE(fre->cues.size() == 2);
    CHECK(fre->cues[0].startMs == 400);
    CHECK(fre->cues[0].text == u"Bonjour le monde & les amis"_s);
    CHECK(fre->cues[0].richText == u"Bonjour <i>le monde</i> &amp; les amis"_s);
    CHECK(fre->cues[1].text == u"Ça va très bien"_s);

    const EmbeddedSubtitles *ass = trackFor(tracks, 3);
    REQUIRE(ass);
    CHECK(ass->error.isEmpty());
    REQUIRE(ass->cues.size() == 2);
    CHECK(ass->cues[0].startMs == 200);
    CHECK(ass->cues[0].endMs == 1200);
    CHECK(ass->cues[0].text == u"Hello, world"_s);
    CHECK(ass->cues[0].richText == u"<i>Hello</i>, world"_s);
    CHECK(ass->cues[1].startMs == 1300);
    CHECK(ass->cues[1].endMs == 2800);
    CHECK(ass->cues[1].text == u"First line\nSecond <line>"_s);
    CHECK(ass->cues[1].richText == u"<b>First</b> line<br>Second &lt;line&gt;"_s);
}

TEST_CASE("extractTextSubtitles decodes mov_text from mp4, skipping the empty gap samples", "[media]")
{
    const QList<EmbeddedSubtitles> tracks = extractTextSubtitles(media("movtext-chi.mp4"));
    REQUIRE(tracks.size() == 1);
    CHECK(tracks[0].streamIndex == 2);
    const auto &cues = tracks[0].cues;
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].startMs == 300);
    CHECK(cues[0].endMs == 1300);
    CHECK(cues[0].text == u"你好，世界"_s);
    CHECK(cues[1].startMs == 1500);
    CHECK(cues[1].endMs == 2500); // the last cue keeps its real end (Qt's player clears it at once)
    CHECK(cues[1].text == u"第二行字幕"_s);
}

TEST_CASE("extractTextSubtitles reads WebVTT from webm with identifiers, voices and references", "[media]")
{
    const ProbeResult r = probeMedia(media("webvtt.webm"));
    REQUIRE(r.ok());
    const StreamInfo *sub = streamOfKind(r, StreamInfo::Kind::Subtitle);
    REQUIRE(sub);
    CHECK(sub->codec == u"webvtt"_s);
    CHECK(sub->language == u"rus"_s);
    CHECK(sub->textBased);

    const QList<EmbeddedSubtitles> tracks = extractTextSubtitles(media("webvtt.webm"));
    REQUIRE(tracks.size() == 1);
    const auto &cues = tracks[0].cues;
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].startMs == 600);
    CHECK(cues[0].endMs == 1600);
    CHECK(cues[0].identifier == u"intro"_s);
    CHECK(cues[0].voice == u"Анна"_s);
    CHECK(cues[0].text == u"Привет, мир & всё"_s);
    CHECK(cues[0].richText == u"Привет, мир &amp; <b>всё</b>"_s);
    CHECK(cues[1].text == u"Вторая <строка>"_s);
    CHECK(cues[1].richText == u"Вторая &lt;строка&gt;"_s);
}

TEST_CASE("extractTextSubtitles returns nothing for files without text subtitles", "[media]")
{
    CHECK(extractTextSubtitles(media("h264-aac.mp4")).isEmpty());
    CHECK(extractTextSubtitles(media("junk-named.mp4")).isEmpty());
    CHECK(extractTextSubtitles(media("empty.mp4")).isEmpty());
    CHECK(extractTextSubtitles(media("missing.mkv")).isEmpty());
}

TEST_CASE("extractTextSubtitles keeps the cues before the cut of a truncated mkv", "[media]")
{
    // The cut falls after the first ASS and French blocks (byte 3667 and 3955 of 8140) and inside the Arabic one.
    const QList<EmbeddedSubtitles> tracks = extractTextSubtitles(media("truncated-half.mkv"));
    REQUIRE(tracks.size() == 3);
    const EmbeddedSubtitles *fre = trackFor(tracks, 2);
    const EmbeddedSubtitles *ass = trackFor(tracks, 3);
    REQUIRE(fre);
    REQUIRE(ass);
    REQUIRE(fre->cues.size() == 1);
    CHECK(fre->cues[0].text == u"Bonjour le monde & les amis"_s);
    CHECK(fre->cues[0].endMs == 1400);
    REQUIRE(ass->cues.size() == 1);
    CHECK(ass->cues[0].text == u"Hello, world"_s);
    CHECK(trackFor(tracks, 1)->cues.isEmpty());
}

TEST_CASE("writeThumbnail writes a scaled JPEG for mp4, webm and mkv", "[media]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const char *files[] = {"h264-aac.mp4", "vp9-opus.webm", "srt-ass.mkv", "truncated-half.mkv"};
    for (const char *file : files) {
        INFO(file);
        const QString out = dir.filePath(QString::fromUtf8(file) + u".jpg"_s);
        REQUIRE(writeThumbnail(media(file), out, 80));
        const QImage image(out);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == 80);
        CHECK(image.height() == 45); // 16:9 kept
        // testsrc is colourful; a failed conversion gives a uniform (black or green) picture.
        const QColor a = image.pixelColor(5, 5), b = image.pixelColor(60, 30);
        CHECK(a != b);
    }
    // Never upscaled, and an explicit time past the end still gives a picture.
    const QString full = dir.filePath(u"full.jpg"_s);
    REQUIRE(writeThumbnail(media("h264-aac.mp4"), full, 1000, 60000));
    CHECK(QImage(full).width() == 160);
}

TEST_CASE("writeThumbnail fails without leaving a file", "[media]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const char *files[] = {"audio-only.mp4", "junk-named.mp4", "empty.mp4", "truncated-half.mp4", "missing.mp4"};
    for (const char *file : files) {
        INFO(file);
        const QString out = dir.filePath(QString::fromUtf8(file) + u".jpg"_s);
        CHECK_FALSE(writeThumbnail(media(file), out));
        CHECK_FALSE(QFileInfo::exists(out));
    }
    CHECK(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty()); // no temp files
}
