#include "sectionnavigator.h"

#include <QPainter>

namespace flowdesk {

namespace {

QIcon stateIcon(EntrySection::State state, bool relevant)
{
    QPixmap pixmap(28, 28);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(5, 5, 18, 18);
    QColor colour;
    switch (state) {
    case EntrySection::State::Untouched:
        colour = QColor(0x9a, 0xa3, 0xaf);
        break;
    case EntrySection::State::InProgress:
        colour = QColor(0x25, 0x63, 0xeb);
        break;
    case EntrySection::State::Complete:
        colour = QColor(0x16, 0xa3, 0x4a);
        break;
    case EntrySection::State::HasErrors:
        colour = QColor(0xdc, 0x26, 0x26);
        break;
    }
    if (!relevant)
        colour = QColor(0xd1, 0xd5, 0xdb);
    painter.setPen(QPen(colour, 2.2));
    if (state == EntrySection::State::Untouched || !relevant) {
        painter.drawEllipse(circle);
    } else if (state == EntrySection::State::InProgress) {
        painter.drawEllipse(circle);
        painter.setBrush(colour);
        painter.drawPie(circle, 90 * 16, 180 * 16);
    } else {
        painter.setBrush(colour);
        painter.drawEllipse(circle);
        painter.setPen(QPen(Qt::white, 2.4));
        if (state == EntrySection::State::Complete) {
            painter.drawPolyline(QPolygonF({QPointF(9.5, 14.5), QPointF(12.5, 17.5), QPointF(18.5, 10.5)}));
        } else {
            painter.drawLine(QPointF(14, 9), QPointF(14, 15.5));
            painter.drawPoint(QPointF(14, 19));
        }
    }
    return QIcon(pixmap);
}

} // namespace

SectionNavigator::SectionNavigator(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("sectionNavigator"));
    setIconSize(QSize(28, 28));
    setUniformItemSizes(false);
    setWordWrap(true);
    setSpacing(2);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { emit sectionChosen(row(item)); });
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { emit sectionChosen(row(item)); });
}

QString SectionNavigator::stateName(EntrySection::State state)
{
    switch (state) {
    case EntrySection::State::Untouched:
        return tr("Not started");
    case EntrySection::State::InProgress:
        return tr("In progress");
    case EntrySection::State::Complete:
        return tr("Complete");
    case EntrySection::State::HasErrors:
        return tr("Has errors");
    }
    return {};
}

void SectionNavigator::setSections(const std::vector<EntrySection> &sections, const QStringList &titles, int current)
{
    const QSignalBlocker blocker(this);
    while (count() > int(sections.size()))
        delete takeItem(count() - 1);
    while (count() < int(sections.size()))
        addItem(new QListWidgetItem);
    for (size_t k = 0; k < sections.size(); ++k) {
        const EntrySection &section = sections[k];
        QListWidgetItem *entry = item(int(k));
        QString detail = section.relevant ? stateName(section.state) : tr("Skipped");
        if (section.relevant && section.errors > 0)
            detail += QStringLiteral(" · ") + tr("%n error(s)", nullptr, section.errors);
        if (section.relevant && section.state == EntrySection::State::InProgress && section.missing > 0)
            detail += QStringLiteral(" · ") + tr("%n to answer", nullptr, section.missing);
        if (section.relevant && section.warnings > 0)
            detail += QStringLiteral(" · ") + tr("%n warning(s)", nullptr, section.warnings);
        entry->setText(titles.value(int(k)) + u'\n' + detail);
        entry->setIcon(stateIcon(section.state, section.relevant));
        entry->setData(Qt::UserRole, int(section.state));
        entry->setData(Qt::UserRole + 1, section.relevant);
        entry->setForeground(section.relevant ? palette().color(QPalette::Text) : QColor(0x9c, 0xa3, 0xaf));
        entry->setToolTip(detail);
    }
    setCurrentRow(current);
}

} // namespace flowdesk
