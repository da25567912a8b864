#include "xmlpart.h"

namespace flowdesk {

XmlPart::XmlPart(const QByteArray &xml) : m_xml(xml), m_device(&m_xml)
{
    m_device.open(QIODevice::ReadOnly);
    m_reader.setDevice(&m_device);
}

QXmlStreamReader::TokenType XmlPart::next()
{
    const QXmlStreamReader::TokenType token = m_reader.readNext();
    if (token == QXmlStreamReader::DTD)
        m_reader.raiseError(QStringLiteral("the part declares a document type (<!DOCTYPE>), which no .xlsx part has"));
    return m_reader.tokenType();
}

bool XmlPart::failed(QString &error) const
{
    if (!m_reader.hasError())
        return false;
    error = QStringLiteral("line %1: %2").arg(m_reader.lineNumber()).arg(m_reader.errorString());
    return true;
}

} // namespace flowdesk
