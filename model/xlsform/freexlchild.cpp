#include "freexlchild.h"

#include <freexl.h>

#include <cerrno>
#include <fcntl.h>
#include <cstring>
#include <string>

#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace flowdesk {

namespace {

constexpr int kTimeoutMs = 20000;        // FreeXL reads a real form in milliseconds
constexpr qsizetype kMaxOutput = 256 << 20; // cells are bounded before FreeXL runs; this is a last guard
constexpr quint64 kChildMemory = 384ull << 20; // FreeXL's allocations beyond what the process had when it forked

// What the child writes, record by record: a tag byte and fixed-size fields in host order (same machine).
enum Tag : char { SheetTag = 'S', CellTag = 'C', ErrorTag = 'E', PasswordTag = 'P', DoneTag = 'D' };

class ChildWriter
{
public:
    explicit ChildWriter(int fd) : m_fd(fd) {}
    template <typename T>
    void put(const T &value)
    {
        m_buffer.append(reinterpret_cast<const char *>(&value), sizeof value);
        if (m_buffer.size() >= 1 << 16)
            flush();
    }
    void putBytes(const char *text)
    {
        const quint32 length = text ? static_cast<quint32>(std::strlen(text)) : 0;
        put(length);
        m_buffer.append(text ? text : "", length);
    }
    void flush()
    {
        for (size_t at = 0; at < m_buffer.size();) {
            const ssize_t n = ::write(m_fd, m_buffer.data() + at, m_buffer.size() - at);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                _exit(2);
            at += static_cast<size_t>(n);
        }
        m_buffer.clear();
    }

private:
    int m_fd;
    std::string m_buffer;
};

// Caps the child's address space at what it has now plus `extra` bytes: FreeXL's own allocations for a damaged
// file then fail (it reports running out of memory) instead of taking the machine's memory.
void limitMemory(quint64 extra)
{
    char text[64] = {};
    const int fd = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    const ssize_t n = ::read(fd, text, sizeof text - 1);
    ::close(fd);
    quint64 pages = 0;
    for (ssize_t i = 0; i < n && text[i] >= '0' && text[i] <= '9'; ++i)
        pages = pages * 10 + quint64(text[i] - '0');
    const quint64 limit = pages * quint64(::sysconf(_SC_PAGESIZE)) + extra;
    const rlimit cap{limit, limit};
    ::setrlimit(RLIMIT_AS, &cap);
}

[[noreturn]] void runChild(const char *path, int fd)
{
    limitMemory(kChildMemory);
    ChildWriter out(fd);
    const auto error = [&](int code, int sheet, qint64 row, int column) {
        out.put(ErrorTag);
        out.put(qint32(code));
        out.put(qint32(sheet));
        out.put(row);
        out.put(qint32(column));
        out.flush();
        _exit(0);
    };
    const void *handle = nullptr;
    const int opened = freexl_open(path, &handle);
    if (opened != FREEXL_OK)
        error(opened, -1, -1, -1);
    unsigned int info = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        out.put(PasswordTag);
        out.flush();
        _exit(0);
    }
    unsigned int sheetCount = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK)
        error(FREEXL_BIFF_WORKBOOK_NOT_FOUND, -1, -1, -1);
    for (unsigned int s = 0; s < sheetCount && s < 0xFFFF; ++s) {
        const char *name = nullptr;
        unsigned int rows = 0;
        unsigned short columns = 0;
        const auto sheet = static_cast<unsigned short>(s);
        int got = freexl_get_worksheet_name(handle, sheet, &name);
        if (got == FREEXL_OK)
            got = freexl_select_active_worksheet(handle, sheet);
        if (got == FREEXL_OK)
            got = freexl_worksheet_dimensions(handle, &rows, &columns);
        if (got != FREEXL_OK)
            error(got, int(s), -1, -1);
        out.put(SheetTag);
        out.putBytes(name);
        out.put(quint32(rows));
        out.put(quint16(columns));
        for (unsigned int r = 0; r < rows; ++r) {
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue cell;
                got = freexl_get_cell_value(handle, r, c, &cell);
                if (got == FREEXL_ILLEGAL_CELL_ROW_COL || (got == FREEXL_OK && cell.type == FREEXL_CELL_NULL))
                    continue;
                if (got != FREEXL_OK)
                    error(got, int(s), r, c);
                out.put(CellTag);
                out.put(quint32(r));
                out.put(quint16(c));
                out.put(quint8(cell.type));
                if (cell.type == FREEXL_CELL_INT)
                    out.put(qint32(cell.value.int_value));
                else if (cell.type == FREEXL_CELL_DOUBLE)
                    out.put(cell.value.double_value);
                else
                    out.putBytes(cell.value.text_value);
            }
        }
    }
    out.put(DoneTag);
    out.flush();
    _exit(0);
}

qint64 monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// Reads what the child wrote; false when it is cut short or malformed.
class ParentReader
{
public:
    explicit ParentReader(const QByteArray &data) : m_data(data) {}
    bool atEnd() const { return m_at >= m_data.size(); }
    template <typename T>
    bool get(T &value)
    {
        if (m_at + qsizetype(sizeof value) > m_data.size())
            return false;
        std::memcpy(&value, m_data.constData() + m_at, sizeof value);
        m_at += sizeof value;
        return true;
    }
    bool getBytes(QByteArray &bytes)
    {
        quint32 length = 0;
        if (!get(length) || m_at + qsizetype(length) > m_data.size())
            return false;
        bytes = m_data.mid(m_at, length);
        m_at += length;
        return true;
    }

private:
    const QByteArray &m_data;
    qsizetype m_at = 0;
};

bool decode(const QByteArray &data, FreexlChild::Result &result)
{
    ParentReader in(data);
    while (!in.atEnd()) {
        char tag = 0;
        in.get(tag);
        switch (tag) {
        case SheetTag: {
            FreexlChild::SheetData sheet;
            if (!in.getBytes(sheet.name) || !in.get(sheet.rows) || !in.get(sheet.columns))
                return false;
            result.sheets.push_back(std::move(sheet));
            break;
        }
        case CellTag: {
            FreexlChild::Cell cell;
            if (result.sheets.empty() || !in.get(cell.row) || !in.get(cell.column) || !in.get(cell.type))
                return false;
            const bool ok = cell.type == FREEXL_CELL_INT      ? in.get(cell.intValue)
                            : cell.type == FREEXL_CELL_DOUBLE ? in.get(cell.doubleValue)
                                                              : in.getBytes(cell.text);
            if (!ok)
                return false;
            result.sheets.back().cells.push_back(std::move(cell));
            break;
        }
        case ErrorTag: {
            qint32 code = 0, sheet = 0, column = 0;
            qint64 row = 0;
            if (!in.get(code) || !in.get(sheet) || !in.get(row) || !in.get(column))
                return false;
            result.freexlError = code;
            result.errorSheet = sheet;
            result.errorRow = row;
            result.errorColumn = column;
            return true;
        }
        case PasswordTag:
            result.passwordProtected = true;
            return true;
        case DoneTag:
            return true;
        default:
            return false;
        }
    }
    return false; // no closing record: the child stopped half-way
}

} // namespace

FreexlChild::Result FreexlChild::read(const QByteArray &path)
{
    Result result;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        result.failure = QStringLiteral("the .xls reader cannot be started (%1)").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        runChild(path.constData(), fds[1]);
    }
    ::close(fds[1]);
    if (child < 0) {
        ::close(fds[0]);
        result.failure = QStringLiteral("the .xls reader cannot be started (%1)").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }

    QByteArray data;
    const qint64 deadline = monotonicMs() + kTimeoutMs;
    bool timedOut = false;
    bool tooLarge = false;
    char buffer[1 << 16];
    for (;;) {
        const qint64 left = deadline - monotonicMs();
        pollfd pfd{fds[0], POLLIN, 0};
        const int ready = left > 0 ? ::poll(&pfd, 1, int(left)) : 0;
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0) {
            timedOut = true;
            break;
        }
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data.append(buffer, n);
        if (data.size() > kMaxOutput) {
            tooLarge = true;
            break;
        }
    }
    ::close(fds[0]);
    if (timedOut || tooLarge)
        ::kill(child, SIGKILL);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (timedOut)
        result.failure = QStringLiteral("reading it took longer than %1 seconds; it is probably damaged").arg(kTimeoutMs / 1000);
    else if (tooLarge)
        result.failure = QStringLiteral("it holds more than %1 MB of cells").arg(kMaxOutput >> 20);
    else if (WIFSIGNALED(status))
        result.failure = QStringLiteral("it is damaged: the .xls reader (FreeXL) failed on it");
    else if (!decode(data, result))
        result.failure = QStringLiteral("it is damaged: the .xls reader (FreeXL) stopped half-way through it");
    return result;
}

} // namespace flowdesk
