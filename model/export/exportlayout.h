#pragma once

#include "tableexport.h"

#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace flowdesk {

class Questionnaire;
struct Item;

// What a column holds, and how a typed format (.dta, .sav) stores it.
enum class ColumnType {
    Text,      // a string
    Integer,   // a whole number
    Number,    // a decimal number
    Date,      // yyyy-MM-dd: %td / DATE11
    DateTime,  // ISO 8601: %tc / DATETIME20
    SelectOne, // a choice name: an integer code with value labels
    Flag,      // 0/1 (a select_multiple choice column)
};

// Where a column's value comes from.
enum class ColumnSource {
    Answer,      // the answer to `item`
    Choice,      // 1 when `choice` of select_multiple `item` is chosen, 0 when not, blank when unanswered
    GeoPart,     // part `part` (0 latitude .. 3 precision) of geopoint `item`
    Meta,        // a metadata or link column (see MetaColumn)
    Workflow,    // field `part` of a workflow record (accepted warning, comment, status change)
};

enum class MetaColumn {
    Id, Uuid, SubmissionTime, ValidationStatus, Notes, Status, SubmittedBy, Version, Tags, Index,
    ParentTableName, ParentIndex, Key, ParentKey, InstanceId, SubmitterName, ReviewState, Office,
    Modified,
};

struct ExportColumn
{
    ColumnSource source = ColumnSource::Answer;
    ColumnType type = ColumnType::Text;
    int item = -1;
    int choice = -1;
    int part = -1;
    MetaColumn meta = MetaColumn::Id;
    bool fromSubmission = false; // a repeat row's copy of its interview's metadata (`_submission__id`)
    QString header;              // as written in the CSV / XLSX
    QString name;                // the column's name whatever the header language: the base of .dta/.sav names
    QString label;               // variable label
    // Wide layout: the repeat instance the answer comes from, from the top down: (repeat item, 1-based index).
    std::vector<std::pair<int, int>> instances;
};

enum class TableKind { Data, AcceptedWarnings, Comments, StatusHistory };

struct ExportTableLayout
{
    TableKind kind = TableKind::Data;
    QString name;       // "main", the repeat's name, "_comments"...
    QString fileBase;   // file name without extension
    int repeat = -1;    // the repeat item whose instances are the rows; -1: one row per interview
    int parent = -1;    // index of the parent table
    QString keyPath;    // for a repeat: its path below the parent table's repeat, for KEY ("household/members")
    std::vector<ExportColumn> columns;
};

// The tables and columns an export writes for a questionnaire and options: KoBo's conventions (formpack) by
// default, ODK Central's on request, or the wide layout: one data table where each repeat's questions come
// once per instance, numbered (`q_1`, `q_2`; nested `q_1_2`), as many times as `instanceCounts` (repeat item
// -> the most instances any exported interview has) says. Pure: no data read.
class ExportLayout
{
public:
    ExportLayout(const Questionnaire &questionnaire, const TableExportOptions &options,
                 const std::map<int, int> &instanceCounts = {});

    const std::vector<ExportTableLayout> &tables() const { return m_tables; }
    // The label of `item` in the export language (its name when it has none).
    QString itemLabel(int item) const;
    QString choiceLabel(int item, int choice) const;
    int language() const { return m_language; }

private:
    void addDataTable(int repeat, int parent);
    void addQuestionColumns(ExportTableLayout &table, int scopeItem);
    void addWideColumns(ExportTableLayout &table, int scopeItem, const std::vector<std::pair<int, int>> &instances);
    void addItemColumns(ExportTableLayout &table, const Item &item, const std::vector<std::pair<int, int>> &instances);
    static void distinguishRepeatedHeaders(ExportTableLayout &table);
    void addMetaColumns(ExportTableLayout &table);
    void addWorkflowTables();
    QString header(int item) const;

    const Questionnaire &m_q;
    TableExportOptions m_options;
    int m_language = -1;
    std::vector<ExportTableLayout> m_tables;
    std::map<int, int> m_instanceCounts;
};

} // namespace flowdesk
