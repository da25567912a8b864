#include "exportrows.h"

#include "store/interviewstream.h"

#include <QTimeZone>

namespace flowdesk {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString isoTime(qint64 ms)
{
    return isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

QString validationStatus(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Approved:
    case InterviewStatus::Exported:
        return QStringLiteral("validation_status_approved");
    case InterviewStatus::Rejected:
        return QStringLiteral("validation_status_not_approved");
    case InterviewStatus::Completed:
        return QStringLiteral("validation_status_on_hold");
    case InterviewStatus::Draft:
        break;
    }
    return {};
}

QString reviewState(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Approved:
    case InterviewStatus::Exported:
        return QStringLiteral("approved");
    case InterviewStatus::Rejected:
        return QStringLiteral("rejected");
    default:
        return {};
    }
}

bool hasChoice(QStringView answer, QStringView choice)
{
    for (const QStringView token : answer.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (token == choice)
            return true;
    }
    return false;
}

QStringView geoPart(QStringView value, int part)
{
    int k = 0;
    for (const QStringView token : value.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (k++ == part)
            return token;
    }
    return {};
}

} // namespace

ExportRows::ExportRows(const Questionnaire &questionnaire, const ExportLayout &layout)
    : m_q(questionnaire), m_layout(layout), m_validator(questionnaire), m_counters(layout.tables().size(), 0),
      m_rows(layout.tables().size())
{
    for (size_t t = 0; t < layout.tables().size(); ++t)
        m_rows[t].resize(layout.tables()[t].columns.size());
}

QString ExportRows::interviewKey(const Interview &interview)
{
    return QStringLiteral("uuid:") + interview.uuid.toString(QUuid::WithoutBraces);
}

// Skipped or unanswered for a blank; a value given to a question that does not apply is exported as skipped, as
// ODK drops such values from a submission.
ExportCell::State ExportRows::answerState(int scope, int item, const QString &value)
{
    const InterviewLayout &layout = m_validator.layout();
    if (!layout.relevant(scope, item))
        return ExportCell::Skipped;
    if (!value.isEmpty())
        return ExportCell::Value;
    // The Validator leaves an optional blank question's own condition unworked (nothing hangs on it there).
    const Item &it = m_q.item(item);
    if (!it.relevant.isNull()) {
        ScopeContext context(layout, scope, item, m_clock, -1);
        bool failed = false;
        if (!it.relevant.evaluateBoolean(context, &failed) && !failed)
            return ExportCell::Skipped;
    }
    return ExportCell::Unanswered;
}

void ExportRows::fillMeta(const ExportColumn &column, int table, int scope, const StreamedInterview &streamed,
                          ExportCell &cell)
{
    const Interview &interview = streamed.interview;
    cell.state = ExportCell::Value;
    const InterviewLayout &layout = m_validator.layout();
    const int parentScope = scope > 0 ? layout.scope(scope).parent : -1;
    switch (column.meta) {
    case MetaColumn::Id:
        cell.text = QString::number(interview.id);
        break;
    case MetaColumn::Uuid:
        cell.text = interview.uuid.toString(QUuid::WithoutBraces);
        break;
    case MetaColumn::InstanceId:
        cell.text = interviewKey(interview);
        break;
    case MetaColumn::SubmissionTime:
        cell.text = isoTime(interview.created);
        break;
    case MetaColumn::Modified:
        cell.text = isoTime(interview.modified);
        break;
    case MetaColumn::ValidationStatus:
        cell.text = validationStatus(interview.status);
        break;
    case MetaColumn::ReviewState:
        cell.text = reviewState(interview.status);
        break;
    case MetaColumn::Status:
        // A batch shows its interviews as they were when picked (approved): the export itself is the batch, and
        // re-exporting it must give the same bytes.
        cell.text = statusName(interview.status == InterviewStatus::Exported ? InterviewStatus::Approved
                                                                              : interview.status);
        break;
    case MetaColumn::SubmittedBy:
    case MetaColumn::SubmitterName:
        cell.text = interview.enumerator;
        break;
    case MetaColumn::Office:
        cell.text = interview.office;
        break;
    case MetaColumn::Version:
        cell.text = m_q.version;
        break;
    case MetaColumn::Notes:
    case MetaColumn::Tags:
        cell.text.clear();
        break;
    case MetaColumn::Index:
        cell.text = QString::number(m_scopeIndex[size_t(scope)]);
        break;
    case MetaColumn::ParentTableName:
        cell.text = m_layout.tables()[size_t(m_layout.tables()[size_t(table)].parent)].name;
        break;
    case MetaColumn::ParentIndex:
        cell.text = parentScope >= 0 ? QString::number(m_scopeIndex[size_t(parentScope)]) : QString();
        break;
    case MetaColumn::Key:
        cell.text = m_scopeKey[size_t(scope)];
        break;
    case MetaColumn::ParentKey:
        cell.text = m_scopeKey[size_t(parentScope >= 0 ? parentScope : 0)];
        break;
    }
}

int ExportRows::wideScope(const ExportColumn &column) const
{
    const InterviewLayout &layout = m_validator.layout();
    int current = 0;
    for (const auto &[repeat, index] : column.instances) {
        int found = -1;
        for (const int s : layout.instances(repeat)) {
            if (layout.scope(s).parent == current && layout.scope(s).index == index) {
                found = s;
                break;
            }
        }
        if (found < 0)
            return -1;
        current = found;
    }
    return current;
}

bool ExportRows::add(StreamedInterview &streamed, const std::function<bool(int, const ExportRow &)> &sink)
{
    const Interview &interview = streamed.interview;
    if (m_clock.at != interview.created)
        m_clock = InterviewClock(interview.created);
    // The Validator lays out a copy and works out relevance on it; it also recalculates calculations into it,
    // but the export writes what was stored, so values are read from the interview itself.
    m_work = interview;
    m_validator.validate(m_work);
    const InterviewLayout &layout = m_validator.layout();
    m_stored.assign(size_t(layout.scopeCount()), nullptr);
    m_stored[0] = &interview.answers;
    for (int s = 1; s < layout.scopeCount(); ++s) {
        const InterviewLayout::Scope &scope = layout.scope(s);
        const AnswerScope *parent = m_stored[size_t(scope.parent)];
        const RepeatAnswers *instances = parent ? parent->repeat(scope.repeatItem) : nullptr;
        m_stored[size_t(s)] = instances && scope.index >= 1 && size_t(scope.index) <= instances->instances.size()
                                  ? &instances->instances[size_t(scope.index - 1)]
                                  : nullptr;
    }
    m_scopeIndex.assign(size_t(layout.scopeCount()), 0);
    m_scopeKey.assign(size_t(layout.scopeCount()), QString());
    m_scopeKey[0] = interviewKey(interview);

    const auto &tables = m_layout.tables();
    for (size_t t = 0; t < tables.size(); ++t) {
        const ExportTableLayout &table = tables[t];
        ExportRow &row = m_rows[t];
        if (table.kind != TableKind::Data) {
            const auto writeRecord = [&](const QStringList &fields) {
                for (size_t c = 0; c < table.columns.size(); ++c) {
                    const ExportColumn &column = table.columns[c];
                    if (column.source == ColumnSource::Meta) {
                        fillMeta(column, int(t), 0, streamed, row[c]);
                    } else {
                        row[c].text = fields[column.part];
                        row[c].state = ExportCell::Value;
                    }
                }
                return sink(int(t), row);
            };
            const auto question = [this](int item) { return item >= 0 ? m_q.path(item) : QString(); };
            if (table.kind == TableKind::AcceptedWarnings) {
                for (const auto &w : streamed.warnings) {
                    if (!writeRecord({question(w.item), w.instance, w.reason, w.account, isoTime(w.at)}))
                        return false;
                }
            } else if (table.kind == TableKind::Comments) {
                for (const auto &c : streamed.comments) {
                    if (!writeRecord({question(c.item), c.instance, c.author, isoTime(c.at), c.text,
                               c.hidden ? QStringLiteral("1") : QStringLiteral("0")}))
                        return false;
                }
            } else {
                for (const auto &h : streamed.history) {
                    if (h.to == statusName(InterviewStatus::Exported))
                        continue; // the batch records its own export (see MetaColumn::Status)
                    if (!writeRecord({h.from, h.to, h.account, isoTime(h.at), h.reason}))
                        return false;
                }
            }
            continue;
        }
        static const std::vector<int> top{0};
        const std::vector<int> &scopes = table.repeat < 0 ? top : layout.instances(table.repeat);
        for (const int s : scopes) {
            m_scopeIndex[size_t(s)] = ++m_counters[t];
            if (s > 0) {
                const InterviewLayout::Scope &scope = layout.scope(s);
                m_scopeKey[size_t(s)] = m_scopeKey[size_t(scope.parent)] + u'/' + table.keyPath + u'['
                                        + QString::number(scope.index) + u']';
            }
            int lastItem = -1;
            int lastScope = -1;
            ExportCell::State lastState = ExportCell::Value;
            for (size_t c = 0; c < table.columns.size(); ++c) {
                const ExportColumn &column = table.columns[c];
                ExportCell &cell = row[c];
                if (column.source == ColumnSource::Meta) {
                    fillMeta(column, int(t), column.fromSubmission ? 0 : s, streamed, cell);
                    continue;
                }
                // Wide layout: the answer of the repeat instance the column stands for; none when this interview
                // has fewer instances (blank, as not applicable).
                const int scope = column.instances.empty() ? s : wideScope(column);
                if (scope < 0) {
                    cell.state = ExportCell::Skipped;
                    cell.text.clear();
                    continue;
                }
                const AnswerScope *stored = m_stored[size_t(scope)];
                const QString value = stored ? stored->value(column.item) : QString();
                if (column.item != lastItem || scope != lastScope) {
                    lastItem = column.item;
                    lastScope = scope;
                    lastState = answerState(scope, column.item, value);
                }
                cell.state = lastState;
                if (lastState != ExportCell::Value) {
                    cell.text.clear();
                    continue;
                }
                switch (column.source) {
                case ColumnSource::Answer:
                    cell.text = value;
                    break;
                case ColumnSource::Choice: {
                    const ChoiceList *list = m_q.choiceList(m_q.item(column.item));
                    cell.text = hasChoice(value, list->choices[size_t(column.choice)].name) ? QStringLiteral("1")
                                                                                           : QStringLiteral("0");
                    break;
                }
                case ColumnSource::GeoPart:
                    cell.text = geoPart(value, column.part).toString();
                    break;
                default:
                    break;
                }
            }
            if (!sink(int(t), row))
                return false;
        }
    }
    return true;
}

} // namespace flowdesk
