#pragma once

#include "validationissue.h"

#include <QUuid>

#include <map>
#include <vector>

namespace flowdesk {

class InterviewStore;
class Questionnaire;

// The outcome of validating every interview of a questionnaire in a store.
struct StoreValidationReport
{
    struct Problem
    {
        qint64 interviewId = 0;
        QUuid uuid;
        ValidationIssue issue;
    };

    qint64 interviews = 0;
    qint64 withErrors = 0;
    qint64 withWarnings = 0;
    std::map<ValidationIssue::Kind, qint64> byKind;
    std::vector<Problem> firstProblems; // errors and warnings, in interview order, up to the limit asked
    double seconds = 0;
    // Set when reading the interviews failed (a damaged file): the counts then cover only those read.
    QString readError;
};

// Streams a store's interviews through a Validator without holding more than a few in memory: one thread reads
// from SQLite while another validates, so both cores work.
class StoreValidation
{
public:
    static StoreValidationReport run(const InterviewStore &store, const Questionnaire &questionnaire,
                                     int language = -1, int keepProblems = 20);
};

QString issueKindName(ValidationIssue::Kind kind);

} // namespace flowdesk
