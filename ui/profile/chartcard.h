#pragma once

#include "statistics/charttable.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTableWidget;

namespace QtCharts {}
class QChartView;

namespace flowdesk {

// One chart of the profile: title, n, the filter, the chart (Qt Charts), its table on demand, and the caveat.
// Displays a ChartTable and counts nothing itself. Hidden (suppressed) cells are drawn as nothing and labelled
// "<5". Exports (PNG, SVG, CSV, XLSX) are offered only while the table is protected.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    ChartCard(const ChartTable &table, const QString &filterText, bool rightToLeft, QWidget *parent = nullptr);

    QChartView *chartView() const { return m_view; }
    QTableWidget *table() const { return m_table; }
    QLabel *nLabel() const { return m_n; }
    const ChartTable &chartTable() const { return m_data; }

    bool savePng(const QString &path) const;
    bool saveSvg(const QString &path) const;

signals:
    void editRequested();
    void removeRequested();

private:
    void exportChart();
    ChartTable m_data;
    QChartView *m_view = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_n = nullptr;
};

} // namespace flowdesk
