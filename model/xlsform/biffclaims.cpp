#include "biffclaims.h"

#include "compounddocument.h"
#include "exceldate.h"

#include <QHash>
#include <QString>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace flowdesk {

namespace {

enum Record : quint16 {
    Dimensions = 0x0200,
    Format = 0x041E,
    ExtendedFormat = 0x00E0,
    Number = 0x0203,
    Rk = 0x027E,
    MulRk = 0x00BD,
    Formula = 0x0006,
};

double readDouble(const char *data)
{
    const quint64 bits = qFromLittleEndian<quint64>(data);
    double value = 0;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

// An RK value: a 30-bit integer or the top of a double, perhaps divided by 100.
double rkValue(quint32 rk)
{
    double value = 0;
    if (rk & 0x02) {
        value = static_cast<qint32>(rk) >> 2;
    } else {
        const quint64 bits = quint64(rk & 0xFFFFFFFC) << 32;
        std::memcpy(&value, &bits, sizeof value);
    }
    return (rk & 0x01) ? value / 100 : value;
}

class Scan
{
public:
    explicit Scan(bool biff8) : m_biff8(biff8) {}

    void record(quint16 id, const char *data, quint16 length)
    {
        switch (id) {
        case Dimensions:
            if (length >= 10) {
                // BIFF8: first row, last row + 1 (32 bits), first column, last column + 1; BIFF5: rows in 16 bits.
                const quint32 rows = length >= 14 ? qFromLittleEndian<quint32>(data + 4) : qFromLittleEndian<quint16>(data + 2);
                const quint32 columns = qFromLittleEndian<quint16>(data + (length >= 14 ? 10 : 6));
                m_claims.cells += quint64(rows) * columns;
                if (quint64(rows) * columns >= quint64(m_claims.rows) * m_claims.columns) {
                    m_claims.rows = rows;
                    m_claims.columns = columns;
                }
            }
            break;
        case Format:
            if (length >= 3)
                m_dateFormats.insert(qFromLittleEndian<quint16>(data), ExcelDate::isDateFormatCode(formatCode(data, length)));
            break;
        case ExtendedFormat:
            if (length >= 4) {
                const quint16 format = qFromLittleEndian<quint16>(data + 2);
                m_dateStyles.push_back(ExcelDate::isBuiltInDateFormat(format) || m_dateFormats.value(format, false));
            }
            break;
        case Number:
            if (length >= 14)
                cell(qFromLittleEndian<quint16>(data + 4), readDouble(data + 6));
            break;
        case Formula:
            // A cached number, unless its last two bytes mark a string, boolean or error.
            if (length >= 14 && qFromLittleEndian<quint16>(data + 12) != 0xFFFF)
                cell(qFromLittleEndian<quint16>(data + 4), readDouble(data + 6));
            break;
        case Rk:
            if (length >= 10)
                cell(qFromLittleEndian<quint16>(data + 4), rkValue(qFromLittleEndian<quint32>(data + 6)));
            break;
        case MulRk:
            for (int at = 4; at + 6 <= length - 2; at += 6)
                cell(qFromLittleEndian<quint16>(data + at), rkValue(qFromLittleEndian<quint32>(data + at + 2)));
            break;
        default:
            break;
        }
    }

    BiffClaims claims() const { return m_claims; }

private:
    QString formatCode(const char *data, quint16 length) const
    {
        if (!m_biff8) // BIFF5: an 8-bit length and 8-bit characters
            return QString::fromLatin1(data + 3, std::min<int>(static_cast<quint8>(data[2]), length - 3));
        if (length < 5)
            return QString();
        const int count = qFromLittleEndian<quint16>(data + 2);
        const bool wide = data[4] & 0x01;
        const int available = (length - 5) / (wide ? 2 : 1);
        const int n = std::min(count, available);
        if (!wide)
            return QString::fromLatin1(data + 5, n);
        QString text(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            text[i] = QChar(qFromLittleEndian<quint16>(data + 5 + 2 * i));
        return text;
    }

    void cell(quint16 style, double value)
    {
        if (style >= m_dateStyles.size() || !m_dateStyles[style])
            return;
        // FreeXL counts the days of serials up to 2^31 one by one; beyond, and below zero, it gives up at once.
        if (std::isfinite(value) && value > 0 && value < 2147483648.0) {
            m_claims.dateDays += static_cast<quint64>(value);
            m_claims.largestDate = std::max(m_claims.largestDate, value);
        }
    }

    bool m_biff8;
    BiffClaims m_claims;
    QHash<quint16, bool> m_dateFormats;
    std::vector<bool> m_dateStyles; // by XF index
};

} // namespace

std::optional<BiffClaims> BiffClaims::read(const QByteArray &file)
{
    bool biff8 = true;
    std::optional<QByteArray> stream = CompoundDocument::stream(file, u"Workbook");
    if (!stream) {
        stream = CompoundDocument::stream(file, u"Book"); // BIFF5 workbooks
        biff8 = false;
    }
    if (!stream)
        return std::nullopt;
    Scan scan(biff8);
    const char *data = stream->constData();
    for (qsizetype at = 0; at + 4 <= stream->size();) {
        const quint16 id = qFromLittleEndian<quint16>(data + at);
        const quint16 length = qFromLittleEndian<quint16>(data + at + 2);
        if (at + 4 + length > stream->size())
            break;
        scan.record(id, data + at + 4, length);
        at += 4 + length;
    }
    return scan.claims();
}

} // namespace flowdesk
