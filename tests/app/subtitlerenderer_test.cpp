// The subtitle overlay rendered into real QImages: where the pixels land, which fonts shaped the text, which way
// it runs. What a viewer would see, without a video.
#include "catch.h"
#include "guitestutil.h"

#include "app/subtitlerenderer.h"

#include <QPainter>
#include <climits>

using cairn::app::SubtitleRenderer;
using cairn::app::SubtitleStyle;
using cairn::subtitles::Cue;
using cairn::test::paintedBounds;

namespace {
Cue cue(const QString &text, const QString &rich = {})
{
    Cue c;
    c.startMs = 0;
    c.endMs = 1000;
    c.text = text;
    c.richText = rich.isEmpty() ? text.toHtmlEscaped() : rich;
    return c;
}

struct Rendered
{
    QImage image;
    QList<QRectF> rects;
};

Rendered render(const SubtitleRenderer &r, const QList<Cue> &cues, QSize size = {640, 360}, qreal inset = 0,
                const QList<QRectF> &avoid = {})
{
    Rendered out;
    out.image = QImage(size, QImage::Format_RGB32);
    out.image.fill(Qt::black);
    QPainter p(&out.image);
    out.rects = r.paint(&p, QRectF(QPointF(0, 0), size), cues, inset, avoid);
    return out;
}
} // namespace

TEST_CASE("an Arabic cue is drawn at the bottom, shaped with an Arabic face, right to left", "[gui]")
{
    SubtitleRenderer r;
    r.setLanguage(QStringLiteral("ar"));
    const Cue c = cue(QStringLiteral("الدرس الأول: خريطة الحيّ"));
    const Rendered out = render(r, {c});
    const QRect painted = paintedBounds(out.image, qRgb(0, 0, 0));
    REQUIRE_FALSE(painted.isNull());
    CHECK(painted.top() > 360 * 0.6);           // in the bottom band
    CHECK(painted.bottom() < 360);
    CHECK(cairn::test::brightPixels(out.image, painted) > 200); // white glyphs, not just the box
    CHECK(r.isRightToLeft(c.text));
    const QStringList families = r.shapedFamilies(c, 360);
    CHECK(families.filter(QStringLiteral("Arabic")).size() > 0);
}

TEST_CASE("an Arabic cue aligned to the start sits at the right edge — an English one at the left", "[gui]")
{
    Cue ar = cue(QStringLiteral("مرحبا"));
    ar.settings.align = cairn::subtitles::CueSettings::Align::Start;
    SubtitleRenderer rar;
    rar.setLanguage(QStringLiteral("ar"));
    const QRect a = paintedBounds(render(rar, {ar}).image, qRgb(0, 0, 0));
    CHECK(a.left() > 320);
    CHECK(a.right() > 580);

    Cue en = cue(QStringLiteral("Hello"));
    en.settings.align = cairn::subtitles::CueSettings::Align::Start;
    SubtitleRenderer ren;
    ren.setLanguage(QStringLiteral("en"));
    const QRect e = paintedBounds(render(ren, {en}).image, qRgb(0, 0, 0));
    CHECK(e.right() < 320);
    CHECK(e.left() < 60);
}

namespace {
// Bright pixels per column of a crop: a fingerprint of a word that survives a pixel of horizontal shift.
QList<int> columnProfile(const QImage &img, const QRect &crop)
{
    QList<int> profile;
    for (int x = crop.left(); x <= crop.right(); ++x)
        profile << cairn::test::brightPixels(img, QRect(x, crop.top(), 1, crop.height()), 128);
    return profile;
}

int profileDistance(const QList<int> &a, const QList<int> &b)
{
    int best = INT_MAX;
    for (int shift = -2; shift <= 2; ++shift) {
        int d = 0;
        for (int i = 0; i < a.size(); ++i)
            d += std::abs(a.at(i) - b.value(i + shift, 0));
        best = std::min(best, d);
    }
    return best;
}
} // namespace

TEST_CASE("an Arabic line starting with a Latin word still runs right to left in an Arabic track", "[gui]")
{
    // Paragraph direction comes from the track language: logical first word "CMake" goes to the right end.
    SubtitleStyle style;
    style.box = false;
    SubtitleRenderer rtl;
    rtl.setLanguage(QStringLiteral("ar"));
    rtl.setStyle(style);
    SubtitleRenderer ltr; // the same text in an LTR paragraph, for comparison
    ltr.setLanguage(QStringLiteral("en"));
    ltr.setStyle(style);
    const Cue mixed = cue(QStringLiteral("CMake هو أداة بناء"));
    const QImage imgR = render(rtl, {mixed}).image;
    const QImage imgL = render(ltr, {mixed}).image;
    const QRect bR = paintedBounds(imgR, qRgb(0, 0, 0));
    const QRect bL = paintedBounds(imgL, qRgb(0, 0, 0));
    const QRect word = paintedBounds(render(ltr, {cue(QStringLiteral("CMake"))}).image, qRgb(0, 0, 0));
    REQUIRE(word.width() > 10);
    const int w = word.width();
    const QList<int> latinLeftInLtr = columnProfile(imgL, QRect(bL.left(), bL.top(), w, bL.height()));
    const QList<int> rightEndInRtl = columnProfile(imgR, QRect(bR.right() - w + 1, bR.top(), w, bR.height()));
    const QList<int> leftEndInRtl = columnProfile(imgR, QRect(bR.left(), bR.top(), w, bR.height()));
    // "CMake" is at the right end of the RTL line, and not at its left end.
    CHECK(profileDistance(rightEndInRtl, latinLeftInLtr) < profileDistance(leftEndInRtl, latinLeftInLtr) / 2);
}

TEST_CASE("a Chinese cue is shaped with a CJK font, never boxes", "[gui]")
{
    SubtitleRenderer r;
    r.setLanguage(QStringLiteral("zh-Hans"));
    const Cue c = cue(QStringLiteral("欢迎来到学习型城市"));
    const QStringList families = r.shapedFamilies(c, 360);
    REQUIRE_FALSE(families.isEmpty());
    CHECK(families.first().contains(QStringLiteral("CJK")));
    // The same text in a track of unknown language (script decides) and in an English track (fallback list).
    SubtitleRenderer unknown;
    CHECK(unknown.shapedFamilies(c, 360).filter(QStringLiteral("CJK")).size() > 0);
    SubtitleRenderer english;
    english.setLanguage(QStringLiteral("en"));
    CHECK(english.shapedFamilies(c, 360).filter(QStringLiteral("CJK")).size() > 0);
    const Rendered out = render(r, {c});
    CHECK(cairn::test::brightPixels(out.image, paintedBounds(out.image, qRgb(0, 0, 0))) > 200);
}

TEST_CASE("text size follows the video height, so a projector gets big letters", "[gui]")
{
    SubtitleRenderer r;
    r.setLanguage(QStringLiteral("en"));
    const Cue c = cue(QStringLiteral("Lesson one"));
    const QRectF small = render(r, {c}, {640, 360}).rects.value(0);
    const QRectF large = render(r, {c}, {1920, 1080}).rects.value(0);
    CHECK(large.height() > small.height() * 2.5);
    CHECK(large.height() < small.height() * 3.5);
}

TEST_CASE("two languages at once: the second track at the top, never overlapping the first", "[gui]")
{
    SubtitleRenderer primary;
    primary.setLanguage(QStringLiteral("ar"));
    SubtitleRenderer secondary;
    secondary.setLanguage(QStringLiteral("zh-Hans"));
    SubtitleStyle top;
    top.placement = SubtitleStyle::Placement::Top;
    secondary.setStyle(top);
    QImage img(640, 360, QImage::Format_RGB32);
    img.fill(Qt::black);
    QPainter p(&img);
    const QList<QRectF> a = primary.paint(&p, QRectF(0, 0, 640, 360), {cue(QStringLiteral("مرحبا بكم"))});
    const QList<QRectF> b = secondary.paint(&p, QRectF(0, 0, 640, 360), {cue(QStringLiteral("欢迎"))}, 0, a);
    p.end();
    REQUIRE(a.size() == 1);
    REQUIRE(b.size() == 1);
    CHECK(b.first().bottom() < 180);
    CHECK(a.first().top() > 180);
    CHECK_FALSE(a.first().intersects(b.first()));

    // Both at the bottom (a trainer's choice): the second one steps above the first.
    SubtitleRenderer bottom2;
    bottom2.setLanguage(QStringLiteral("en"));
    QImage img2(640, 360, QImage::Format_RGB32);
    QPainter p2(&img2);
    const QList<QRectF> c = bottom2.paint(&p2, QRectF(0, 0, 640, 360), {cue(QStringLiteral("Welcome"))}, 0, a);
    REQUIRE(c.size() == 1);
    CHECK_FALSE(c.first().intersects(a.first()));
    CHECK(c.first().bottom() <= a.first().top());
}

TEST_CASE("cue positions: {an8} and line:10% go to the top — controls inset pushes subtitles up", "[gui]")
{
    SubtitleRenderer r;
    r.setLanguage(QStringLiteral("fr"));
    Cue an8 = cue(QStringLiteral("En haut"));
    an8.settings.assAlignment = 8;
    CHECK(render(r, {an8}).rects.value(0).bottom() < 120);
    Cue line = cue(QStringLiteral("Ligne 10 %"));
    line.settings.linePercent = 10.0;
    CHECK(std::abs(render(r, {line}).rects.value(0).top() - 36) < 2);

    const Cue plain = cue(QStringLiteral("Bonjour"));
    const QRectF free = render(r, {plain}).rects.value(0);
    const QRectF inset = render(r, {plain}, {640, 360}, 80).rects.value(0);
    CHECK(inset.bottom() <= 360 - 80);
    CHECK(free.bottom() > 360 - 80);
}

TEST_CASE("overlapping cues of one track are stacked, earliest on top", "[gui]")
{
    SubtitleRenderer r;
    r.setLanguage(QStringLiteral("en"));
    const Rendered out = render(r, {cue(QStringLiteral("First speaker")), cue(QStringLiteral("Second speaker"))});
    REQUIRE(out.rects.size() == 2);
    CHECK_FALSE(out.rects.at(0).intersects(out.rects.at(1)));
    // rects are returned in painting order (last cue first, at the bottom)
    CHECK(out.rects.at(1).bottom() <= out.rects.at(0).top());
}

TEST_CASE("italic and coloured spans from richText are honoured", "[gui]")
{
    SubtitleRenderer r;
    r.setLanguage(QStringLiteral("en"));
    SubtitleStyle s;
    s.box = false;
    r.setStyle(s);
    const Cue coloured = cue(QStringLiteral("meeting places"), QStringLiteral("<span style=\"color:#ffff00\">meeting places</span>"));
    const QImage img = render(r, {coloured}).image;
    const QRect b = paintedBounds(img, qRgb(0, 0, 0));
    int yellow = 0;
    for (int y = b.top(); y <= b.bottom(); ++y)
        for (int x = b.left(); x <= b.right(); ++x) {
            const QRgb c = img.pixel(x, y);
            if (qRed(c) > 200 && qGreen(c) > 200 && qBlue(c) < 80)
                ++yellow;
        }
    CHECK(yellow > 100);
}
