// libFuzzer target for the expression parser and evaluator (see README.md here).
#include "exprfuzzinput.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    flowdesk::test::runExpressionFuzzInput(reinterpret_cast<const char *>(data), size);
    return 0;
}
