//===--- PrecompiledHeader.cpp - Which header a PCH can stand for --------===//

#include "compat/PrecompiledHeader.h"
#include "compat/CompileCommand.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace iismodel {

namespace path = llvm::sys::path;

namespace {

/// A leading #include: the name as written, and whether it is quoted.
struct WrittenInclude {
  std::string Name;
  bool Quoted = false;
};

// Skips blanks and comments; false at anything else.
void skipBlanksAndComments(llvm::StringRef &Text) {
  while (true) {
    Text = Text.ltrim(" \t\r\n\f\v");
    if (Text.consume_front("//")) {
      // A comment line that ends with a backslash goes on.
      size_t End = 0;
      while ((End = Text.find('\n', End)) != llvm::StringRef::npos &&
             Text.substr(0, End).rtrim('\r').ends_with("\\"))
        ++End;
      Text = End == llvm::StringRef::npos ? "" : Text.substr(End + 1);
    } else if (Text.consume_front("/*")) {
      size_t End = Text.find("*/");
      Text = End == llvm::StringRef::npos ? "" : Text.substr(End + 2);
    } else {
      return;
    }
  }
}

// The #include the text starts with, after comments and blank lines.
std::optional<WrittenInclude> leadingIncludeDirective(llvm::StringRef Text) {
  Text.consume_front("\xEF\xBB\xBF");
  skipBlanksAndComments(Text);
  if (!Text.consume_front("#"))
    return std::nullopt;
  Text = Text.ltrim(" \t");
  if (!Text.consume_front("include"))
    return std::nullopt;
  Text = Text.ltrim(" \t");
  char Close = Text.consume_front("\"") ? '"' : Text.consume_front("<") ? '>' : '\0';
  size_t End = Close ? Text.find_first_of(llvm::StringRef(&Close, 1).str() + "\n") : 0;
  if (!Close || End == llvm::StringRef::npos || End == 0 || Text[End] != Close)
    return std::nullopt;
  return WrittenInclude{Text.substr(0, End).str(), Close == '"'};
}

std::optional<std::string> found(std::string Path) {
  return Path.empty() ? std::nullopt : std::optional<std::string>(std::move(Path));
}

} // namespace

std::optional<std::string> leadingHeader(llvm::StringRef Source,
                                         llvm::ArrayRef<std::string> Arguments) {
  std::vector<std::string> Folders;
  for (size_t I = 0; I < Arguments.size(); ++I) {
    llvm::StringRef Argument = Arguments[I];
    if (Argument == "-include" && I + 1 < Arguments.size())
      return found(findIncludedFile(Arguments[I + 1], {}));
    if (Argument.consume_front("-I") && !Argument.empty())
      Folders.push_back(Argument.str());
  }
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text = llvm::MemoryBuffer::getFile(Source);
  if (!Text)
    return std::nullopt;
  std::optional<WrittenInclude> Written = leadingIncludeDirective((*Text)->getBuffer());
  if (!Written)
    return std::nullopt;
  if (Written->Quoted)
    Folders.insert(Folders.begin(), path::parent_path(Source).str());
  return found(findIncludedFile(Written->Name, Folders));
}

std::optional<std::string>
precompiledHeaderName(const ProjectConfiguration::CompileSettings &Compile) {
  llvm::StringRef Mode = Compile.PrecompiledHeader;
  if (!Mode.equals_insensitive("Use") && !Mode.equals_insensitive("Create"))
    return std::nullopt;
  return Compile.PrecompiledHeaderFile;
}

bool namesPrecompiledHeader(llvm::StringRef Name, llvm::StringRef Header) {
  std::string Written = path::convert_to_slash(Name.trim(), path::Style::windows);
  return Written.empty() || path::filename(Written).equals_insensitive(path::filename(Header));
}

} // namespace iismodel
