#include "exportlayout.h"

#include "questionnaire/questionnaire.h"

#include <QSet>

namespace flowdesk {

namespace {

bool exported(const Item &item, bool includePii)
{
    switch (item.type) {
    case QuestionType::Group:
    case QuestionType::Repeat:
    case QuestionType::Note: // a note holds no answer
        return false;
    default:
        return includePii || !item.pii;
    }
}

ColumnType columnType(const Item &item)
{
    switch (item.type) {
    case QuestionType::Integer:
        return ColumnType::Integer;
    case QuestionType::Decimal:
    case QuestionType::Range:
        return ColumnType::Number;
    case QuestionType::Date:
        return ColumnType::Date;
    case QuestionType::DateTime:
        return ColumnType::DateTime;
    case QuestionType::SelectOne:
        return item.list >= 0 ? ColumnType::SelectOne : ColumnType::Text;
    case QuestionType::Metadata:
        if (item.metadataKind == u"start" || item.metadataKind == u"end")
            return ColumnType::DateTime;
        if (item.metadataKind == u"today")
            return ColumnType::Date;
        return ColumnType::Text;
    default:
        return ColumnType::Text;
    }
}

// A file name from a table name: the characters file systems and zip tools refuse become '_'.
QString fileSafe(const QString &name)
{
    QString safe;
    for (const QChar c : name)
        safe += (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.') ? c : QChar(u'_');
    return safe.isEmpty() ? QStringLiteral("table") : safe;
}

} // namespace

ExportLayout::ExportLayout(const Questionnaire &questionnaire, const TableExportOptions &options,
                           const std::map<int, int> &instanceCounts)
    : m_q(questionnaire), m_options(options), m_instanceCounts(instanceCounts)
{
    if (!options.presentation.labelLanguage.isEmpty())
        m_language = questionnaire.languageIndex(options.presentation.labelLanguage);
    addDataTable(-1, -1);
    for (const Item &item : questionnaire.items) {
        if (item.type != QuestionType::Repeat || options.profile == ExportProfile::Wide)
            continue;
        int parent = 0;
        for (size_t t = 0; t < m_tables.size(); ++t) {
            if (m_tables[t].repeat == item.repeat)
                parent = int(t);
        }
        addDataTable(item.id, parent);
    }
    addWorkflowTables();
    // File names: unique, case-insensitively (Windows, macOS).
    QSet<QString> used;
    for (ExportTableLayout &table : m_tables) {
        QString base = fileSafe(table.fileBase);
        QString candidate = base;
        for (int n = 2; used.contains(candidate.toLower()); ++n)
            candidate = QStringLiteral("%1_%2").arg(base).arg(n);
        used.insert(candidate.toLower());
        table.fileBase = candidate;
    }
}

QString ExportLayout::itemLabel(int item) const
{
    const QString label = m_q.item(item).label.text(m_language >= 0 ? m_language : m_q.defaultLanguage,
                                                    m_q.defaultLanguage);
    return label.isEmpty() ? m_q.item(item).name : label.simplified();
}

QString ExportLayout::choiceLabel(int item, int choice) const
{
    const ChoiceList *list = m_q.choiceList(m_q.item(item));
    const Choice &c = list->choices[size_t(choice)];
    const QString label = c.label.text(m_language >= 0 ? m_language : m_q.defaultLanguage, m_q.defaultLanguage);
    return label.isEmpty() ? c.name : label.simplified();
}

// The header of an answer column: the XML name, its group path, or its label (with the group labels).
QString ExportLayout::header(int item) const
{
    const bool central = m_options.profile == ExportProfile::OdkCentral;
    const QChar separator = central ? u'-' : u'/';
    const bool paths = central || m_options.presentation.groupPaths;
    if (m_language >= 0) {
        QString text = itemLabel(item);
        for (int p = m_q.item(item).parent; paths && p >= 0; p = m_q.item(p).parent)
            text = itemLabel(p) + separator + text;
        return text;
    }
    if (!paths)
        return m_q.item(item).name;
    QString path = m_q.path(item);
    if (central)
        path.replace(u'/', u'-');
    return path;
}

void ExportLayout::addDataTable(int repeat, int parent)
{
    ExportTableLayout table;
    table.repeat = repeat;
    table.parent = parent;
    if (repeat < 0) {
        table.name = QStringLiteral("main");
        table.fileBase = m_options.profile == ExportProfile::OdkCentral ? m_q.formId : table.name;
    } else {
        const Item &item = m_q.item(repeat);
        table.name = item.name;
        table.fileBase = m_options.profile == ExportProfile::OdkCentral ? m_q.formId + u'-' + item.name : item.name;
        // KEY path: the groups and the repeat between the parent table's repeat and this one.
        QStringList path{item.name};
        for (int p = item.parent; p >= 0 && p != item.repeat; p = m_q.item(p).parent)
            path.prepend(m_q.item(p).name);
        table.keyPath = path.join(u'/');
    }
    const bool central = m_options.profile == ExportProfile::OdkCentral;
    if (central && repeat < 0) {
        ExportColumn submitted;
        submitted.source = ColumnSource::Meta;
        submitted.meta = MetaColumn::SubmissionTime;
        submitted.type = ColumnType::DateTime;
        submitted.header = submitted.name = QStringLiteral("SubmissionDate");
        submitted.label = QStringLiteral("When the interview was created");
        table.columns.push_back(submitted);
    }
    if (m_options.profile == ExportProfile::Wide)
        addWideColumns(table, -1, {});
    else
        addQuestionColumns(table, repeat);
    addMetaColumns(table);
    if (m_language >= 0)
        distinguishRepeatedHeaders(table);
    m_tables.push_back(std::move(table));
}

// Labels are not unique (two questions may both ask "In which country did this happen?"): a label header that
// would appear twice gets the column's name after it, since analysts' tools rename (pandas: ".1") or drop the
// second of two equal headers, and a Table Schema's field names are to be unique.
void ExportLayout::distinguishRepeatedHeaders(ExportTableLayout &table)
{
    std::map<QString, int> uses;
    for (const ExportColumn &column : table.columns)
        ++uses[column.header];
    for (ExportColumn &column : table.columns) {
        if (uses[column.header] > 1)
            column.header += QStringLiteral(" [%1]").arg(column.name);
    }
}

void ExportLayout::addQuestionColumns(ExportTableLayout &table, int scopeItem)
{
    for (const Item &item : m_q.items) {
        if (item.repeat == scopeItem && exported(item, m_options.includePii))
            addItemColumns(table, item, {});
    }
}

// The questions of `scopeItem`'s scope in form order; a repeat met on the way adds its questions once per
// instance, in place.
void ExportLayout::addWideColumns(ExportTableLayout &table, int scopeItem,
                                  const std::vector<std::pair<int, int>> &instances)
{
    for (const Item &item : m_q.items) {
        if (item.repeat != scopeItem)
            continue;
        if (item.type == QuestionType::Repeat) {
            const auto count = m_instanceCounts.find(item.id);
            for (int k = 1; count != m_instanceCounts.end() && k <= count->second; ++k) {
                auto inner = instances;
                inner.emplace_back(item.id, k);
                addWideColumns(table, item.id, inner);
            }
        } else if (exported(item, m_options.includePii)) {
            addItemColumns(table, item, instances);
        }
    }
}

void ExportLayout::addItemColumns(ExportTableLayout &table, const Item &item,
                                  const std::vector<std::pair<int, int>> &instances)
{
    const bool central = m_options.profile == ExportProfile::OdkCentral;
    QString suffix;   // "_2_1"
    QString position; // " (2.1)"
    for (const auto &step : instances) {
        suffix += u'_' + QString::number(step.second);
        position += (position.isEmpty() ? QStringLiteral(" (") : QStringLiteral(".")) + QString::number(step.second);
    }
    if (!position.isEmpty())
        position += u')';
    ExportColumn column;
    column.item = item.id;
    column.type = columnType(item);
    column.header = header(item.id) + suffix;
    column.name = (m_options.presentation.groupPaths ? m_q.path(item.id) : item.name) + suffix;
    column.label = itemLabel(item.id) + position;
    column.instances = instances;
    table.columns.push_back(column);
    if (item.type == QuestionType::SelectMultiple && item.list >= 0) {
        // One 0/1 column per choice of the list (not per value seen: ODK Central's gap).
        const ChoiceList &list = m_q.lists[size_t(item.list)];
        for (size_t c = 0; c < list.choices.size(); ++c) {
            ExportColumn flag = column;
            flag.source = ColumnSource::Choice;
            flag.type = ColumnType::Flag;
            flag.choice = int(c);
            const QString choiceText = m_language >= 0 ? choiceLabel(item.id, int(c)) : list.choices[c].name;
            flag.header = column.header + u'/' + choiceText;
            flag.name = column.name + u'/' + list.choices[c].name;
            flag.label = column.label + QStringLiteral(": ") + choiceLabel(item.id, int(c));
            table.columns.push_back(flag);
        }
    } else if (item.type == QuestionType::Geopoint) {
        static const char *const kobo[] = {"latitude", "longitude", "altitude", "precision"};
        static const char *const odk[] = {"Latitude", "Longitude", "Altitude", "Accuracy"};
        // KoBo: `_q_latitude` (after the group path when paths are asked for); ODK Central: `q-Latitude`.
        const int slash = column.header.lastIndexOf(u'/');
        const QString prefix = slash >= 0 && !central ? column.header.left(slash + 1) : QString();
        const QString leaf = slash >= 0 && !central ? column.header.mid(slash + 1) : column.header;
        for (int part = 0; part < 4; ++part) {
            ExportColumn geo = column;
            geo.source = ColumnSource::GeoPart;
            geo.type = ColumnType::Number;
            geo.part = part;
            geo.header = central ? column.header + u'-' + QLatin1String(odk[part])
                                 : prefix + u'_' + leaf + u'_' + QLatin1String(kobo[part]);
            geo.name = u'_' + item.name + suffix + u'_' + QLatin1String(kobo[part]);
            geo.label = column.label + QStringLiteral(" (%1)").arg(QLatin1String(kobo[part]));
            table.columns.push_back(geo);
        }
    }
}

void ExportLayout::addMetaColumns(ExportTableLayout &table)
{
    const auto add = [&table](MetaColumn meta, const char *header, ColumnType type, const char *label,
                              bool fromSubmission = false) {
        ExportColumn column;
        column.source = ColumnSource::Meta;
        column.meta = meta;
        column.type = type;
        column.fromSubmission = fromSubmission;
        column.header = column.name = QString::fromLatin1(header);
        column.label = QString::fromLatin1(label);
        table.columns.push_back(column);
    };
    const bool main = table.repeat < 0;
    if (m_options.profile == ExportProfile::OdkCentral) {
        if (main) {
            add(MetaColumn::InstanceId, "meta-instanceID", ColumnType::Text, "Instance ID");
            add(MetaColumn::Key, "KEY", ColumnType::Text, "Stable row key");
            add(MetaColumn::SubmitterName, "SubmitterName", ColumnType::Text, "Enumerator");
            add(MetaColumn::ReviewState, "ReviewState", ColumnType::Text, "Review state");
            add(MetaColumn::Version, "FormVersion", ColumnType::Text, "Questionnaire version");
        } else {
            add(MetaColumn::ParentKey, "PARENT_KEY", ColumnType::Text, "Key of the parent row");
            add(MetaColumn::Key, "KEY", ColumnType::Text, "Stable row key");
        }
        return;
    }
    // KoBo's copy fields, in kpi's order, then formpack's link columns.
    struct Copy
    {
        MetaColumn meta;
        const char *name;
        ColumnType type;
        const char *label;
    };
    static const Copy copies[] = {
        {MetaColumn::Id, "_id", ColumnType::Integer, "Interview ID"},
        {MetaColumn::Uuid, "_uuid", ColumnType::Text, "Interview UUID"},
        {MetaColumn::SubmissionTime, "_submission_time", ColumnType::DateTime, "Created"},
        {MetaColumn::ValidationStatus, "_validation_status", ColumnType::Text, "Validation status"},
        {MetaColumn::Notes, "_notes", ColumnType::Text, "Notes"},
        {MetaColumn::Status, "_status", ColumnType::Text, "Status"},
        {MetaColumn::SubmittedBy, "_submitted_by", ColumnType::Text, "Enumerator"},
        {MetaColumn::Version, "__version__", ColumnType::Text, "Questionnaire version"},
        {MetaColumn::Tags, "_tags", ColumnType::Text, "Tags"},
    };
    if (main) {
        for (const Copy &c : copies)
            add(c.meta, c.name, c.type, c.label);
        add(MetaColumn::Index, "_index", ColumnType::Integer, "Row number");
        add(MetaColumn::Key, "KEY", ColumnType::Text, "Stable row key");
        return;
    }
    add(MetaColumn::Index, "_index", ColumnType::Integer, "Row number");
    add(MetaColumn::ParentTableName, "_parent_table_name", ColumnType::Text, "Parent table");
    add(MetaColumn::ParentIndex, "_parent_index", ColumnType::Integer, "Row number in the parent table");
    for (const Copy &c : copies) {
        const QByteArray name = QByteArray("_submission_") + c.name;
        ExportColumn column;
        column.source = ColumnSource::Meta;
        column.meta = c.meta;
        column.type = c.type;
        column.fromSubmission = true;
        column.header = column.name = QString::fromLatin1(name);
        column.label = QStringLiteral("Interview: %1").arg(QLatin1String(c.label));
        table.columns.push_back(column);
    }
    add(MetaColumn::ParentKey, "PARENT_KEY", ColumnType::Text, "Key of the parent row");
    add(MetaColumn::Key, "KEY", ColumnType::Text, "Stable row key");
}

void ExportLayout::addWorkflowTables()
{
    struct Field
    {
        const char *name;
        ColumnType type;
        const char *label;
    };
    const auto add = [this](TableKind kind, const char *name, std::initializer_list<Field> fields) {
        ExportTableLayout table;
        table.kind = kind;
        table.name = table.fileBase = QString::fromLatin1(name);
        ExportColumn key;
        key.source = ColumnSource::Meta;
        key.meta = MetaColumn::ParentKey;
        key.header = key.name = QStringLiteral("PARENT_KEY");
        key.label = QStringLiteral("Key of the interview");
        table.columns.push_back(key);
        ExportColumn id = key;
        id.meta = MetaColumn::Id;
        id.type = ColumnType::Integer;
        id.fromSubmission = true;
        id.header = id.name = QStringLiteral("_submission__id");
        id.label = QStringLiteral("Interview ID");
        table.columns.push_back(id);
        int part = 0;
        for (const Field &f : fields) {
            ExportColumn column;
            column.source = ColumnSource::Workflow;
            column.part = part++;
            column.type = f.type;
            column.header = column.name = QString::fromLatin1(f.name);
            column.label = QString::fromLatin1(f.label);
            table.columns.push_back(column);
        }
        m_tables.push_back(std::move(table));
    };
    add(TableKind::AcceptedWarnings, "_accepted_warnings",
        {{"question", ColumnType::Text, "Question"},
         {"instance", ColumnType::Text, "Repeat instance"},
         {"reason", ColumnType::Text, "Reason the warning was accepted"},
         {"accepted_by", ColumnType::Text, "Accepted by"},
         {"accepted_at", ColumnType::DateTime, "Accepted at"}});
    add(TableKind::Comments, "_comments",
        {{"question", ColumnType::Text, "Question (blank: the whole interview)"},
         {"instance", ColumnType::Text, "Repeat instance"},
         {"author", ColumnType::Text, "Author"},
         {"at", ColumnType::DateTime, "Written at"},
         {"text", ColumnType::Text, "Comment"},
         {"hidden", ColumnType::Integer, "Hidden (1) or shown (0)"}});
    add(TableKind::StatusHistory, "_status_history",
        {{"from_status", ColumnType::Text, "From status"},
         {"to_status", ColumnType::Text, "To status"},
         {"changed_by", ColumnType::Text, "Changed by"},
         {"changed_at", ColumnType::DateTime, "Changed at"},
         {"reason", ColumnType::Text, "Reason"}});
}

} // namespace flowdesk
