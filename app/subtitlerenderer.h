#pragma once
// Draws the active cues of one subtitle track into the video rectangle: rich text (italics, bold, colour) with
// proper bidi and shaping via QTextDocument/QTextLayout, direction from the track's language and the text's
// script, a font fallback list that always reaches a CJK and an Arabic face, and cue positions (line%, position%,
// {\an8}). Pure painting: usable on a widget, on a QImage in tests and in screenshots.
// Thread: any thread with a QGuiApplication (fonts); one renderer per track.
#include "app/subtitlestyle.h"
#include "subtitles/cue.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

QT_BEGIN_NAMESPACE
class QPainter;
class QTextDocument;
QT_END_NAMESPACE

namespace cairn::app {

class SubtitleRenderer
{
public:
    SubtitleRenderer();

    /// The track's BCP 47 language ("ar", "zh-Hans", ...); empty when unknown (the text's script decides).
    void setLanguage(const QString &bcp47) { m_language = bcp47; }
    QString language() const { return m_language; }
    void setStyle(const SubtitleStyle &style) { m_style = style; }
    const SubtitleStyle &style() const { return m_style; }

    /// Paints `cues` (active now, in start order) inside `videoRect`. The bottom `bottomInset` pixels are kept
    /// free (controls shown over the video in fullscreen); `avoid` are rectangles another track already used.
    /// Returns the rectangles drawn, so a second track can stay clear of them.
    QList<QRectF> paint(QPainter *painter, const QRectF &videoRect, const QList<subtitles::Cue> &cues,
                        qreal bottomInset = 0, const QList<QRectF> &avoid = {}) const;

    /// The font used for `text` in this track: families ordered for the language/script, pixel size from the video.
    QFont fontFor(const QString &text, qreal videoHeight) const;
    /// True when the text is drawn right to left (track language, else the first strong character).
    bool isRightToLeft(const QString &plainText) const;
    /// Families of the fonts that actually shaped the cue (from the glyph runs), for tests and diagnostics.
    QStringList shapedFamilies(const subtitles::Cue &cue, qreal videoHeight) const;

private:
    struct Block;
    Block layoutCue(const subtitles::Cue &cue, const QRectF &videoRect) const;

    QString m_language;
    SubtitleStyle m_style;
};

} // namespace cairn::app
