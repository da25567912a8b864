#pragma once

#include "xlsformparser.h"

namespace flowdesk {

// A questionnaire read from disk (or from stored sources) with its workbook and every diagnostic.
struct LoadedForm
{
    Workbook workbook;
    std::shared_ptr<const Questionnaire> questionnaire; // null when there were errors
    FormDiagnostics diagnostics;

    bool ok() const { return questionnaire != nullptr; }
};

// Reads and parses an XLSForm in one step: an .xlsx file, a folder of CSV sheets (also a ":/" resource
// folder), or the source files a store kept. A file that cannot be read becomes a single error diagnostic.
class QuestionnaireLoader
{
public:
    static LoadedForm load(const QString &path);
    static LoadedForm fromSources(const SourceFiles &sources, const QString &sourceName);
    // The questionnaire bundled with the application.
    static QString bundledPath() { return QStringLiteral(":/questionnaires/fms_default"); }
};

} // namespace flowdesk
