#pragma once

#include <QString>
#include <QStringList>

class QComboBox;
class QWidget;

namespace flowdesk::applanguage {

// The languages the application's own text comes in, as codes: "en", "fr", "ar".
QStringList codes();
// A language's name in itself ("Français", "العربية"), so anyone can find theirs whatever is shown.
QString nativeName(const QString &code);

// The language applied last ("en" before any).
QString current();
// The language chosen before (QSettings), else the system's when offered, else English.
QString saved();

// Makes `code` the language of the whole application: our translations and Qt's own (qtbase, when installed),
// the layout direction (right to left for Arabic). Every widget then gets QEvent::LanguageChange. Not
// remembered.
void apply(const QString &code);
// apply(), and remembered for the next start.
void choose(const QString &code);

// A combo box offering every language in its own name, on the current one; choosing one calls choose().
QComboBox *makeChooser(QWidget *parent);

} // namespace flowdesk::applanguage
