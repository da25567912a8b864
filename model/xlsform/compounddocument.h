#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace flowdesk {

// The one thing FlowDesk reads itself from Microsoft's compound document container (the .xls wrapper): a stream's
// bytes, so the sizes an .xls workbook claims can be checked before FreeXL sets memory aside for them. Bounded by
// the file's own size, safe on damaged input; stateless and thread-safe.
class CompoundDocument
{
public:
    // The bytes of the first stream named `name` (ignoring case), or nullopt when the container cannot be read or
    // has no such stream.
    static std::optional<QByteArray> stream(const QByteArray &file, QStringView name);
};

} // namespace flowdesk
