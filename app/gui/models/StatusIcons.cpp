// SPDX-FileCopyrightText: 2026 Snapdock developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/models/StatusIcons.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

#include <algorithm>

namespace Snapdock {

namespace {

constexpr int SMALL = 16;

QPixmap transparentPixmap(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QColor badgeColour(StatusIcons::Badge badge)
{
    switch (badge) {
    case StatusIcons::Badge::Ok:
        return { 0x2e, 0xa0, 0x43 };
    case StatusIcons::Badge::Running:
        return { 0x1e, 0x74, 0xd0 };
    case StatusIcons::Badge::Failed:
        return { 0xd0, 0x30, 0x30 };
    case StatusIcons::Badge::Paused:
    case StatusIcons::Badge::None:
        break;
    }
    return { 0x80, 0x80, 0x80 };
}

// The badge in the square `rect`: a filled circle with a dark ring (visible on light and dark panels) and a
// white glyph.
void paintBadge(QPainter &painter, const QRectF &rect, StatusIcons::Badge badge)
{
    const qreal ring = std::max<qreal>(1.0, rect.width() / 12.0);
    painter.setPen(QPen(QColor(0, 0, 0, 160), ring));
    painter.setBrush(badgeColour(badge));
    painter.drawEllipse(rect.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2));

    const qreal w = rect.width();
    const QPointF c = rect.center();
    QPen glyph(Qt::white, std::max<qreal>(1.5, w / 7.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(glyph);
    painter.setBrush(Qt::NoBrush);
    switch (badge) {
    case StatusIcons::Badge::Ok:
        painter.drawPolyline(QPolygonF({ QPointF(c.x() - w * 0.22, c.y()),
            QPointF(c.x() - w * 0.05, c.y() + w * 0.18),
            QPointF(c.x() + w * 0.24, c.y() - w * 0.16) }));
        break;
    case StatusIcons::Badge::Running:
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(c, w * 0.14, w * 0.14);
        break;
    case StatusIcons::Badge::Failed:
        painter.drawLine(QPointF(c.x(), c.y() - w * 0.24), QPointF(c.x(), c.y() + w * 0.04));
        painter.drawPoint(QPointF(c.x(), c.y() + w * 0.2));
        break;
    case StatusIcons::Badge::Paused:
        painter.drawLine(QPointF(c.x() - w * 0.1, c.y() - w * 0.18), QPointF(c.x() - w * 0.1, c.y() + w * 0.18));
        painter.drawLine(QPointF(c.x() + w * 0.1, c.y() - w * 0.18), QPointF(c.x() + w * 0.1, c.y() + w * 0.18));
        break;
    case StatusIcons::Badge::None:
        break;
    }
}

} // namespace

QIcon StatusIcons::pin()
{
    QPixmap pixmap = transparentPixmap(SMALL);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor red(0xd0, 0x30, 0x30);
    // Needle first, then the head over it.
    painter.setPen(QPen(QColor(0x70, 0x70, 0x70), 1.6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(8, 9), QPointF(4, 14.5));
    painter.setPen(QPen(QColor(0x80, 0x10, 0x10), 1.0));
    painter.setBrush(red);
    painter.drawEllipse(QPointF(10, 6), 4.2, 4.2);
    painter.end();
    return QIcon(pixmap);
}

QIcon StatusIcons::warning()
{
    QPixmap pixmap = transparentPixmap(SMALL);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x80, 0x5a, 0x00), 1.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(QColor(0xf0, 0xb0, 0x00));
    painter.drawPolygon(QPolygonF({ QPointF(8, 1.5), QPointF(15, 14.5), QPointF(1, 14.5) }));
    painter.setPen(QPen(Qt::black, 1.8, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(8, 6), QPointF(8, 10));
    painter.drawPoint(QPointF(8, 12.6));
    painter.end();
    return QIcon(pixmap);
}

QIcon StatusIcons::withBadge(const QIcon &base, Badge badge)
{
    QIcon icon;
    for (const int size : { 16, 22, 32, 64 }) {
        QPixmap pixmap = transparentPixmap(size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        base.paint(&painter, QRect(0, 0, size, size));
        if (badge != Badge::None) {
            const qreal badgeSize = size * 0.55;
            paintBadge(painter, QRectF(size - badgeSize, size - badgeSize, badgeSize, badgeSize), badge);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Snapdock
