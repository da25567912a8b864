#include "questionnaireloader.h"

#include "xlsform/workbookreader.h"

namespace flowdesk {

namespace {

LoadedForm parseRead(WorkbookReader::Result read)
{
    LoadedForm loaded;
    if (auto *error = std::get_if<WorkbookError>(&read)) {
        loaded.diagnostics.error(QString(), 0, QString(), error->message);
        return loaded;
    }
    loaded.workbook = std::get<Workbook>(std::move(read));
    ParsedForm parsed = XlsFormParser::parse(loaded.workbook);
    loaded.questionnaire = std::move(parsed.questionnaire);
    for (const QString &warning : std::as_const(loaded.workbook.warnings))
        loaded.diagnostics.warning(QString(), 0, QString(), warning);
    loaded.diagnostics.append(parsed.diagnostics);
    return loaded;
}

} // namespace

LoadedForm QuestionnaireLoader::load(const QString &path)
{
    return parseRead(WorkbookReader::read(path));
}

LoadedForm QuestionnaireLoader::fromSources(const SourceFiles &sources, const QString &sourceName)
{
    return parseRead(WorkbookReader::fromSources(sources, sourceName));
}

} // namespace flowdesk
