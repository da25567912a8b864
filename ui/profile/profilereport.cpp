#include "profilereport.h"

#include "statistics/cellsuppression.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFontMetrics>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

#include <functional>

#include <algorithm>

namespace flowdesk {

QString profileCaveat()
{
    return QCoreApplication::translate(
        "ProfileReport", "Flow monitoring is an indication of trends, not a representative sample.");
}

namespace {

// A4 at 150 dpi: 1240 x 1754 device pixels.
constexpr int kDpi = 150;
constexpr int kMargin = 110;
constexpr int kFooter = 70;

const QColor kInk(0x1f, 0x2a, 0x37);
const QColor kMuted(0x5b, 0x67, 0x73);
const QColor kRule(0xc9, 0xd1, 0xd9);
const QColor kPalette[] = {QColor(0x00, 0x5e, 0xa2), QColor(0xe0, 0x7a, 0x1f), QColor(0x3a, 0x9e, 0x6a),
                           QColor(0x8e, 0x44, 0xad), QColor(0xc0, 0x39, 0x2b), QColor(0x7f, 0x8c, 0x8d),
                           QColor(0x16, 0xa0, 0x85), QColor(0xd4, 0xac, 0x0d), QColor(0x2c, 0x3e, 0x50)};

QFont font(int points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // Any letter spacing turns ligatures off: "office" stays searchable and copyable, not "oﬃce".
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

// Layout and drawing of one chart block; the same code measures (painter null) and draws.
class Page
{
public:
    Page(QPainter *painter, QPaintDevice *device, int width, bool rtl)
        : m_p(painter), m_device(device), m_width(width), m_rtl(rtl)
    {
    }
    QFontMetrics metrics(const QFont &f) const { return QFontMetrics(f, m_device); }

    int text(int y, const QString &text, const QFont &f, const QColor &color, int indent = 0)
    {
        const QRect area(kMargin + indent, y, m_width - 2 * kMargin - indent, 10000);
        QTextOption option(m_rtl ? Qt::AlignRight : Qt::AlignLeft);
        option.setWrapMode(QTextOption::WordWrap);
        option.setTextDirection(m_rtl ? Qt::RightToLeft : Qt::LeftToRight);
        const QRect bound = metrics(f).boundingRect(area, Qt::TextWordWrap | (m_rtl ? Qt::AlignRight : Qt::AlignLeft), text);
        if (m_p) {
            m_p->setFont(f);
            m_p->setPen(color);
            m_p->drawText(QRectF(area.x(), y, area.width(), bound.height() + 4), text, option);
        }
        return y + bound.height() + 6;
    }

    int chart(int y, const ChartTable &t)
    {
        const int total = t.columnCount() - 1; // the Total column
        const bool split = t.columnCount() > 1;
        const int groups = split ? total : 1;
        const int barHeight = 22;
        const int rowHeight = barHeight + 10;
        const int labelWidth = (m_width - 2 * kMargin) * 36 / 100;
        const int valueWidth = 90;
        const int plotWidth = m_width - 2 * kMargin - labelWidth - valueWidth;
        qint64 max = 1;
        for (int r = 0; r < t.rowCount(); ++r)
            max = std::max(max, t.count(r, total));
        const QFont labelFont = font(8);
        if (split) { // legend
            int x = 0;
            for (int g = 0; g < groups; ++g) {
                const QString name = t.columns[g];
                const int w = metrics(labelFont).horizontalAdvance(name) + 40;
                if (m_p) {
                    const int left = m_rtl ? m_width - kMargin - x - 18 : kMargin + x;
                    m_p->fillRect(QRect(left, y + 4, 16, 16), kPalette[g % 9]);
                    m_p->setPen(kInk);
                    m_p->setFont(labelFont);
                    const QRect textBox(m_rtl ? left - w + 14 : left + 22, y, w - 24, 24);
                    m_p->drawText(textBox, Qt::AlignVCenter | (m_rtl ? Qt::AlignRight : Qt::AlignLeft), name);
                }
                x += w;
            }
            y += 32;
        }
        for (int r = 0; r < t.rowCount(); ++r) {
            if (m_p) {
                m_p->setFont(labelFont);
                m_p->setPen(kInk);
                const QRect labelBox = m_rtl ? QRect(m_width - kMargin - labelWidth, y, labelWidth - 10, barHeight)
                                             : QRect(kMargin, y, labelWidth - 10, barHeight);
                const QString label = metrics(labelFont).elidedText(t.rows[r], Qt::ElideRight, labelWidth - 10);
                m_p->drawText(labelBox, Qt::AlignVCenter | (m_rtl ? Qt::AlignLeft : Qt::AlignRight), label);
                // stacked by the split groups; a hidden cell draws nothing
                double offset = 0;
                for (int g = 0; g < groups; ++g) {
                    const int column = split ? g : 0;
                    const double w = t.chartValue(r, column) / double(max) * plotWidth;
                    const double x = m_rtl ? m_width - kMargin - labelWidth - offset - w : kMargin + labelWidth + offset;
                    m_p->fillRect(QRectF(x, y, w, barHeight), kPalette[(split ? g : 0) % 9]);
                    offset += w;
                }
                const QString value = t.cellText(r, total) +
                                      (t.percentText(r, total).isEmpty() ? QString()
                                                                          : QStringLiteral("  ") + t.percentText(r, total));
                const QRect valueBox = m_rtl ? QRect(int(m_width - kMargin - labelWidth - offset) - valueWidth - 66, y,
                                                     valueWidth + 60, barHeight)
                                             : QRect(int(kMargin + labelWidth + offset + 6), y, valueWidth + 60,
                                                     barHeight);
                m_p->setPen(t.isHidden(r, total) ? kMuted : kInk);
                m_p->drawText(valueBox, Qt::AlignVCenter | (m_rtl ? Qt::AlignRight : Qt::AlignLeft), value);
            }
            y += rowHeight;
        }
        return y + 6;
    }

    int table(int y, const ChartTable &t)
    {
        const QFont f = font(7);
        const QFont bold = font(7, true);
        const int lineHeight = 24;
        const int available = m_width - 2 * kMargin;
        const int firstWidth = available * 34 / 100;
        const int columns = t.columnCount();
        const int cellWidth = (available - firstWidth) / std::max(1, columns);
        auto cellRect = [&](int column, int top) {
            // column -1 is the category column
            int x = column < 0 ? 0 : firstWidth + column * cellWidth;
            int w = column < 0 ? firstWidth : cellWidth;
            if (m_rtl)
                x = available - x - w;
            return QRect(kMargin + x, top, w - 6, lineHeight);
        };
        auto line = [&](int top, const QString &first, const std::function<QString(int)> &cell, bool isBold) {
            if (!m_p)
                return;
            m_p->setFont(isBold ? bold : f);
            m_p->setPen(kInk);
            const QString elided = metrics(isBold ? bold : f).elidedText(first, Qt::ElideRight, firstWidth - 6);
            m_p->drawText(cellRect(-1, top), Qt::AlignVCenter | (m_rtl ? Qt::AlignRight : Qt::AlignLeft), elided);
            for (int c = 0; c < columns; ++c)
                m_p->drawText(cellRect(c, top), Qt::AlignVCenter | (m_rtl ? Qt::AlignLeft : Qt::AlignRight), cell(c));
        };
        line(y, QString(), [&](int c) { return metrics(bold).elidedText(t.columns[c], Qt::ElideRight, cellWidth - 6); },
             true);
        if (m_p) {
            m_p->setPen(QPen(kRule, 2));
            m_p->drawLine(kMargin, y + lineHeight, m_width - kMargin, y + lineHeight);
        }
        y += lineHeight + 2;
        for (int r = 0; r < t.rowCount(); ++r) {
            line(y, t.rows[r], [&](int c) {
                const QString percent = t.percentText(r, c);
                return percent.isEmpty() ? t.cellText(r, c) : QStringLiteral("%1 (%2)").arg(t.cellText(r, c), percent);
            }, false);
            y += lineHeight;
        }
        if (m_p) {
            m_p->setPen(QPen(kRule, 2));
            m_p->drawLine(kMargin, y, m_width - kMargin, y);
        }
        line(y + 2, QStringLiteral("n (%1)").arg(t.unit), [&](int c) { return t.baseText(c); }, true);
        return y + lineHeight + 10;
    }

    int block(int y, const ChartTable &t, const QString &filterText)
    {
        y = text(y, t.title, font(12, true), kInk);
        QString n = QCoreApplication::translate("ProfileReport", "n = %1 %2")
                        .arg(t.baseText(t.columnCount() - 1), t.unit);
        if (!t.spec.split.isEmpty() && t.columnCount() > 1)
            n += QStringLiteral(" · ") +
                 QCoreApplication::translate("ProfileReport", "split by %1")
                     .arg(t.spec.split == u"age_group"
                              ? QCoreApplication::translate("ProfileReport", "age group")
                              : t.spec.split);
        y = text(y, n + QStringLiteral(" · ") + filterText, font(7), kMuted);
        if (t.spec.kind != ChartKind::Timeline && t.spec.kind != ChartKind::Children)
            y = chart(y + 4, t);
        y = table(y, t);
        if (!t.note.isEmpty())
            y = text(y, t.note, font(7), kMuted);
        y = text(y, profileCaveat(), font(7), kMuted);
        return y + 30;
    }

private:
    QPainter *m_p;
    QPaintDevice *m_device;
    int m_width;
    bool m_rtl;
};

} // namespace

bool ProfileReport::writePdf(const ProfileResult &result, const ProfileReportInfo &info, const QString &path,
                             QString *error)
{
    for (const ChartTable &t : result.tables) {
        if (!t.suppressed || result.threshold < 2) {
            if (error)
                *error = QCoreApplication::translate(
                    "ProfileReport", "Refusing to write a report whose small cells are not protected.");
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(kDpi);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(info.title);
    writer.setCreator(QStringLiteral("FlowDesk"));
    const int width = writer.width();
    const int height = writer.height();
    const int bottom = height - kMargin - kFooter;

    // Pagination first (measuring with the same code), so every page can say "page x of y".
    Page measure(nullptr, &writer, width, info.rightToLeft);
    const QString period =
        result.firstDay.isValid()
            ? QCoreApplication::translate("ProfileReport", "%1 to %2")
                  .arg(result.firstDay.toString(Qt::ISODate), result.lastDay.toString(Qt::ISODate))
            : QCoreApplication::translate("ProfileReport", "no interviews");
    const QString prepared =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    auto cover = [&](Page &page, int y) {
        y = page.text(y, info.title, font(22, true), kInk);
        if (!info.questionnaire.isEmpty())
            y = page.text(y, info.questionnaire, font(11), kMuted);
        y += 16;
        const QStringList facts{
            QCoreApplication::translate("ProfileReport", "Office: %1")
                .arg(info.office.isEmpty() ? QStringLiteral("-") : info.office),
            QCoreApplication::translate("ProfileReport", "Period: %1").arg(period),
            QCoreApplication::translate("ProfileReport", "Filters: %1").arg(result.filterText),
            QCoreApplication::translate("ProfileReport", "Interviews: %1").arg(result.interviews),
            info.preparedBy.isEmpty()
                ? QCoreApplication::translate("ProfileReport", "Prepared %1").arg(prepared)
                : QCoreApplication::translate("ProfileReport", "Prepared %1 by %2")
                      .arg(prepared, info.preparedBy)};
        for (const QString &fact : facts)
            y = page.text(y, fact, font(9), kInk);
        y += 10;
        y = page.text(y, CellSuppression::method(result.threshold), font(8), kMuted);
        y = page.text(y, profileCaveat(), font(9, true), kInk);
        return y + 30;
    };
    std::vector<int> pageOf(result.tables.size(), 0);
    {
        int page = 0;
        int y = cover(measure, kMargin);
        for (size_t i = 0; i < result.tables.size(); ++i) {
            const int h = measure.block(0, result.tables[i], result.filterText);
            if (y + h > bottom && y > kMargin) {
                ++page;
                y = kMargin;
            }
            pageOf[i] = page;
            y += h;
        }
    }
    const int pages = result.tables.empty() ? 1 : pageOf.back() + 1;

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = QCoreApplication::translate("ProfileReport", "Cannot write the report to %1.").arg(path);
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    Page page(&painter, &writer, width, info.rightToLeft);
    auto footer = [&](int number) {
        painter.setPen(QPen(kRule, 2));
        painter.drawLine(kMargin, height - kMargin - kFooter + 20, width - kMargin, height - kMargin - kFooter + 20);
        painter.setFont(font(7));
        painter.setPen(kMuted);
        const QRect box(kMargin, height - kMargin - kFooter + 30, width - 2 * kMargin, 40);
        painter.drawText(box, Qt::AlignVCenter | Qt::AlignLeft, info.title + QStringLiteral(" · ") + profileCaveat());
        painter.drawText(
            box, Qt::AlignVCenter | Qt::AlignRight,
            QCoreApplication::translate("ProfileReport", "Page %1 of %2").arg(number).arg(pages));
    };
    int current = 0;
    int y = cover(page, kMargin);
    for (size_t i = 0; i < result.tables.size(); ++i) {
        if (pageOf[i] != current) {
            footer(current + 1);
            writer.newPage();
            current = pageOf[i];
            y = kMargin;
        }
        y = page.block(y, result.tables[i], result.filterText);
    }
    footer(current + 1);
    painter.end();
    if (!QFile::exists(path)) {
        if (error)
            *error = QCoreApplication::translate("ProfileReport", "Cannot write the report to %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace flowdesk
