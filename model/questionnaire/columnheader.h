#pragma once

#include <QString>
#include <QStringView>

namespace flowdesk {

// A survey/choices column header split into what it means and, for translatable texts, its language:
// "label::English (en)" -> {label, "English (en)"}; "label:english" (legacy) -> {label, "english"};
// "bind::relevant" / "relevance" -> {relevant, ""}; "jr:constraintMsg" -> {constraint_message, ""}.
struct ColumnHeader
{
    QString base;     // canonical lower-case name: label, hint, relevant, constraint_message, required...
    QString language; // as written, empty when the column has no language
    bool translatable = false; // a text shown to people (label, hint, messages), so languages apply

    static ColumnHeader parse(QStringView header);
};

} // namespace flowdesk
