#pragma once

#include "statistics/profileaggregator.h"

#include <QString>

namespace flowdesk {

// What the PDF report says about itself on its first page.
struct ProfileReportInfo
{
    QString title = QStringLiteral("Flow monitoring profile");
    QString questionnaire; // title and version
    QString office;
    QString preparedBy;
    bool rightToLeft = false; // Arabic: the page and the charts mirrored
};

// The caveat every chart and page carries.
QString profileCaveat();

// The whole profile as a PDF an agency can send: a cover block (title, office, period, filters, n, the threshold
// and method, the caveat), then each chart drawn as bars with its table, and page numbers. QPainter on QPdfWriter:
// needs a QGuiApplication (the CLI makes one on the offscreen platform). Refuses unsuppressed results: the
// report always leaves the app.
class ProfileReport
{
public:
    static bool writePdf(const ProfileResult &result, const ProfileReportInfo &info, const QString &path,
                         QString *error);
};

} // namespace flowdesk
