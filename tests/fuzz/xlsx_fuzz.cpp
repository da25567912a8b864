// Bytes -> the .xlsx reader -> questionnaire building, as `form check` does.
//
// An input that starts with "PK" is the file itself, so the zip layer is fuzzed as found on disk. Any other input
// is a list of package parts separated by form feeds, each "entry/name.xml\ncontent"; the target zips them first.
// Mutating a zip's compressed bytes almost never reaches the XML behind it (the checksums fail), so this second
// form is how the sheet, shared-string and style readers get fuzzed. See README.md here for the seeds.
#include "fuzzinput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    flowdesk::fuzz::runXlsx(flowdesk::fuzz::bytes(data, size));
    return 0;
}
