#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

namespace flowdesk {

class ProfileReader;
class Questionnaire;

// The compact in-memory form of the charted answers: a column store with one small integer code (or a number, a
// day, a bit set) per interview for each charted question, and per repeat instance for questions in a repeat
// (travel companions are counted as people, not interviews). Whole-profile aggregations over a million interviews
// then run in tens of milliseconds, where a query per chart would take seconds (measured: tests/bench/
// profile_bench.cpp). Built once from the file with SQLite's C API (ProfileReader), then kept up to date by
// refresh(), which re-reads only the interviews modified since. Not thread-safe: one thread at a time (the
// profile screen keeps it on its worker thread).
class ProfileData
{
public:
    enum class Kind { Choice, Choices, Number, Date };
    static constexpr std::uint32_t kDead = 0xffffffffu; // a repeat row whose interview was re-read or removed

    struct Column
    {
        int item = -1;
        int repeat = -1; // the enclosing repeat's item id, -1 in the main form
        Kind kind = Kind::Choice;
        int listSize = 0;                    // choices in the list
        std::vector<std::uint16_t> codes;    // Choice: 0 missing, 1..listSize the choices, then `extra`
        // Choices: a bit set per row of `maskWords` 64-bit words, bit i = choice i (one word for lists of at most
        // 64 choices, the usual case; longer lists take more words, not a cap).
        std::vector<std::uint64_t> masks;
        int maskWords = 1;
        std::vector<float> numbers;          // Number: NaN when missing
        std::vector<std::int32_t> days;      // Date: Julian day, 0 when missing
        QStringList extra;                   // values that are not in the choice list
        std::unordered_map<std::string, std::uint16_t> extraCodes;
    };
    struct Repeat
    {
        int item = -1;
        std::vector<std::uint32_t> parent; // interview row of each repeat row, kDead when gone
        std::vector<std::uint32_t> first;  // by interview row: its first repeat row
        std::vector<std::uint32_t> count;  // by interview row: how many instances
    };

    // Loads the interviews of a stored questionnaire and the columns of `items` (plus their repeats).
    // `progress(done, total)` after each column. Null with `error` on failure.
    static std::unique_ptr<ProfileData> load(const QString &path, qint64 questionnaireId,
                                             const Questionnaire &questionnaire, const std::vector<int> &items,
                                             const std::function<void(int, int)> &progress, QString *error);
    ~ProfileData();

    // Loads further columns (a chart added later); already loaded ones are skipped.
    // `progress(done)` after each column, on the calling thread.
    bool addColumns(const std::vector<int> &items, QString *error, const std::function<void(int)> &progress = {});
    // Applies what other connections committed since the last look: new, changed and removed interviews. Returns
    // how many interviews were re-read (0 when nothing changed), -1 on error.
    qint64 refresh(QString *error);

    const Questionnaire &questionnaire() const { return m_q; }
    std::size_t rows() const { return m_ids.size(); }
    qint64 id(std::size_t row) const { return m_ids[row]; }
    // InterviewStatus + 1, 0 for a removed interview.
    const std::vector<std::uint8_t> &statuses() const { return m_status; }
    const Column *column(int item) const;
    // The words of a Choices column's bit set for `row`.
    static const std::uint64_t *maskOf(const Column &column, std::size_t row)
    {
        return column.masks.data() + row * std::size_t(column.maskWords);
    }
    const Repeat *repeat(int item) const;
    // Whether `item` can live in the column store (selects with a choice list, numbers, dates).
    static bool storable(const Questionnaire &questionnaire, int item);

private:
    ProfileData(const QString &path, qint64 questionnaireId, const Questionnaire &questionnaire);
    bool loadInterviews(QString *error);
    bool loadRepeat(ProfileReader &reader, int item, QString *error);
    bool loadColumn(ProfileReader &reader, Column &column, QString *error);
    void setValue(Column &column, std::size_t row, std::string_view value);
    void resizeColumn(Column &column, std::size_t size);
    std::int64_t rowOf(qint64 id) const;
    std::size_t appendRow(qint64 id);
    bool reread(const std::vector<std::size_t> &rows, QString *error);

    QString m_path;
    qint64 m_questionnaireId = 0;
    const Questionnaire &m_q;
    std::unique_ptr<ProfileReader> m_reader; // kept open: PRAGMA data_version is per connection
    qint64 m_dataVersion = -1;
    qint64 m_lastModified = 0;
    std::vector<qint64> m_fieldIds; // by item
    std::unordered_map<qint64, int> m_itemByField;
    std::vector<qint64> m_ids;
    std::vector<std::uint8_t> m_status;
    qint64 m_idBase = 0;
    std::vector<std::int32_t> m_rowById; // id - m_idBase -> row, -1
    std::unordered_map<int, std::unique_ptr<Column>> m_columns;
    std::unordered_map<int, std::unique_ptr<Repeat>> m_repeats;
    qint64 m_live = 0;
};

} // namespace flowdesk
