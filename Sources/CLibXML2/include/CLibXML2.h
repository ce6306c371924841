#ifndef ASSAY_LIBXML2_H
#define ASSAY_LIBXML2_H

// The few declarations of libxml2's streaming reader (xmlreader.h) that Assay calls, written here
// so that building needs no libxml2 headers; the library itself is opened on first use.

/// A byte of XML text, as libxml2 hands it out (UTF-8).
typedef unsigned char xmlChar;
/// libxml2's streaming reader: a cursor over the nodes of one document.
typedef struct _xmlTextReader *xmlTextReaderPtr;

/// What the reader's cursor is on, as `xmlTextReaderNodeType` answers.
enum {
  ASSAY_XML_ELEMENT = 1,
  ASSAY_XML_TEXT = 3,
  ASSAY_XML_CDATA = 4,
  ASSAY_XML_ENTITY_REFERENCE = 5,
  ASSAY_XML_DOCUMENT_TYPE = 10,
  ASSAY_XML_WHITESPACE = 13,
  ASSAY_XML_SIGNIFICANT_WHITESPACE = 14,
  ASSAY_XML_END_ELEMENT = 15,
};

/// The first problem a reader reported, for the message naming the part it was reading.
struct assay_xml_failure {
  char message[200];
  int line;
  int reported;
};

/// Loads libxml2 on first use; NULL when it is ready, else a one-line reason. Call before any other
/// function of this module.
const char *assay_libxml2_load(void);

/// A reader over `size` bytes that never reaches the network, substitutes no entities and loads no
/// DTD, with its errors kept in `failure` (never printed); NULL when libxml2 cannot make one.
xmlTextReaderPtr assay_xml_reader(const char *bytes, int size, struct assay_xml_failure *failure);

/// Moves to the next node: 1 when there is one, 0 at the end, -1 on an error (in the failure).
int xmlTextReaderRead(xmlTextReaderPtr reader);
/// The kind of node the reader is on (ASSAY_XML_ELEMENT, ...).
int xmlTextReaderNodeType(xmlTextReaderPtr reader);
/// The node's name without its namespace prefix; owned by the reader.
const xmlChar *xmlTextReaderConstLocalName(xmlTextReaderPtr reader);
/// The text of a text node or the value of an attribute; owned by the reader.
const xmlChar *xmlTextReaderConstValue(xmlTextReaderPtr reader);
/// 1 when an element is written `<x/>`, so no end node follows.
int xmlTextReaderIsEmptyElement(xmlTextReaderPtr reader);
/// Moves to the element's next attribute: 1 when there is one.
int xmlTextReaderMoveToNextAttribute(xmlTextReaderPtr reader);
/// Moves back from an attribute to its element.
int xmlTextReaderMoveToElement(xmlTextReaderPtr reader);
/// Bytes of input consumed so far.
long xmlTextReaderByteConsumed(xmlTextReaderPtr reader);
/// Frees the reader.
void xmlFreeTextReader(xmlTextReaderPtr reader);

#endif
