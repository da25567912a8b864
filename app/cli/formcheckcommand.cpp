#include "command.h"

#include "questionnaire/questionnaireloader.h"

#include <QCommandLineParser>

namespace flowdesk::cli {

namespace {

QString count(int n, const char *noun)
{
    return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(noun)).arg(n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace

int formCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks an XLSForm: an .xlsx or .xls workbook or a folder holding survey.csv, choices.csv and settings.csv.\n"
        "Lists every error and warning with its sheet, row and column. Exit code 0: valid; 1: invalid."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE|DIR"), QStringLiteral("The XLSForm to check."));
    parser.process(QStringList{QStringLiteral("flowdesk-cli form check")} + args);
    if (parser.positionalArguments().size() != 1) {
        err() << parser.helpText();
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    const LoadedForm form = QuestionnaireLoader::load(path);
    for (const FormDiagnostic &d : form.diagnostics.items)
        (d.severity == FormDiagnostic::Severity::Error ? err() : out()) << path << ": " << d.toString() << "\n";
    if (const int unlisted = form.diagnostics.unlistedErrors + form.diagnostics.unlistedWarnings; unlisted > 0)
        err() << path << ": " << unlisted << " more problems are not listed\n";
    if (!form.ok()) {
        err() << path << ": invalid (" << count(form.diagnostics.errorCount(), "error") << ", "
              << count(form.diagnostics.warningCount(), "warning") << ")\n";
        return 1;
    }
    const Questionnaire &q = *form.questionnaire;
    int questions = 0, unsupported = 0;
    for (const Item &item : q.items) {
        questions += isInputType(item.type) ? 1 : 0;
        unsupported += item.type == QuestionType::Unsupported ? 1 : 0;
    }
    out() << path << ": valid: form_id " << q.formId << ", version " << (q.version.isEmpty() ? QStringLiteral("-") : q.version)
          << ", " << q.items.size() << " items (" << questions << " questions, " << unsupported << " unsupported), "
          << count(static_cast<int>(q.lists.size()), "choice list") << ", languages: " << q.languages.join(QStringLiteral(", ")) << "; "
          << count(form.diagnostics.warningCount(), "warning") << "\n";
    return 0;
}

} // namespace flowdesk::cli
