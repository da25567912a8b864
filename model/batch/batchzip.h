#pragma once

#include <QString>

namespace flowdesk {

// The .zip beside a batch folder, for sending it as one file. Entries are "<folder name>/<path>", streamed from
// and to disk (a batch can be gigabytes), with a fixed time stamp so the same folder gives the same zip.
namespace batchzip {

// Writes `zipPath` from every file under `folder` (sorted by path), via `zipPath`.partial and a rename: a
// failure leaves no zip behind.
bool write(const QString &folder, const QString &zipPath, QString *error);

// Unpacks `zipPath` into the empty folder `into`. Refuses (with what is wrong) a file that is not a zip, a zip cut
// short, an entry whose path would leave `into` ("../", absolute), an encrypted or damaged entry (CRC checked).
bool extract(const QString &zipPath, const QString &into, QString *error);

} // namespace batchzip

} // namespace flowdesk
