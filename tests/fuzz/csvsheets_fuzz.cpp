// Bytes split into the CSV sheets of a questionnaire folder -> the CSV-sheet reader -> questionnaire building.
// Form feeds separate the files: survey.csv, choices.csv, settings.csv, external_choices.csv, then list1.csv,
// list2.csv... for select_one_from_file.
#include "fuzzinput.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    flowdesk::fuzz::runCsvSheets(flowdesk::fuzz::bytes(data, size));
    return 0;
}
