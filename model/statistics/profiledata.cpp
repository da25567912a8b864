#include "profiledata.h"

#include "interview/interview.h"
#include "questionnaire/questionnaire.h"
#include "store/profilereader.h"

#include <QDate>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <mutex>
#include <thread>

namespace flowdesk {

namespace {

constexpr std::int32_t kNoRow = -1;

// The top-level instance number of a repeat answer ("2"), 0 for nested instances ("2.1") and the main form.
std::uint32_t instanceNumber(std::string_view instance)
{
    std::uint32_t n = 0;
    const auto [end, ec] = std::from_chars(instance.data(), instance.data() + instance.size(), n);
    return ec == std::errc() && end == instance.data() + instance.size() ? n : 0;
}

std::int32_t julianDay(std::string_view text)
{
    int y = 0, m = 0, d = 0;
    if (text.size() < 10)
        return 0;
    std::from_chars(text.data(), text.data() + 4, y);
    std::from_chars(text.data() + 5, text.data() + 7, m);
    std::from_chars(text.data() + 8, text.data() + 10, d);
    const QDate date(y, m, d);
    return date.isValid() ? std::int32_t(date.toJulianDay()) : 0;
}

ProfileData::Kind kindOf(const Item &item)
{
    switch (item.type) {
    case QuestionType::SelectOne:
        return ProfileData::Kind::Choice;
    case QuestionType::SelectMultiple:
        return ProfileData::Kind::Choices;
    case QuestionType::Date:
        return ProfileData::Kind::Date;
    default:
        return ProfileData::Kind::Number;
    }
}

} // namespace

ProfileData::ProfileData(const QString &path, qint64 questionnaireId, const Questionnaire &questionnaire)
    : m_path(path), m_questionnaireId(questionnaireId), m_q(questionnaire), m_reader(new ProfileReader)
{
}

ProfileData::~ProfileData() = default;

bool ProfileData::storable(const Questionnaire &q, int item)
{
    if (item < 0 || item >= int(q.items.size()))
        return false;
    const Item &it = q.item(item);
    switch (it.type) {
    case QuestionType::SelectOne:
    case QuestionType::Integer:
    case QuestionType::Decimal:
    case QuestionType::Calculate:
    case QuestionType::Date:
        return true;
    case QuestionType::SelectMultiple:
        return q.choiceList(it) != nullptr;
    default:
        return false;
    }
}

const ProfileData::Column *ProfileData::column(int item) const
{
    const auto it = m_columns.find(item);
    return it == m_columns.end() ? nullptr : it->second.get();
}

const ProfileData::Repeat *ProfileData::repeat(int item) const
{
    const auto it = m_repeats.find(item);
    return it == m_repeats.end() ? nullptr : it->second.get();
}

std::int64_t ProfileData::rowOf(qint64 id) const
{
    const qint64 slot = id - m_idBase;
    if (slot < 0 || slot >= qint64(m_rowById.size()))
        return kNoRow;
    return m_rowById[size_t(slot)];
}

std::unique_ptr<ProfileData> ProfileData::load(const QString &path, qint64 questionnaireId,
                                               const Questionnaire &questionnaire, const std::vector<int> &items,
                                               const std::function<void(int, int)> &progress, QString *error)
{
    std::unique_ptr<ProfileData> data(new ProfileData(path, questionnaireId, questionnaire));
    if (!data->m_reader->open(path, error))
        return nullptr;
    data->m_dataVersion = data->m_reader->dataVersion();
    data->m_fieldIds = data->m_reader->fieldIds(questionnaireId, error);
    if (data->m_fieldIds.size() != questionnaire.items.size()) {
        if (error && data->m_fieldIds.size() != 0)
            *error = QStringLiteral("The stored questionnaire %1 does not match the one loaded.").arg(questionnaireId);
        else if (error && error->isEmpty())
            *error = QStringLiteral("Questionnaire %1 is not in %2.").arg(questionnaireId).arg(path);
        return nullptr;
    }
    for (size_t i = 0; i < data->m_fieldIds.size(); ++i)
        data->m_itemByField[data->m_fieldIds[i]] = int(i);
    if (progress)
        progress(0, int(items.size()) + 1);
    if (!data->loadInterviews(error))
        return nullptr;
    if (progress)
        progress(1, int(items.size()) + 1);
    std::function<void(int)> step;
    if (progress)
        step = [&](int done) { progress(done + 1, int(items.size()) + 1); };
    if (!data->addColumns(items, error, step))
        return nullptr;
    if (progress)
        progress(int(items.size()) + 1, int(items.size()) + 1);
    return data;
}

bool ProfileData::loadInterviews(QString *error)
{
    m_ids.clear();
    m_status.clear();
    m_live = 0;
    return m_reader->interviews(
        m_questionnaireId,
        [this](qint64 id, std::string_view status, qint64 modified) {
            appendRow(id);
            bool ok = false;
            const InterviewStatus s = statusFromName(QString::fromLatin1(status.data(), qsizetype(status.size())), &ok);
            m_status.back() = ok ? std::uint8_t(int(s) + 1) : 0;
            m_lastModified = std::max(m_lastModified, modified);
        },
        error);
}

std::size_t ProfileData::appendRow(qint64 id)
{
    if (m_ids.empty() && m_rowById.empty())
        m_idBase = id;
    if (id < m_idBase) { // ids only grow in practice; keep it correct anyway
        const auto shift = size_t(m_idBase - id);
        m_rowById.insert(m_rowById.begin(), shift, kNoRow);
        m_idBase = id;
    }
    const auto slot = size_t(id - m_idBase);
    if (slot >= m_rowById.size())
        m_rowById.resize(std::max(slot + 1, m_rowById.size() + m_rowById.size() / 4), kNoRow);
    const size_t row = m_ids.size();
    m_rowById[slot] = std::int32_t(row);
    m_ids.push_back(id);
    m_status.push_back(0);
    ++m_live;
    return row;
}

void ProfileData::resizeColumn(Column &column, std::size_t size)
{
    switch (column.kind) {
    case Kind::Choice:
        column.codes.resize(size, 0);
        break;
    case Kind::Choices:
        column.masks.resize(size * std::size_t(column.maskWords), 0);
        break;
    case Kind::Number:
        column.numbers.resize(size, std::nanf(""));
        break;
    case Kind::Date:
        column.days.resize(size, 0);
        break;
    }
}

void ProfileData::setValue(Column &column, std::size_t row, std::string_view value)
{
    const Item &item = m_q.item(column.item);
    switch (column.kind) {
    case Kind::Choice: {
        const ChoiceList *list = m_q.choiceList(item);
        const int index = list ? list->indexOf(QString::fromUtf8(value.data(), qsizetype(value.size()))) : -1;
        if (index >= 0) {
            column.codes[row] = std::uint16_t(index + 1);
            return;
        }
        const std::string key(value);
        auto it = column.extraCodes.find(key);
        if (it == column.extraCodes.end()) {
            column.extra << QString::fromUtf8(value.data(), qsizetype(value.size()));
            it = column.extraCodes.emplace(key, std::uint16_t(column.listSize + column.extra.size())).first;
        }
        column.codes[row] = it->second;
        return;
    }
    case Kind::Choices: {
        const ChoiceList *list = m_q.choiceList(item);
        std::uint64_t *mask = column.masks.data() + row * std::size_t(column.maskWords);
        std::fill(mask, mask + column.maskWords, 0);
        size_t start = 0;
        while (list && start < value.size()) {
            size_t end = value.find(' ', start);
            if (end == std::string_view::npos)
                end = value.size();
            if (end > start) {
                const std::string_view name = value.substr(start, end - start);
                const int index = list->indexOf(QString::fromUtf8(name.data(), qsizetype(name.size())));
                if (index >= 0 && index < column.maskWords * 64)
                    mask[index / 64] |= std::uint64_t(1) << (index % 64);
            }
            start = end + 1;
        }
        return;
    }
    case Kind::Number: {
        double number = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
        column.numbers[row] = ec == std::errc() && end == value.data() + value.size() ? float(number) : std::nanf("");
        return;
    }
    case Kind::Date:
        column.days[row] = julianDay(value);
        return;
    }
}

bool ProfileData::loadRepeat(ProfileReader &reader, int item, QString *error)
{
    auto repeat = std::make_unique<Repeat>();
    repeat->item = item;
    repeat->first.assign(m_ids.size(), 0);
    repeat->count.assign(m_ids.size(), 0);
    if (!reader.answers(
            m_fieldIds[size_t(item)],
            [&](qint64 id, std::string_view instance, std::string_view) {
                const auto row = rowOf(id);
                const std::uint32_t n = instanceNumber(instance);
                if (row >= 0 && n > 0)
                    repeat->count[size_t(row)] = std::max(repeat->count[size_t(row)], n);
            },
            error))
        return false;
    std::uint32_t next = 0;
    for (size_t row = 0; row < m_ids.size(); ++row) {
        repeat->first[row] = next;
        next += repeat->count[row];
    }
    repeat->parent.resize(next);
    for (size_t row = 0; row < m_ids.size(); ++row) {
        for (std::uint32_t i = 0; i < repeat->count[row]; ++i)
            repeat->parent[repeat->first[row] + i] = std::uint32_t(row);
    }
    m_repeats[item] = std::move(repeat);
    return true;
}

bool ProfileData::loadColumn(ProfileReader &reader, Column &column, QString *error)
{
    const Repeat *rep = column.repeat >= 0 ? repeat(column.repeat) : nullptr;
    resizeColumn(column, rep ? rep->parent.size() : m_ids.size());
    // The value index hands out equal values together: decode once per run of equal values.
    std::string last;
    bool haveLast = false;
    Column decoded; // one-row column holding the decoded `last`
    decoded.item = column.item;
    decoded.kind = column.kind;
    decoded.listSize = column.listSize;
    decoded.maskWords = column.maskWords;
    resizeColumn(decoded, 1);
    return reader.answers(
        m_fieldIds[size_t(column.item)],
        [&](qint64 id, std::string_view instance, std::string_view value) {
            const auto row = rowOf(id);
            if (row < 0 || value.empty())
                return;
            size_t target = size_t(row);
            if (rep) {
                const std::uint32_t n = instanceNumber(instance);
                if (n == 0 || n > rep->count[size_t(row)])
                    return;
                target = rep->first[size_t(row)] + n - 1;
            }
            if (column.kind == Kind::Choice) { // codes for values outside the list live in `column`
                setValue(column, target, value);
                return;
            }
            if (!haveLast || value != last) {
                last.assign(value);
                haveLast = true;
                setValue(decoded, 0, value);
            }
            switch (column.kind) {
            case Kind::Choices:
                std::copy_n(decoded.masks.begin(), column.maskWords,
                            column.masks.begin() + std::ptrdiff_t(target) * column.maskWords);
                break;
            case Kind::Number:
                column.numbers[target] = decoded.numbers[0];
                break;
            case Kind::Date:
                column.days[target] = decoded.days[0];
                break;
            case Kind::Choice:
                break;
            }
        },
        error);
}

bool ProfileData::addColumns(const std::vector<int> &items, QString *error, const std::function<void(int)> &progress)
{
    std::vector<Column *> pending;
    for (int item : items) {
        if (!storable(m_q, item) || m_columns.count(item))
            continue;
        const Item &it = m_q.item(item);
        if (it.repeat >= 0 && !m_repeats.count(it.repeat) && !loadRepeat(*m_reader, it.repeat, error))
            return false;
        auto column = std::make_unique<Column>();
        column->item = item;
        column->repeat = it.repeat;
        column->kind = kindOf(it);
        const ChoiceList *list = m_q.choiceList(it);
        column->listSize = list ? int(list->choices.size()) : 0;
        column->maskWords = std::max(1, (column->listSize + 63) / 64);
        pending.push_back(column.get());
        m_columns[item] = std::move(column);
    }
    // One connection per worker: SQLite produces rows on each in parallel (the columns are independent).
    std::atomic<size_t> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> failed{false};
    std::mutex errorLock;
    auto work = [&](ProfileReader *reader) {
        const bool primary = reader != nullptr;
        ProfileReader own;
        QString why;
        if (!reader) {
            if (!own.open(m_path, &why)) {
                failed = true;
                const std::lock_guard lock(errorLock);
                if (error)
                    *error = why;
                return;
            }
            reader = &own;
        }
        for (size_t i = next++; i < pending.size() && !failed; i = next++) {
            if (!loadColumn(*reader, *pending[i], &why)) {
                failed = true;
                const std::lock_guard lock(errorLock);
                if (error)
                    *error = why;
            }
            const int finished = ++done;
            if (progress && primary) // the callback runs on the calling thread only
                progress(finished);
        }
    };
    const int workers = std::clamp(QThread::idealThreadCount(), 1, 4);
    std::vector<std::thread> threads;
    for (int w = 1; w < workers && size_t(w) < pending.size(); ++w)
        threads.emplace_back(work, nullptr);
    work(m_reader.get());
    for (std::thread &t : threads)
        t.join();
    if (failed) {
        for (Column *c : pending)
            m_columns.erase(c->item);
        return false;
    }
    return true;
}

bool ProfileData::reread(const std::vector<std::size_t> &rows, QString *error)
{
    struct Answer
    {
        int item;
        std::uint32_t instance;
        std::string value;
    };
    for (size_t row : rows) {
        std::vector<Answer> answers;
        if (!m_reader->answersOf(
                m_ids[row],
                [&](qint64 field, std::string_view instance, std::string_view value) {
                    const auto it = m_itemByField.find(field);
                    if (it != m_itemByField.end() &&
                        (m_columns.count(it->second) || m_repeats.count(it->second)))
                        answers.push_back({it->second, instanceNumber(instance), std::string(value)});
                },
                error))
            return false;
        // Each repeat gets a new block at its end; the old instances are marked dead.
        for (auto &[item, repeat] : m_repeats) {
            for (std::uint32_t i = 0; i < repeat->count[row]; ++i)
                repeat->parent[repeat->first[row] + i] = kDead;
            std::uint32_t count = 0;
            for (const Answer &a : answers) {
                if (a.item == item)
                    count = std::max(count, a.instance);
            }
            repeat->first[row] = std::uint32_t(repeat->parent.size());
            repeat->count[row] = count;
            repeat->parent.resize(repeat->parent.size() + count, std::uint32_t(row));
        }
        for (auto &[item, column] : m_columns) {
            const Repeat *rep = column->repeat >= 0 ? repeat(column->repeat) : nullptr;
            resizeColumn(*column, rep ? rep->parent.size() : m_ids.size());
            if (!rep) {
                Column &c = *column;
                switch (c.kind) {
                case Kind::Choice: c.codes[row] = 0; break;
                case Kind::Choices:
                    std::fill_n(c.masks.begin() + std::ptrdiff_t(row) * c.maskWords, c.maskWords, 0);
                    break;
                case Kind::Number: c.numbers[row] = std::nanf(""); break;
                case Kind::Date: c.days[row] = 0; break;
                }
            }
        }
        for (const Answer &a : answers) {
            const auto it = m_columns.find(a.item);
            if (it == m_columns.end() || a.value.empty())
                continue;
            Column &c = *it->second;
            const Repeat *rep = c.repeat >= 0 ? repeat(c.repeat) : nullptr;
            if (rep) {
                if (a.instance == 0 || a.instance > rep->count[row])
                    continue;
                setValue(c, rep->first[row] + a.instance - 1, a.value);
            } else {
                setValue(c, row, a.value);
            }
        }
    }
    return true;
}

qint64 ProfileData::refresh(QString *error)
{
    const qint64 version = m_reader->dataVersion();
    if (version == m_dataVersion)
        return 0;
    m_dataVersion = version;
    std::vector<size_t> changed;
    const qint64 since = m_lastModified;
    bool ok = m_reader->changedSince(
        m_questionnaireId, since,
        [&](qint64 id, std::string_view status, qint64 modified) {
            auto row = rowOf(id);
            if (row < 0) {
                row = qint64(appendRow(id));
                for (auto &[item, repeat] : m_repeats) {
                    repeat->first.push_back(std::uint32_t(repeat->parent.size()));
                    repeat->count.push_back(0);
                }
                for (auto &[item, column] : m_columns) {
                    if (column->repeat < 0)
                        resizeColumn(*column, m_ids.size());
                }
            }
            bool known = false;
            const InterviewStatus s = statusFromName(QString::fromLatin1(status.data(), qsizetype(status.size())), &known);
            m_status[size_t(row)] = known ? std::uint8_t(int(s) + 1) : 0;
            m_lastModified = std::max(m_lastModified, modified);
            changed.push_back(size_t(row));
        },
        error);
    if (!ok || !reread(changed, error))
        return -1;
    // Removed interviews: rare (drafts deleted), found by the count; then every status is read again.
    const qint64 stored = m_reader->interviewCount(m_questionnaireId, error);
    if (stored < 0)
        return -1;
    if (stored != m_live) {
        std::vector<std::uint8_t> seen(m_ids.size(), 0);
        ok = m_reader->interviews(
            m_questionnaireId,
            [&](qint64 id, std::string_view, qint64) {
                const auto row = rowOf(id);
                if (row >= 0)
                    seen[size_t(row)] = 1;
            },
            error);
        if (!ok)
            return -1;
        m_live = 0;
        for (size_t row = 0; row < m_ids.size(); ++row) {
            if (!seen[row]) {
                m_status[row] = 0;
                for (auto &[item, repeat] : m_repeats) {
                    for (std::uint32_t i = 0; i < repeat->count[row]; ++i)
                        repeat->parent[repeat->first[row] + i] = kDead;
                    repeat->count[row] = 0;
                }
            } else {
                ++m_live;
            }
        }
    }
    return qint64(changed.size());
}

} // namespace flowdesk
