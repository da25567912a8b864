#pragma once

#include <QString>
#include <QStringView>

namespace flowdesk {

enum class QuestionType {
    Integer,
    Decimal,
    Text,
    SelectOne,
    SelectMultiple,
    Date,
    DateTime,
    Time,
    Geopoint,
    Note,
    Calculate,
    Acknowledge,
    Range,
    Group,
    Repeat,
    Metadata,    // start, end, today, deviceid, username... filled by the application, never asked
    Unsupported, // image, audio, video, barcode, geotrace, geoshape, osm, file...: kept, not captured
};

// The XLSForm `type` cell, split: "select_one yes_no or_other" -> SelectOne, list "yes_no", orOther.
// Spellings and case follow pyxform exactly (its alias tables and question type dictionary): "integer" and
// "dateTime" are types, "Integer" is not.
struct ParsedType
{
    QuestionType type = QuestionType::Unsupported;
    QString list;          // choice list name for selects
    QString externalFile;  // for select_one_from_file / select_multiple_from_file
    QString loopList;      // "begin loop over LIST": a group asked once per choice of LIST
    QString setting;       // "form_title", "form_id"...: a survey row that sets a setting (pyxform's settings aliases)
    QString problem;       // a known type written wrongly (e.g. a choice file without .csv): an error to report
    bool orOther = false;
    bool external = false; // select_one_external: choices in the external_choices sheet
    bool listIsReference = false; // "select_one ${q}": choices are earlier answers, not a list
    bool beginsBlock = false;
    bool endsBlock = false;
    bool loop = false;     // begin/end loop
    bool known = false;    // false: not a type XLSForm knows at all (an error)
    QString canonicalName; // "integer", "select_one", "begin_group"...
};

ParsedType parseQuestionType(QStringView typeCell);
QString questionTypeName(QuestionType type);
bool isSelect(QuestionType type);
// True for types that hold an answer a person gives (not groups, notes, calculations or metadata).
bool isInputType(QuestionType type);

} // namespace flowdesk
