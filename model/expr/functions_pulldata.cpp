// pulldata(): ODK's look-up in a CSV file kept with the form. The context holds the files (see EvalContext).
#include "evaluator.h"
#include "functions.h"

namespace flowdesk::expr::fn {

RtValue pulldata(Evaluator &ev, const Node &call)
{
    RtValue parts[4];
    for (int i = 0; i < 4; ++i)
        parts[i] = ev.string(ev.arg(call, i));
    return RtValue::makeString(ev.context().pulldata(parts[0].view, parts[1].view, parts[2].view, parts[3].view));
}

} // namespace flowdesk::expr::fn
