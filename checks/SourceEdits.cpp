//===--- SourceEdits.cpp - iis-tidy ---------------------------------------===//

#include "SourceEdits.h"

#include "clang-tidy/utils/OptionsUtils.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Stmt.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringRef.h"

namespace clang::tidy::iis {

// The whole line of a statement that stands alone on it; otherwise the
// statement, its semicolon and the blanks before it.
std::optional<CharSourceRange> statementRemoval(const Stmt *S, const ASTContext &Context) {
  const SourceManager &SM = Context.getSourceManager();
  SourceLocation Begin = S->getBeginLoc(), End = S->getEndLoc();
  if (Begin.isMacroID() || End.isMacroID())
    return std::nullopt;
  std::optional<Token> Semi = Lexer::findNextToken(End, SM, Context.getLangOpts());
  if (!Semi || !Semi->is(tok::semi))
    return std::nullopt;
  auto [File, BeginOffset] = SM.getDecomposedLoc(Begin);
  unsigned EndOffset = SM.getFileOffset(Semi->getLocation()) + 1;
  StringRef Buffer = SM.getBufferData(File);
  size_t Blanks = Buffer.take_front(BeginOffset).find_last_not_of(" \t");
  size_t From = Blanks == StringRef::npos ? 0 : Blanks + 1;
  size_t To = EndOffset;
  // Removing "\n<indent>statement;" rather than "<indent>statement;\n":
  // clang's edit machinery widens a removal that leaves two blanks adjacent.
  bool AloneOnLine = From > 0 && Buffer[From - 1] == '\n';
  size_t Rest = Buffer.find_first_not_of(" \t\r", EndOffset);
  if (AloneOnLine && (Rest == StringRef::npos || Buffer[Rest] == '\n')) {
    From -= 1;
    To = Rest == StringRef::npos ? Buffer.size() : Rest;
  } else if (AloneOnLine) {
    From = BeginOffset; // More code follows on the line: keep the indent.
  }
  SourceLocation FileStart = SM.getLocForStartOfFile(File);
  return CharSourceRange::getCharRange(FileStart.getLocWithOffset(From),
                                       FileStart.getLocWithOffset(To));
}

std::string nameForMessage(const NamedDecl *Decl) {
  PrintingPolicy Policy(Decl->getASTContext().getLangOpts());
  Policy.SuppressUnwrittenScope = true;
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  Decl->printQualifiedName(OS, Policy);
  return Name;
}

std::pair<StringRef, StringRef> splitOptionEntry(StringRef Entry) {
  for (size_t I = Entry.size(); I-- > 0;)
    if (Entry[I] == ':' && (I == 0 || Entry[I - 1] != ':') &&
        (I + 1 == Entry.size() || Entry[I + 1] != ':'))
      return {Entry.take_front(I), Entry.drop_front(I + 1)};
  return {Entry, ""};
}

std::vector<std::string> optionList(StringRef Option) {
  std::vector<std::string> Entries;
  for (StringRef Entry : utils::options::parseStringList(Option))
    if (!Entry.trim().empty())
      Entries.push_back(Entry.trim().str());
  return Entries;
}

} // namespace clang::tidy::iis
