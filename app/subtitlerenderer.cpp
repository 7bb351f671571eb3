#include "app/subtitlerenderer.h"

#include "library/languagetag.h"

#include <QAbstractTextDocumentLayout>
#include <QGlyphRun>
#include <QImage>
#include <QPainter>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <algorithm>
#include <memory>

namespace cairn::app {

using subtitles::Cue;
using subtitles::CueSettings;

struct SubtitleRenderer::Block
{
    std::unique_ptr<QTextDocument> doc;
    QSizeF size;
    bool rtl = false;
};

namespace {

enum class Script { Latin, Cjk, Arabic };

Script dominantScript(const QString &language, const QString &text)
{
    const QString lang = language.toLower();
    if (lang.startsWith(QLatin1String("zh")) || lang.startsWith(QLatin1String("ja")) || lang.startsWith(QLatin1String("ko")))
        return Script::Cjk;
    if (cairn::library::isRightToLeft(language))
        return Script::Arabic;
    // Unknown or mis-tagged track: look at the text itself.
    for (const QChar c : text) {
        switch (c.script()) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            return Script::Cjk;
        case QChar::Script_Arabic:
            return Script::Arabic;
        default:
            break;
        }
    }
    return Script::Latin;
}

QString cjkFamily(const QString &language)
{
    const QString lang = language.toLower();
    if (lang.startsWith(QLatin1String("ja")))
        return QStringLiteral("Noto Sans CJK JP");
    if (lang.startsWith(QLatin1String("ko")))
        return QStringLiteral("Noto Sans CJK KR");
    if (lang.contains(QLatin1String("hant")) || lang.endsWith(QLatin1String("-tw")) || lang.endsWith(QLatin1String("-hk")))
        return QStringLiteral("Noto Sans CJK TC");
    return QStringLiteral("Noto Sans CJK SC");
}

// numpad position of {\anN}: column 0 left, 1 centre, 2 right; row 0 top, 1 middle, 2 bottom
int anColumn(int an) { return (an - 1) % 3; }
int anRow(int an) { return 2 - (an - 1) / 3; }

} // namespace

SubtitleRenderer::SubtitleRenderer() = default;

QFont SubtitleRenderer::fontFor(const QString &text, qreal videoHeight) const
{
    // An explicit list, in an order fitting the text: Chinese must never fall to a face without Han glyphs
    // (boxes), and Arabic wants a face designed for it rather than whatever fontconfig finds first.
    const QString cjk = cjkFamily(m_language);
    QStringList families;
    switch (dominantScript(m_language, text)) {
    case Script::Cjk:
        families = {cjk, QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic")};
        break;
    case Script::Arabic:
        families = {QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Sans"), cjk};
        break;
    case Script::Latin:
        families = {QStringLiteral("Noto Sans"), cjk, QStringLiteral("Noto Sans Arabic")};
        break;
    }
    families << QStringLiteral("DejaVu Sans") << QStringLiteral("Droid Sans Fallback");
    QFont font;
    font.setFamilies(families);
    font.setStyleHint(QFont::SansSerif);
    font.setWeight(QFont::Medium);
    font.setPixelSize(std::max(12, qRound(videoHeight * m_style.sizePercent / 100.0)));
    return font;
}

bool SubtitleRenderer::isRightToLeft(const QString &plainText) const
{
    if (!m_language.isEmpty())
        return cairn::library::isRightToLeft(m_language);
    return plainText.isRightToLeft();
}

SubtitleRenderer::Block SubtitleRenderer::layoutCue(const Cue &cue, const QRectF &videoRect) const
{
    Block b;
    b.rtl = isRightToLeft(cue.text);
    const QFont font = fontFor(cue.text, videoRect.height());
    b.doc = std::make_unique<QTextDocument>();
    b.doc->setUndoRedoEnabled(false);
    b.doc->setDefaultFont(font);
    b.doc->setDocumentMargin(font.pixelSize() * 0.3);
    const QString rich = cue.richText.isEmpty() ? cue.text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))
                                                : cue.richText;
    b.doc->setHtml(rich);

    Qt::Alignment align = Qt::AlignHCenter;
    switch (cue.settings.align) {
    case CueSettings::Align::Start:
        align = Qt::AlignLeading;
        break;
    case CueSettings::Align::End:
        align = Qt::AlignTrailing;
        break;
    case CueSettings::Align::Left:
        align = Qt::AlignLeft | Qt::AlignAbsolute;
        break;
    case CueSettings::Align::Right:
        align = Qt::AlignRight | Qt::AlignAbsolute;
        break;
    case CueSettings::Align::Center:
        break;
    }
    if (cue.settings.assAlignment > 0)
        align = anColumn(cue.settings.assAlignment) == 0   ? (Qt::AlignLeft | Qt::AlignAbsolute)
                : anColumn(cue.settings.assAlignment) == 2 ? (Qt::AlignRight | Qt::AlignAbsolute)
                                                          : Qt::AlignHCenter;
    // Direction and alignment on every block: the paragraph direction of an Arabic track is RTL even when a
    // line starts with a Latin word or digits.
    QTextCursor cursor(b.doc.get());
    for (QTextBlock block = b.doc->begin(); block.isValid(); block = block.next()) {
        cursor.setPosition(block.position());
        QTextBlockFormat fmt = block.blockFormat();
        fmt.setAlignment(align);
        fmt.setLayoutDirection(b.rtl ? Qt::RightToLeft : Qt::LeftToRight);
        cursor.setBlockFormat(fmt);
    }

    const qreal maxWidth = videoRect.width() * 0.9 * std::clamp(cue.settings.sizePercent, 10.0, 100.0) / 100.0;
    b.doc->setTextWidth(maxWidth);
    b.doc->setTextWidth(std::min(maxWidth, b.doc->idealWidth()));
    b.size = b.doc->size();
    return b;
}

QList<QRectF> SubtitleRenderer::paint(QPainter *painter, const QRectF &videoRect, const QList<Cue> &cues,
                                      qreal bottomInset, const QList<QRectF> &avoid) const
{
    QList<QRectF> drawn;
    if (cues.isEmpty() || videoRect.isEmpty())
        return drawn;
    const qreal margin = videoRect.height() * 0.04;
    const QRectF safe = videoRect.adjusted(videoRect.width() * 0.03, margin, -videoRect.width() * 0.03,
                                           -(margin + bottomInset));
    const bool topTrack = m_style.placement == SubtitleStyle::Placement::Top;
    qreal bottomCursor = safe.bottom(); // next bottom-stacked cue ends here
    qreal topCursor = safe.top();       // next top-stacked cue starts here
    QList<QRectF> taken = avoid;

    // Bottom stack is filled from the last cue upwards so the earliest cue reads first (on top).
    QList<Cue> ordered = cues;
    if (!topTrack)
        std::reverse(ordered.begin(), ordered.end());

    for (const Cue &cue : std::as_const(ordered)) {
        Block b = layoutCue(cue, videoRect);
        const CueSettings &s = cue.settings;
        const int an = s.assAlignment;

        // Horizontal: position% anchors the box; otherwise alignment picks the side of the safe area.
        qreal x = safe.center().x() - b.size.width() / 2;
        const bool leading = s.align == CueSettings::Align::Start || (an > 0 && anColumn(an) == 0 && !b.rtl);
        const bool trailing = s.align == CueSettings::Align::End;
        if (s.positionPercent) {
            const qreal anchor = videoRect.left() + videoRect.width() * *s.positionPercent / 100.0;
            x = anchor - b.size.width() / 2;
            if (leading)
                x = b.rtl ? anchor - b.size.width() : anchor;
            else if (trailing)
                x = b.rtl ? anchor : anchor - b.size.width();
        } else if (an > 0 && anColumn(an) != 1) {
            x = anColumn(an) == 0 ? safe.left() : safe.right() - b.size.width();
        } else if (leading || trailing) {
            const bool right = (leading && b.rtl) || (trailing && !b.rtl);
            x = right ? safe.right() - b.size.width() : safe.left();
        }
        x = std::clamp(x, safe.left(), std::max(safe.left(), safe.right() - b.size.width()));

        // Vertical: line% or {\an7-9} places explicitly; the rest stacks at the track's edge.
        QRectF r(QPointF(x, 0), b.size);
        if (s.linePercent) {
            r.moveTop(videoRect.top() + videoRect.height() * *s.linePercent / 100.0);
        } else if (s.lineNumber && *s.lineNumber >= 0) {
            r.moveTop(safe.top() + *s.lineNumber * b.doc->defaultFont().pixelSize() * 1.4);
        } else if ((an > 0 && anRow(an) == 0) || topTrack) {
            r.moveTop(topCursor);
        } else if (an > 0 && anRow(an) == 1) {
            r.moveTop(safe.center().y() - r.height() / 2);
        } else {
            r.moveBottom(bottomCursor);
        }
        const bool stacksDown = r.top() < safe.center().y();
        for (const QRectF &o : std::as_const(taken)) { // step clear of what is already on screen
            if (r.intersects(o)) {
                if (stacksDown)
                    r.moveTop(o.bottom() + 2);
                else
                    r.moveBottom(o.top() - 2);
            }
        }
        r.moveTop(std::clamp(r.top(), videoRect.top(), std::max(videoRect.top(), safe.bottom() - r.height())));
        if (stacksDown)
            topCursor = std::max(topCursor, r.bottom() + 2);
        else
            bottomCursor = std::min(bottomCursor, r.top() - 2);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::TextAntialiasing);
        if (m_style.box) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0, 0, 0, 170));
            painter->drawRoundedRect(r, r.height() * 0.08, r.height() * 0.08);
        }
        painter->translate(r.topLeft());
        QAbstractTextDocumentLayout::PaintContext ctx;
        if (!m_style.box) {
            // A cheap outline: the text in black around the glyphs, then the text itself.
            ctx.palette.setColor(QPalette::Text, Qt::black);
            const qreal w = std::max(1.0, b.doc->defaultFont().pixelSize() / 16.0);
            for (const QPointF d : {QPointF(-w, 0), QPointF(w, 0), QPointF(0, -w), QPointF(0, w)}) {
                painter->translate(d);
                b.doc->documentLayout()->draw(painter, ctx);
                painter->translate(-d);
            }
        }
        ctx.palette.setColor(QPalette::Text, m_style.textColor);
        b.doc->documentLayout()->draw(painter, ctx);
        painter->restore();
        drawn.append(r);
        taken.append(r);
    }
    return drawn;
}

QStringList SubtitleRenderer::shapedFamilies(const Cue &cue, qreal videoHeight) const
{
    const Block b = layoutCue(cue, QRectF(0, 0, videoHeight * 16 / 9, videoHeight));
    {
        // Block layouts are only filled in when the document is drawn.
        QImage scratch(b.size.toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&scratch);
        b.doc->drawContents(&p);
    }
    QStringList families;
    for (QTextBlock block = b.doc->begin(); block.isValid(); block = block.next()) {
        // Explicit range: the (-1, -1) defaults return no runs in Qt 6.4.
        const auto runs = block.layout()->glyphRuns(0, int(block.text().size()));
        for (const QGlyphRun &run : runs) {
            const QString family = run.rawFont().familyName();
            if (!families.contains(family))
                families << family;
        }
    }
    return families;
}

} // namespace cairn::app
