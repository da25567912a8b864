#pragma once

#include "statisticalplan.h"
#include "tablewriter.h"

#include <cstdio>
#include <vector>

namespace flowdesk {

// Stata .dta (format 118) and SPSS .sav files, one per table, written with ReadStat.
//
// Both formats need the row count and every string's width before the first row, so rows are first spooled
// to a temporary file beside the output (state byte, length, UTF-8 bytes per cell) while the widths and
// whether every value converts are noted; finish() then checks every limit and only then writes each file
// from the spool. A column with a value that does not convert (a select_one answer outside its list, a number
// that is not one) is written as text, and the codebook says so.
class StatisticalTableWriter : public TableWriter
{
public:
    StatisticalTableWriter(const ExportLayout &layout, const StatisticalPlan &plan, const QString &folder,
                           const QString &title, bool stata, bool spss);
    ~StatisticalTableWriter() override;
    bool open(QString *error);
    bool row(int table, const ExportRow &row, QString *error) override;
    bool finish(std::vector<QStringList> &files, QString *error) override;

    // After finish(): whether column c of table t was written as a number (else as text), and its width.
    bool writtenAsNumber(int table, int column) const { return m_tables[size_t(table)].numeric[size_t(column)]; }

private:
    struct Spool
    {
        std::FILE *file = nullptr;
        QString path;
        qint64 rows = 0;
        std::vector<int> maxBytes;
        std::vector<bool> numeric;
    };
    bool writeFile(int table, bool stata, QString *error);
    bool checkLimits(int table, QString *error) const;

    const ExportLayout &m_layout;
    const StatisticalPlan &m_plan;
    QString m_folder;
    QString m_title;
    bool m_stata, m_spss;
    std::vector<Spool> m_tables;
    QByteArray m_buffer;
};

} // namespace flowdesk
