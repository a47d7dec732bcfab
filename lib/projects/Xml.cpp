//===--- Xml.cpp - The project files' XML, through libxml2 ----------------===//

#include "projects/ProjectReaders.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"
#include <libxml/parser.h>

namespace iismodel {
namespace projects {

namespace fs = llvm::sys::fs;
namespace path = llvm::sys::path;

XmlDocument::~XmlDocument() {
  if (Doc)
    xmlFreeDoc(Doc);
}

xmlNodePtr XmlDocument::root() const { return Doc ? xmlDocGetRootElement(Doc) : nullptr; }

llvm::Expected<std::unique_ptr<XmlDocument>> parseXml(llvm::StringRef Path) {
  auto Text = readProjectText(Path);
  if (!Text)
    return Text.takeError();
  auto Document = std::make_unique<XmlDocument>();
  // No network, no external entities, no messages on stderr.
  Document->Doc = xmlReadMemory(
      (*Text)->getBufferStart(), static_cast<int>((*Text)->getBufferSize()), Path.str().c_str(),
      nullptr, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
  if (!Document->root()) {
    const xmlError *Error = xmlGetLastError();
    return llvm::createStringError(
        std::errc::invalid_argument, "'%s' is not an XML project file%s", Path.str().c_str(),
        Error && Error->message
            ? llvm::formatv(" (line {0}: {1})", Error->line, llvm::StringRef(Error->message).trim())
                  .str()
                  .c_str()
            : "");
  }
  return std::move(Document);
}

llvm::StringRef nameOf(xmlNodePtr Node) { return reinterpret_cast<const char *>(Node->name); }

std::vector<xmlNodePtr> elements(xmlNodePtr Parent) {
  std::vector<xmlNodePtr> Result;
  for (xmlNodePtr Child = Parent ? Parent->children : nullptr; Child; Child = Child->next)
    if (Child->type == XML_ELEMENT_NODE)
      Result.push_back(Child);
  return Result;
}

std::optional<std::string> attribute(xmlNodePtr Node, const char *Name) {
  xmlChar *Value = xmlGetProp(Node, reinterpret_cast<const xmlChar *>(Name));
  if (!Value)
    return std::nullopt;
  std::string Result(reinterpret_cast<const char *>(Value));
  xmlFree(Value);
  return Result;
}

std::string content(xmlNodePtr Node) {
  xmlChar *Value = xmlNodeGetContent(Node);
  std::string Result = Value ? reinterpret_cast<const char *>(Value) : "";
  xmlFree(Value);
  return llvm::StringRef(Result).trim().str();
}

unsigned lineOf(xmlNodePtr Node) { return static_cast<unsigned>(xmlGetLineNo(Node)); }

} // namespace projects
} // namespace iismodel
