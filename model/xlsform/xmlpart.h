#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

namespace flowdesk {

// An XML part of an .xlsx package, read through a device so the reader decodes it a piece at a time instead of
// holding a second, UTF-16 copy of the whole part. Not copyable; one reader per part.
class XmlPart
{
public:
    explicit XmlPart(const QByteArray &xml);
    XmlPart(const XmlPart &) = delete;
    XmlPart &operator=(const XmlPart &) = delete;

    // The next token. A document type declaration is an error: no part of a package has one, and its entities
    // could expand a small part into gigabytes of text.
    QXmlStreamReader::TokenType next();
    // True, with `error` set to "line N: what", when the part is malformed.
    bool failed(QString &error) const;

    QXmlStreamReader &reader() { return m_reader; }

private:
    QByteArray m_xml;
    QBuffer m_device;
    QXmlStreamReader m_reader;
};

} // namespace flowdesk
