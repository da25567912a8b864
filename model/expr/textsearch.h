#pragma once

#include <QStringView>

namespace flowdesk::expr {

// QStringView::indexOf(needle), in time linear in both lengths: Qt's search takes time proportional to their
// product for some long needles ("baaa…" in "aaaa…"), which turns a 300 KB contains() into minutes.
qsizetype findText(QStringView haystack, QStringView needle);

} // namespace flowdesk::expr
