#include "app/tutorialdelegate.h"

#include "app/seekslider.h"
#include "library/tutorialroles.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmapCache>

namespace cairn::app {

using namespace cairn::library;

namespace {
QPixmap thumbnail(const QString &path, const QSize &size)
{
    if (path.isEmpty())
        return {};
    const QString key = QStringLiteral("cairn-thumb:%1:%2x%3").arg(path).arg(size.width()).arg(size.height());
    QPixmap pm;
    if (!QPixmapCache::find(key, &pm)) {
        pm = QPixmap(path).scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QPixmapCache::insert(key, pm);
    }
    return pm;
}

QString badgeText(const QString &tag)
{
    // Short, script-neutral badges: the tag itself ("AR", "ZH", "EN"), which every reader recognises on a card.
    return tag.section(QLatin1Char('-'), 0, 0).toUpper();
}
} // namespace

QSize TutorialDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return kCardSize;
}

void TutorialDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(6, 6, -6, -6);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    p->setPen(selected ? QPen(pal.highlight().color(), 2) : QPen(pal.mid().color(), 1));
    p->setBrush(pal.base());
    p->drawRoundedRect(card, 6, 6);

    const bool missing = index.data(MissingRole).toBool();
    const QRect thumbRect(card.left() + 8, card.top() + 8, card.width() - 16, (card.width() - 16) * 9 / 16);
    p->fillRect(thumbRect, QColor(0x22, 0x22, 0x22));
    const QPixmap pm = thumbnail(index.data(ThumbnailPathRole).toString(), thumbRect.size());
    if (!pm.isNull())
        p->drawPixmap(thumbRect.center() - QPoint(pm.width() / 2, pm.height() / 2), pm);
    if (missing) {
        p->fillRect(thumbRect, QColor(0, 0, 0, 150));
        p->setPen(Qt::white);
        p->drawText(thumbRect, Qt::AlignCenter | Qt::TextWordWrap, tr("File not found"));
    }

    // Duration in the thumbnail's corner; "done" mark in the other.
    const qint64 duration = index.data(DurationMsRole).toLongLong();
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p->setFont(small);
    const QFontMetrics sfm(small);
    if (duration > 0) {
        const QString d = formatTime(duration);
        QRect r(0, 0, sfm.horizontalAdvance(d) + 8, sfm.height() + 2);
        if (option.direction == Qt::RightToLeft) // the corners mirror with the layout; the picture does not
            r.moveBottomLeft(thumbRect.bottomLeft() + QPoint(4, -4));
        else
            r.moveBottomRight(thumbRect.bottomRight() - QPoint(4, 4));
        p->fillRect(r, QColor(0, 0, 0, 180));
        p->setPen(Qt::white);
        p->drawText(r, Qt::AlignCenter, d);
    }
    if (index.data(CompletedRole).toBool()) {
        const QString done = tr("✓ Watched");
        QRect r(0, 0, sfm.horizontalAdvance(done) + 10, sfm.height() + 2);
        if (option.direction == Qt::RightToLeft)
            r.moveTopRight(thumbRect.topRight() + QPoint(-4, 4));
        else
            r.moveTopLeft(thumbRect.topLeft() + QPoint(4, 4));
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0x2e, 0x7d, 0x32));
        p->drawRoundedRect(r, 3, 3);
        p->setPen(Qt::white);
        p->drawText(r, Qt::AlignCenter, done);
    }

    // Progress along the bottom of the thumbnail.
    const double progress = index.data(ProgressRole).toDouble();
    if (progress > 0) {
        const QRect bar(thumbRect.left(), thumbRect.bottom() - 3, thumbRect.width(), 4);
        p->fillRect(bar, QColor(255, 255, 255, 90));
        p->fillRect(QRect(bar.left(), bar.top(), int(bar.width() * progress), bar.height()), QColor(0xe5, 0x39, 0x35));
    }

    // Title (two lines at most), then "Series · 2/3", then language badges.
    QRect text(card.left() + 8, thumbRect.bottom() + 6, card.width() - 16, card.bottom() - thumbRect.bottom() - 10);
    QFont titleFont = option.font;
    titleFont.setBold(true);
    p->setFont(titleFont);
    p->setPen(missing ? pal.color(QPalette::Disabled, QPalette::Text) : pal.text().color());
    const QFontMetrics tfm(titleFont);
    const QString title = index.data(Qt::DisplayRole).toString();
    QRect titleRect(text.topLeft(), QSize(text.width(), tfm.lineSpacing() * 2));
    p->drawText(titleRect, Qt::AlignLeading | Qt::AlignTop | Qt::TextWordWrap,
                tfm.elidedText(title, Qt::ElideRight, text.width() * 2 - tfm.averageCharWidth() * 2));
    int y = titleRect.bottom() + 2;

    p->setFont(small);
    p->setPen(pal.color(QPalette::PlaceholderText));
    const int pos = index.data(PositionInSeriesRole).toInt(), len = index.data(SeriesLengthRole).toInt();
    const QString series = index.data(SeriesRole).toString();
    if (len > 1 || !series.isEmpty()) {
        const QString line = len > 1 ? tr("%1 · %2/%3").arg(series, QLocale().toString(pos), QLocale().toString(len)) : series;
        p->drawText(QRect(text.left(), y, text.width(), sfm.height()), Qt::AlignLeading,
                    sfm.elidedText(line, Qt::ElideRight, text.width()));
        y += sfm.height() + 3;
    }
    const bool rtl = option.direction == Qt::RightToLeft;
    int x = rtl ? text.right() : text.left();
    for (const QString &tag : index.data(LanguagesRole).toStringList()) {
        const QString b = badgeText(tag);
        const int w = sfm.horizontalAdvance(b) + 8;
        if ((rtl && x - w < text.left()) || (!rtl && x + w > text.right()))
            break;
        const QRect r(rtl ? x - w : x, y, w, sfm.height() + 2);
        p->setPen(pal.mid().color());
        p->setBrush(pal.alternateBase());
        p->drawRoundedRect(r, 3, 3);
        p->setPen(pal.text().color());
        p->drawText(r, Qt::AlignCenter, b);
        x += rtl ? -(w + 4) : (w + 4);
    }
    p->restore();
}

} // namespace cairn::app
