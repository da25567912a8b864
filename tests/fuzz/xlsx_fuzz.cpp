// Bytes -> the .xlsx reader -> questionnaire building, as `form check` does.
//
// An input that starts with "PK" is the file itself, so the zip layer is fuzzed as found on disk. Any other input
// is a list of package parts separated by form feeds, each "entry/name.xml\ncontent"; the target zips them first.
// Mutating a zip's compressed bytes almost never reaches the XML behind it (the checksums fail), so this second
// form is how the sheet, shared-string and style readers get fuzzed. See tests/fuzz/README.md for the seeds.
#include "fuzzinput.h"

#include "questionnaire/xlsformparser.h"
#include "xlsform/workbookreader.h"
#include "xlsform/ziparchive.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace flowdesk;
    const QByteArray bytes = fuzz::bytes(data, size);
    const QByteArray package = bytes.startsWith("PK") ? bytes : ZipArchive::write(fuzz::namedParts(bytes));
    WorkbookReader::Result read = WorkbookReader::readXlsx(package, QStringLiteral("fuzz.xlsx"));
    if (const Workbook *workbook = std::get_if<Workbook>(&read))
        XlsFormParser::parse(*workbook);
    return 0;
}
