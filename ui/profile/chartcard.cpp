#include "chartcard.h"

#include "profilereport.h"
#include "statistics/profilecsv.h"
#include "statistics/profilexlsx.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QGuiApplication>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPieSeries>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace flowdesk {

namespace {

const QColor kPalette[] = {QColor(0x00, 0x5e, 0xa2), QColor(0xe0, 0x7a, 0x1f), QColor(0x3a, 0x9e, 0x6a),
                           QColor(0x8e, 0x44, 0xad), QColor(0xc0, 0x39, 0x2b), QColor(0x7f, 0x8c, 0x8d),
                           QColor(0x16, 0xa0, 0x85), QColor(0xd4, 0xac, 0x0d), QColor(0x2c, 0x3e, 0x50)};

// Category labels of horizontal bars carry "<5" where the total is hidden: the bar itself is not drawn. (Vertical
// axes have no room for it: the card lists those below the chart.)
QStringList categoryLabels(const ChartTable &t, bool vertical)
{
    QStringList labels;
    const int total = t.columnCount() - 1;
    for (int r = 0; r < t.rowCount(); ++r) {
        QString label = t.rows[r];
        if (label.size() > 38)
            label = label.left(36) + QStringLiteral("…");
        if (t.isHidden(r, total) && !vertical)
            label += QStringLiteral(" (") + t.cellText(r, total) + u')';
        labels << label;
    }
    return labels;
}

QChart *makeChart(const ChartTable &t, bool rtl)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const int total = t.columnCount() - 1;
    const bool split = t.columnCount() > 1;
    const int groups = split ? total : 1;
    if (t.spec.kind == ChartKind::Pie) {
        auto *series = new QPieSeries;
        for (int r = 0; r < t.rowCount(); ++r) {
            if (t.isHidden(r, total) || t.count(r, total) == 0)
                continue;
            QPieSlice *slice = series->append(t.rows[r] + QStringLiteral(" ") + t.percentText(r, total),
                                              double(t.count(r, total)));
            slice->setColor(kPalette[r % 9]);
        }
        chart->addSeries(series);
        chart->legend()->setAlignment(rtl ? Qt::AlignLeft : Qt::AlignRight);
        return chart;
    }
    if (t.spec.kind == ChartKind::Timeline) {
        auto *axisX = new QBarCategoryAxis;
        axisX->append(t.rows);
        auto *axisY = new QValueAxis;
        axisY->setLabelFormat(QStringLiteral("%d"));
        axisX->setReverse(rtl);
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, rtl ? Qt::AlignRight : Qt::AlignLeft);
        qint64 max = 1;
        for (int c = 0; c < total; ++c) {
            auto *line = new QLineSeries;
            line->setName(t.columns[c]);
            line->setColor(kPalette[c % 9]);
            for (int r = 0; r < t.rowCount(); ++r) {
                line->append(r, t.chartValue(r, c));
                max = std::max(max, t.count(r, c));
            }
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        }
        axisY->setRange(0, double(max) * 1.1);
        chart->legend()->setAlignment(Qt::AlignBottom);
        return chart;
    }
    const bool vertical = t.spec.kind == ChartKind::Histogram;
    QAbstractBarSeries *series = nullptr;
    if (vertical)
        series = split && t.spec.kind != ChartKind::Bar ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                                        : new QStackedBarSeries;
    else if (t.spec.kind == ChartKind::StackedBar || !split)
        series = new QHorizontalStackedBarSeries;
    else
        series = new QHorizontalBarSeries;
    // Bars read top to bottom in table order.
    for (int g = 0; g < groups; ++g) {
        auto *set = new QBarSet(split ? t.columns[g] : t.unit);
        set->setColor(kPalette[g % 9]);
        for (int r = vertical ? 0 : t.rowCount() - 1; vertical ? r < t.rowCount() : r >= 0; r += vertical ? 1 : -1)
            set->append(t.chartValue(r, split ? g : 0));
        series->append(set);
    }
    chart->addSeries(series);
    QStringList labels = categoryLabels(t, vertical);
    if (!vertical)
        std::reverse(labels.begin(), labels.end());
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    if (vertical) {
        categories->setReverse(rtl);
        chart->addAxis(categories, Qt::AlignBottom);
        chart->addAxis(values, rtl ? Qt::AlignRight : Qt::AlignLeft);
    } else {
        values->setReverse(rtl);
        chart->addAxis(categories, rtl ? Qt::AlignRight : Qt::AlignLeft);
        chart->addAxis(values, Qt::AlignBottom);
    }
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(split);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

ChartCard::ChartCard(const ChartTable &table, const QString &filterText, bool rightToLeft, QWidget *parent)
    : QFrame(parent), m_data(table)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("chartCard"));
    setAccessibleName(table.title);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(table.title.toHtmlEscaped()), this);
    title->setWordWrap(true);
    header->addWidget(title, 1);
    auto *tableButton = new QPushButton(tr("Table"), this);
    tableButton->setCheckable(true);
    tableButton->setAccessibleName(tr("Show the table of %1").arg(table.title));
    auto *exportButton = new QPushButton(tr("Export"), this);
    exportButton->setAccessibleName(tr("Export %1").arg(table.title));
    exportButton->setEnabled(table.suppressed); // what leaves the app is always protected
    if (!table.suppressed)
        exportButton->setToolTip(tr("Small cells are shown: switch protection on to export."));
    auto *editButton = new QPushButton(tr("Edit"), this);
    editButton->setAccessibleName(tr("Edit the chart %1").arg(table.title));
    auto *removeButton = new QPushButton(tr("Remove"), this);
    removeButton->setAccessibleName(tr("Remove the chart %1").arg(table.title));
    for (QPushButton *b : {tableButton, exportButton, editButton, removeButton})
        header->addWidget(b);
    layout->addLayout(header);

    QString n = tr("n = %1 %2").arg(table.baseText(table.columnCount() - 1), table.unit);
    if (table.suppressed)
        n += tr(" · counts below %1 shown as <%1").arg(table.threshold);
    else
        n += tr(" · small cells NOT protected (on screen only)");
    m_n = new QLabel(n + QStringLiteral("\n") + filterText, this);
    m_n->setObjectName(QStringLiteral("chartN"));
    m_n->setWordWrap(true);
    m_n->setStyleSheet(QStringLiteral("color: #5b6773;"));
    layout->addWidget(m_n);

    m_view = new QChartView(makeChart(table, rightToLeft), this);
    m_view->setRenderHint(QPainter::Antialiasing);
    const int rows = table.spec.kind == ChartKind::Histogram || table.spec.kind == ChartKind::Timeline ||
                             table.spec.kind == ChartKind::Pie
                         ? 10
                         : std::max(4, table.rowCount());
    // Grouped bars need room for each group's bar.
    const bool grouped = table.spec.kind == ChartKind::Bar && table.columnCount() > 1;
    const int perRow = grouped ? std::max(26, 9 * (table.columnCount() - 1)) : 26;
    m_view->setMinimumHeight(std::min(grouped ? 760 : 560, 90 + rows * perRow));
    m_view->setAccessibleName(tr("Chart: %1").arg(table.title));
    QStringList description;
    for (int r = 0; r < table.rowCount(); ++r)
        description << table.rows[r] + QStringLiteral(": ") + table.cellText(r, table.columnCount() - 1);
    m_view->setAccessibleDescription(description.join(QStringLiteral("; ")));
    layout->addWidget(m_view);
    if (table.spec.kind == ChartKind::Children)
        m_view->hide(); // key figures read best as a table

    m_table = new QTableWidget(table.rowCount() + 1, table.columnCount(), this);
    m_table->setAccessibleName(tr("Table: %1").arg(table.title));
    m_table->setHorizontalHeaderLabels(table.columns);
    QStringList rowLabels = table.rows;
    rowLabels << tr("n (%1)").arg(table.unit);
    m_table->setVerticalHeaderLabels(rowLabels);
    for (int r = 0; r < table.rowCount(); ++r) {
        for (int c = 0; c < table.columnCount(); ++c) {
            const QString percent = table.percentText(r, c);
            auto *item = new QTableWidgetItem(percent.isEmpty() ? table.cellText(r, c)
                                                                : QStringLiteral("%1 (%2)").arg(table.cellText(r, c), percent));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    for (int c = 0; c < table.columnCount(); ++c)
        m_table->setItem(table.rowCount(), c, new QTableWidgetItem(table.baseText(c)));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setMinimumHeight(std::min(420, 40 + (table.rowCount() + 1) * 26));
    m_table->setVisible(table.spec.kind == ChartKind::Children);
    tableButton->setChecked(m_table->isVisible());
    layout->addWidget(m_table);

    QString footnote = table.note.isEmpty() ? QString() : table.note + QStringLiteral(" ");
    QStringList small;
    for (int r = 0; r < table.rowCount(); ++r) {
        if (table.isHidden(r, table.columnCount() - 1))
            small << table.rows[r];
    }
    if (!small.isEmpty() && (table.spec.kind == ChartKind::Histogram || table.spec.kind == ChartKind::Pie))
        footnote += tr("Not drawn, fewer than %1: %2. ").arg(table.threshold).arg(small.join(QStringLiteral(", ")));
    auto *caveat = new QLabel(footnote + profileCaveat(), this);
    caveat->setWordWrap(true);
    // Not italic right to left: DejaVu Sans Oblique has no Arabic, and Qt would draw empty boxes.
    caveat->setStyleSheet(QGuiApplication::isRightToLeft() ? QStringLiteral("color: #5b6773;")
                                                           : QStringLiteral("color: #5b6773; font-style: italic;"));
    layout->addWidget(caveat);

    connect(tableButton, &QPushButton::toggled, m_table, &QWidget::setVisible);
    connect(editButton, &QPushButton::clicked, this, &ChartCard::editRequested);
    connect(removeButton, &QPushButton::clicked, this, &ChartCard::removeRequested);
    connect(exportButton, &QPushButton::clicked, this, &ChartCard::exportChart);
}

bool ChartCard::savePng(const QString &path) const
{
    if (!m_data.suppressed)
        return false;
    return m_view->grab().save(path, "PNG");
}

bool ChartCard::saveSvg(const QString &path) const
{
    if (!m_data.suppressed)
        return false;
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_view->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    generator.setTitle(m_data.title);
    generator.setDescription(profileCaveat());
    QPainter painter(&generator);
    m_view->render(&painter);
    return painter.end();
}

void ChartCard::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(m_data.title), m_data.title,
                                                      tr("PNG image (*.png);;SVG image (*.svg);;Table as CSV (*.csv);;"
                                                         "Table as XLSX (*.xlsx)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        ok = saveSvg(path);
    } else if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        QSaveFile file(path);
        ok = m_data.suppressed && file.open(QIODevice::WriteOnly) &&
             file.write("\xEF\xBB\xBF" + ProfileCsv::table(m_data).toUtf8()) > 0 && file.commit();
    } else if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
        ok = ProfileXlsx::write(m_data, path, nullptr);
    } else {
        ok = savePng(path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".png"));
    }
    if (!ok)
        QMessageBox::warning(this, tr("Export"), tr("Could not write %1.").arg(path));
}

} // namespace flowdesk
