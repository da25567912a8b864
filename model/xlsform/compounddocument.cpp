#include "compounddocument.h"

#include <QString>
#include <QtEndian>

#include <vector>

namespace flowdesk {

namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kFreeSector = 0xFFFFFFFF;
constexpr int kHeaderDifatEntries = 109;
constexpr int kDirectoryEntrySize = 128;

class Reader
{
public:
    explicit Reader(const QByteArray &file) : m_file(file) {}

    std::optional<QByteArray> stream(QStringView name)
    {
        if (m_file.size() < 512 || !m_file.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
            return std::nullopt;
        const quint16 shift = u16(0x1E);
        const quint16 miniShift = u16(0x20);
        if ((shift != 9 && shift != 12) || miniShift != 6)
            return std::nullopt;
        m_sectorSize = 1 << shift;
        if (!readFat())
            return std::nullopt;
        const std::optional<QByteArray> directory = chain(m_fat, u32(0x30), m_sectorSize, [&](quint32 s) {
            return sector(s);
        });
        if (!directory)
            return std::nullopt;
        const quint32 cutoff = u32(0x38);
        std::optional<QByteArray> miniStream;
        std::vector<quint32> miniFat;
        for (qsizetype at = 0; at + kDirectoryEntrySize <= directory->size(); at += kDirectoryEntrySize) {
            const char *entry = directory->constData() + at;
            const quint16 nameBytes = qFromLittleEndian<quint16>(entry + 0x40);
            const quint8 type = static_cast<quint8>(entry[0x42]);
            const quint32 start = qFromLittleEndian<quint32>(entry + 0x74);
            const quint64 size = qFromLittleEndian<quint32>(entry + 0x78); // the high half is unused in practice
            if (at == 0) { // the root entry: where the mini stream lives
                if (type != 5)
                    return std::nullopt;
                miniStream = chain(m_fat, start, m_sectorSize, [&](quint32 s) { return sector(s); });
                continue;
            }
            if (type != 2 || nameBytes < 2 || nameBytes > 64)
                continue;
            const QString entryName = QString::fromUtf16(reinterpret_cast<const char16_t *>(entry), nameBytes / 2 - 1);
            if (entryName.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (size > quint64(m_file.size()))
                return std::nullopt;
            std::optional<QByteArray> bytes;
            if (size >= cutoff) {
                bytes = chain(m_fat, start, m_sectorSize, [&](quint32 s) { return sector(s); });
            } else {
                if (!miniStream || !readMiniFat(miniFat))
                    return std::nullopt;
                bytes = chain(miniFat, start, 64, [&](quint32 s) {
                    return qsizetype(s) * 64 + 64 <= miniStream->size() ? miniStream->mid(qsizetype(s) * 64, 64)
                                                                         : QByteArray();
                });
            }
            if (!bytes || quint64(bytes->size()) < size)
                return std::nullopt;
            bytes->truncate(static_cast<qsizetype>(size));
            return bytes;
        }
        return std::nullopt;
    }

private:
    quint16 u16(qsizetype at) const { return qFromLittleEndian<quint16>(m_file.constData() + at); }
    quint32 u32(qsizetype at) const { return qFromLittleEndian<quint32>(m_file.constData() + at); }

    // Sector `s`, or empty when it lies outside the file.
    QByteArray sector(quint32 s) const
    {
        const qint64 at = (qint64(s) + 1) * m_sectorSize;
        return at + m_sectorSize <= m_file.size() ? m_file.mid(at, m_sectorSize) : QByteArray();
    }

    void appendEntries(const QByteArray &bytes, qsizetype count, std::vector<quint32> &out) const
    {
        for (qsizetype i = 0; i < count && (i + 1) * 4 <= bytes.size(); ++i)
            out.push_back(qFromLittleEndian<quint32>(bytes.constData() + i * 4));
    }

    bool readFat()
    {
        const quint64 sectorsInFile = quint64(m_file.size()) / m_sectorSize;
        std::vector<quint32> fatSectors;
        appendEntries(m_file.mid(0x4C, kHeaderDifatEntries * 4), kHeaderDifatEntries, fatSectors);
        quint32 difat = u32(0x44);
        for (quint64 hops = 0; difat != kEndOfChain && difat != kFreeSector; ++hops) {
            const QByteArray bytes = sector(difat);
            if (bytes.isEmpty() || hops > sectorsInFile)
                return false;
            const qsizetype perSector = m_sectorSize / 4 - 1;
            appendEntries(bytes, perSector, fatSectors);
            difat = qFromLittleEndian<quint32>(bytes.constData() + perSector * 4);
        }
        for (quint32 s : fatSectors) {
            if (s == kFreeSector || s == kEndOfChain)
                continue;
            const QByteArray bytes = sector(s);
            if (bytes.isEmpty() || quint64(m_fat.size()) > sectorsInFile * (m_sectorSize / 4))
                return false;
            appendEntries(bytes, m_sectorSize / 4, m_fat);
        }
        return !m_fat.empty();
    }

    bool readMiniFat(std::vector<quint32> &miniFat)
    {
        if (!miniFat.empty())
            return true;
        const std::optional<QByteArray> bytes = chain(m_fat, u32(0x3C), m_sectorSize, [&](quint32 s) {
            return sector(s);
        });
        if (!bytes)
            return false;
        appendEntries(*bytes, bytes->size() / 4, miniFat);
        return true;
    }

    // The sectors of a chain, joined; a chain that loops or leaves the table or the file is damage.
    template <typename ReadSector>
    std::optional<QByteArray> chain(const std::vector<quint32> &table, quint32 start, qsizetype unit,
                                    ReadSector read) const
    {
        QByteArray out;
        for (quint32 s = start; s != kEndOfChain; s = table[s]) {
            if (s >= table.size() || out.size() + unit > m_file.size())
                return std::nullopt;
            const QByteArray bytes = read(s);
            if (bytes.size() != unit)
                return std::nullopt;
            out += bytes;
        }
        return out;
    }

    const QByteArray &m_file;
    qsizetype m_sectorSize = 512;
    std::vector<quint32> m_fat;
};

} // namespace

std::optional<QByteArray> CompoundDocument::stream(const QByteArray &file, QStringView name)
{
    return Reader(file).stream(name);
}

} // namespace flowdesk
