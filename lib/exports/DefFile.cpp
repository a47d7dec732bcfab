//===--- DefFile.cpp - Module-definition (.def) file parser ---------------===//

#include "exports/DefFile.h"
#include "support/FileAccess.h"

#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace iismodel {
namespace {

struct Token {
  enum Kind { Word, Quoted, Equal, DoubleEqual, Comma, End } K;
  llvm::StringRef Text;
  unsigned Line;
};

enum class Keyword {
  None,
  Exports,
  Statement, // NAME, LIBRARY, HEAPSIZE, ...: ends an EXPORTS section.
  NoName,
  Private,
  Data,
  Constant,
};

Keyword classify(llvm::StringRef Word) {
  return llvm::StringSwitch<Keyword>(Word)
      .Case("EXPORTS", Keyword::Exports)
      .Cases({"NAME", "LIBRARY", "DESCRIPTION", "HEAPSIZE", "STACKSIZE", "SECTIONS", "SEGMENTS",
              "STUB", "VERSION", "IMPORTS", "BASE"},
             Keyword::Statement)
      .Case("NONAME", Keyword::NoName)
      .Case("PRIVATE", Keyword::Private)
      .Case("DATA", Keyword::Data)
      .Case("CONSTANT", Keyword::Constant)
      .Default(Keyword::None);
}

class Lexer {
public:
  Lexer(llvm::StringRef Text, std::vector<ModuleDefinitionProblem> &Problems)
      : Rest(Text), Problems(Problems) {}

  Token next() {
    skipSpaceAndComments();
    if (Rest.empty())
      return {Token::End, "", Line};
    char C = Rest.front();
    if (C == '=') {
      if (Rest.starts_with("==")) {
        Rest = Rest.drop_front(2);
        return {Token::DoubleEqual, "==", Line};
      }
      Rest = Rest.drop_front();
      return {Token::Equal, "=", Line};
    }
    if (C == ',') {
      Rest = Rest.drop_front();
      return {Token::Comma, ",", Line};
    }
    if (C == '"') {
      size_t Close = Rest.find_first_of("\"\n", 1);
      if (Close == llvm::StringRef::npos || Rest[Close] != '"') {
        Problems.push_back({Line, "unterminated quoted name"});
        llvm::StringRef Text =
            Rest.substr(1, Close == llvm::StringRef::npos ? llvm::StringRef::npos : Close - 1);
        Rest = Rest.drop_front(std::min(Close, Rest.size()));
        return {Token::Quoted, Text, Line};
      }
      llvm::StringRef Text = Rest.slice(1, Close);
      Rest = Rest.drop_front(Close + 1);
      return {Token::Quoted, Text, Line};
    }
    size_t End = Rest.find_first_of(" \t\r\n\f\v=,;\"");
    llvm::StringRef Text = Rest.substr(0, End);
    Rest = Rest.drop_front(Text.size());
    return {Token::Word, Text, Line};
  }

private:
  void skipSpaceAndComments() {
    while (!Rest.empty()) {
      char C = Rest.front();
      if (C == '\n') {
        ++Line;
        Rest = Rest.drop_front();
      } else if (C == ' ' || C == '\t' || C == '\r' || C == '\f' || C == '\v') {
        Rest = Rest.drop_front();
      } else if (C == ';') {
        Rest = Rest.drop_until([](char C) { return C == '\n'; });
      } else {
        return;
      }
    }
  }

  llvm::StringRef Rest;
  unsigned Line = 1;
  std::vector<ModuleDefinitionProblem> &Problems;
};

class Parser {
public:
  explicit Parser(llvm::StringRef Text) : Lex(Text, Result.Problems) { advance(); }

  ModuleDefinition parse() {
    while (Tok.K != Token::End) {
      if (Tok.K == Token::Word && classify(Tok.Text) == Keyword::Exports) {
        advance();
        parseExports();
        continue;
      }
      if (Tok.K == Token::Word && classify(Tok.Text) == Keyword::Statement) {
        skipStatement();
        continue;
      }
      if (Tok.K == Token::Word && Tok.Text.equals_insensitive("EXPORTS"))
        problem(llvm::formatv("'{0}' is not a statement: module-definition "
                              "keywords are case-sensitive; write 'EXPORTS'",
                              Tok.Text));
      else
        problem(llvm::formatv("unexpected '{0}' outside a statement", Tok.Text));
      skipLine();
    }
    return std::move(Result);
  }

private:
  void advance() { Tok = Lex.next(); }

  void problem(std::string Message) { Result.Problems.push_back({Tok.Line, std::move(Message)}); }

  void skipLine() {
    unsigned Line = Tok.Line;
    while (Tok.K != Token::End && Tok.Line == Line)
      advance();
  }

  // SECTIONS, SEGMENTS and IMPORTS open a block that runs to the next
  // statement; the others carry their values on their own line.
  void skipStatement() {
    bool Block = Tok.Text == "SECTIONS" || Tok.Text == "SEGMENTS" || Tok.Text == "IMPORTS";
    skipLine();
    while (Block && !atSectionEnd())
      advance();
  }

  bool isName() const { return Tok.K == Token::Word || Tok.K == Token::Quoted; }

  bool atSectionEnd() const {
    if (Tok.K == Token::End)
      return true;
    if (Tok.K != Token::Word)
      return false;
    Keyword K = classify(Tok.Text);
    return K == Keyword::Exports || K == Keyword::Statement;
  }

  void parseExports() {
    while (!atSectionEnd()) {
      if (!isName()) {
        problem(llvm::formatv("expected an export name, found '{0}'", Tok.Text));
        advance();
        continue;
      }
      if (Tok.K == Token::Word && Tok.Text.starts_with("@")) {
        problem(llvm::formatv("ordinal '{0}' has no export name before it", Tok.Text));
        advance();
        continue;
      }
      parseEntry();
    }
  }

  void parseEntry() {
    ModuleDefinitionExport Entry;
    Entry.Name = Tok.Text.str();
    Entry.Line = Tok.Line;
    advance();
    if (Tok.K == Token::Equal || Tok.K == Token::DoubleEqual) {
      advance();
      if (isName() && Tok.Line == Entry.Line) {
        Entry.InternalName = Tok.Text.str();
        advance();
      } else {
        Result.Problems.push_back(
            {Entry.Line, llvm::formatv("'{0}=' names no internal symbol", Entry.Name)});
      }
    }
    while (Tok.K == Token::Word && Tok.Line == Entry.Line) {
      llvm::StringRef Word = Tok.Text;
      if (Word.consume_front("@")) {
        if (Word.empty()) { // "@ 12": the ordinal is the next token.
          advance();
          Word = Tok.K == Token::Word && Tok.Line == Entry.Line ? Tok.Text : "";
        }
        uint32_t Ordinal = 0;
        if (Word.getAsInteger(10, Ordinal) || Ordinal == 0 || Ordinal > 65535)
          Result.Problems.push_back({Entry.Line, llvm::formatv("'{0}' is not a valid ordinal "
                                                               "(1 to 65535)",
                                                               Word)});
        else
          Entry.Ordinal = Ordinal;
        advance();
        continue;
      }
      Keyword K = classify(Word);
      if (K == Keyword::NoName)
        Entry.NoName = true;
      else if (K == Keyword::Private)
        Entry.Private = true;
      else if (K == Keyword::Data || K == Keyword::Constant)
        Entry.Data = true;
      else
        break; // The next entry, written on the same line.
      advance();
    }
    if (Entry.NoName && !Entry.Ordinal)
      Result.Problems.push_back(
          {Entry.Line, llvm::formatv("'{0}' is NONAME without an ordinal", Entry.Name)});
    Result.Exports.push_back(std::move(Entry));
  }

  ModuleDefinition Result;
  Lexer Lex;
  Token Tok{Token::End, "", 1};
};

} // namespace

const ModuleDefinitionExport *ModuleDefinition::findExport(llvm::StringRef Name) const {
  for (const ModuleDefinitionExport &Entry : Exports)
    if (Entry.Name == Name)
      return &Entry;
  return nullptr;
}

ModuleDefinition parseModuleDefinition(llvm::StringRef Text) {
  if (Text.starts_with("\xEF\xBB\xBF")) // UTF-8 byte order mark.
    Text = Text.drop_front(3);
  return Parser(Text).parse();
}

llvm::Expected<ModuleDefinition> readModuleDefinitionFile(llvm::StringRef Path) {
  auto Fail = [&](std::error_code EC, const llvm::Twine &Why) {
    return llvm::createStringError(EC, "module-definition file '" + Path + "' " + Why);
  };
  auto Buffer = readBoundedFile(Path, "module-definition file", MaxModuleDefinitionFileSize);
  if (!Buffer)
    return Buffer.takeError();
  llvm::StringRef Text = (*Buffer)->getBuffer();
  if (Text.starts_with("\xFF\xFE") || Text.starts_with("\xFE\xFF"))
    return Fail(std::make_error_code(std::errc::illegal_byte_sequence),
                "is UTF-16; the linker reads ANSI text: save it as such");
  if (Text.contains('\0'))
    return Fail(std::make_error_code(std::errc::illegal_byte_sequence),
                "is not text (it contains NUL bytes)");
  // Control characters other than white space mean a binary file.
  if (llvm::any_of(Text, [](char C) {
        unsigned char U = static_cast<unsigned char>(C);
        return (U < 0x20 && !llvm::is_contained("\t\n\r\f\v", C)) || U == 0x7F;
      }))
    return Fail(std::make_error_code(std::errc::illegal_byte_sequence),
                "is not text (it contains control characters)");
  return parseModuleDefinition(Text);
}

namespace {

bool hasExtension(llvm::StringRef Path, std::initializer_list<llvm::StringRef> Extensions) {
  llvm::StringRef Extension = llvm::sys::path::extension(Path);
  return llvm::any_of(Extensions,
                      [&](llvm::StringRef E) { return Extension.equals_insensitive(E); });
}

struct DirectoryListing {
  std::vector<std::string> DefFiles;
  std::vector<std::string> Subdirectories;
  bool HasSources = false;
};

DirectoryListing listDirectory(llvm::StringRef Directory) {
  DirectoryListing Listing;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End; It != End && !EC;
       It.increment(EC)) {
    llvm::StringRef Path = It->path();
    llvm::StringRef Name = llvm::sys::path::filename(Path);
    if (It->type() == llvm::sys::fs::file_type::directory_file) {
      if (!Name.starts_with("."))
        Listing.Subdirectories.push_back(Path.str());
    } else if (hasExtension(Name, {".def"})) {
      // Listed whatever it is: reading refuses what is not a regular file,
      // and says so.
      Listing.DefFiles.push_back(Path.str());
    } else if (hasExtension(Name, {".c", ".cc", ".cpp", ".cxx"})) {
      Listing.HasSources = true;
    }
  }
  return Listing;
}

} // namespace

ModuleDefinitionSearch findModuleDefinitionFiles(llvm::StringRef SourceDirectory) {
  ModuleDefinitionSearch Search;
  llvm::SmallString<256> Start(SourceDirectory);
  llvm::sys::fs::make_absolute(Start);
  llvm::sys::path::remove_dots(Start, /*remove_dot_dot=*/true);
  Search.From = Start.str().str();

  // The repository root bounds the walk; outside a repository, one level up.
  std::string Root;
  if (std::optional<std::string> Repository = findRepositoryRoot(Start)) {
    Root = *Repository;
  } else {
    llvm::StringRef Parent = llvm::sys::path::parent_path(Start);
    Root = (Parent.empty() ? llvm::StringRef(Start) : Parent).str();
  }
  Search.Root = Root;

  std::string Child;
  for (llvm::StringRef Dir = Start; !Dir.empty(); Dir = llvm::sys::path::parent_path(Dir)) {
    DirectoryListing Listing = listDirectory(Dir);
    llvm::append_range(Search.Files, Listing.DefFiles);
    for (const std::string &Sub : Listing.Subdirectories) {
      if (Sub == Child)
        continue;
      DirectoryListing Inner = listDirectory(Sub);
      if (!Inner.HasSources)
        llvm::append_range(Search.Files, Inner.DefFiles);
    }
    if (Dir == Root)
      break;
    Child = Dir.str();
  }
  llvm::sort(Search.Files);
  Search.Files.erase(std::unique(Search.Files.begin(), Search.Files.end()), Search.Files.end());
  return Search;
}

} // namespace iismodel
