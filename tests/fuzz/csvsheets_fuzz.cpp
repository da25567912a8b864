// Bytes split into the CSV sheets of a questionnaire folder -> the CSV-sheet reader -> questionnaire building.
// Form feeds separate the files: survey.csv, choices.csv, settings.csv, external_choices.csv, then list1.csv,
// list2.csv... for select_one_from_file.
#include "fuzzinput.h"

#include "questionnaire/xlsformparser.h"
#include "xlsform/workbookreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace flowdesk;
    WorkbookReader::Result read =
        WorkbookReader::readCsvSheets(fuzz::csvSheets(fuzz::bytes(data, size)), QStringLiteral("fuzz"));
    if (const Workbook *workbook = std::get_if<Workbook>(&read))
        XlsFormParser::parse(*workbook);
    return 0;
}
