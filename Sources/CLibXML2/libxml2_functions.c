// libxml2's streaming reader, opened on first use: the functions Assay calls forward to the
// library once `assay_libxml2_load` has opened it. The module is built with hidden visibility, so
// these never stand in for the library's own symbols.
#include "CLibXML2.h"

#include "CLateBinding.h"

#include <stdio.h>

/// libxml2's parser options (xmlParserOption): no network access, and a compact tree.
enum { ASSAY_XML_PARSE_NONET = 1 << 11, ASSAY_XML_PARSE_COMPACT = 1 << 16 };

typedef void (*assay_xml_reader_errors)(void *argument, const char *message, int severity, void *locator);
typedef void (*assay_xml_generic_errors)(void *context, const char *message, ...);

#define LIBXML2_FUNCTIONS(VALUE, NOTHING)                                                          \
  VALUE(xmlTextReaderPtr, xmlReaderForMemory,                                                     \
        (const char *buffer, int size, const char *url, const char *encoding, int options),        \
        (buffer, size, url, encoding, options))                                                    \
  VALUE(int, xmlTextReaderRead, (xmlTextReaderPtr reader), (reader))                               \
  VALUE(int, xmlTextReaderNodeType, (xmlTextReaderPtr reader), (reader))                           \
  VALUE(const xmlChar *, xmlTextReaderConstLocalName, (xmlTextReaderPtr reader), (reader))         \
  VALUE(const xmlChar *, xmlTextReaderConstValue, (xmlTextReaderPtr reader), (reader))             \
  VALUE(int, xmlTextReaderIsEmptyElement, (xmlTextReaderPtr reader), (reader))                     \
  VALUE(int, xmlTextReaderMoveToNextAttribute, (xmlTextReaderPtr reader), (reader))                \
  VALUE(int, xmlTextReaderMoveToElement, (xmlTextReaderPtr reader), (reader))                      \
  VALUE(long, xmlTextReaderByteConsumed, (xmlTextReaderPtr reader), (reader))                      \
  VALUE(int, xmlTextReaderLocatorLineNumber, (void *locator), (locator))                           \
  NOTHING(xmlFreeTextReader, (xmlTextReaderPtr reader), (reader))                                  \
  NOTHING(xmlTextReaderSetErrorHandler,                                                            \
          (xmlTextReaderPtr reader, assay_xml_reader_errors handler, void *argument),              \
          (reader, handler, argument))                                                             \
  NOTHING(xmlSetGenericErrorFunc, (void *context, assay_xml_generic_errors handler), (context, handler)) \
  NOTHING(xmlInitParser, (void), ())

ASSAY_LATE_LIBRARY(LIBXML2_FUNCTIONS, "libxml2.so.2", "libxml2", assay_libxml2_open)

static pthread_once_t initialized = PTHREAD_ONCE_INIT;

const char *assay_libxml2_load(void) {
  const char *failure = assay_libxml2_open();
  if (failure == NULL) pthread_once(&initialized, xmlInitParser);
  return failure;
}

/// Keeps the first error of a reader, with its line.
static void keep_first(void *argument, const char *message, int severity, void *locator) {
  (void)severity;
  struct assay_xml_failure *failure = argument;
  if (failure->reported) return;
  failure->reported = 1;
  failure->line = locator == NULL ? 0 : xmlTextReaderLocatorLineNumber(locator);
  snprintf(failure->message, sizeof failure->message, "%s", message == NULL ? "malformed XML" : message);
}

/// Drops what libxml2 would print to standard error outside a reader's own handler.
static void drop(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}

xmlTextReaderPtr assay_xml_reader(const char *bytes, int size, struct assay_xml_failure *failure) {
  // The generic handler is per thread in libxml2; each reading thread sets it.
  xmlSetGenericErrorFunc(NULL, drop);
  xmlTextReaderPtr reader =
      xmlReaderForMemory(bytes, size, NULL, NULL, ASSAY_XML_PARSE_NONET | ASSAY_XML_PARSE_COMPACT);
  if (reader != NULL) xmlTextReaderSetErrorHandler(reader, keep_first, failure);
  return reader;
}
