//===--- SummaryWriter.cpp - A translation unit's module summary ----------===//

#include "iis/SummaryWriter.h"
#include "iis/AllocationCatalogue.h"
#include "iis/Handlers.h"
#include "iis/RequestReach.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace iis {

namespace {

class Writer {
public:
  Writer(ASTContext &Context, TranslationUnitSummary &Summary)
      : SM(Context.getSourceManager()), Summary(Summary) {}

  SummaryLocation location(SourceLocation Loc) {
    Loc = SM.getExpansionLoc(Loc);
    SummaryLocation L;
    FileID File = SM.getFileID(Loc);
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
    L.File = fileIndex(Entry ? Entry->getName() : "<unknown>");
    L.Line = SM.getSpellingLineNumber(Loc);
    L.Column = SM.getSpellingColumnNumber(Loc);
    L.Offset = SM.getFileOffset(Loc);
    return L;
  }

  static std::string usr(const Decl *D) {
    llvm::SmallString<128> Buffer;
    if (index::generateUSRForDecl(D, Buffer))
      return "";
    return std::string(Buffer);
  }

private:
  unsigned fileIndex(llvm::StringRef Name) {
    llvm::SmallString<256> Absolute(Name);
    llvm::sys::fs::make_absolute(Absolute);
    llvm::sys::path::remove_dots(Absolute, true);
    auto [It, Inserted] = Files.try_emplace(Absolute, Summary.Files.size());
    if (Inserted)
      Summary.Files.push_back(std::string(Absolute));
    return It->second;
  }

  const SourceManager &SM;
  TranslationUnitSummary &Summary;
  llvm::StringMap<unsigned> Files;
};

} // namespace

TranslationUnitSummary summarizeTranslationUnit(ASTContext &Context, RequestReach &Reach,
                                                llvm::ArrayRef<const FunctionDecl *> Defined,
                                                bool IncludeGetHttpModule,
                                                llvm::StringRef CompileKey,
                                                llvm::StringRef Producer) {
  TranslationUnitSummary Summary;
  Summary.Producer = Producer.str();
  Summary.CompileKey = CompileKey.str();
  Writer W(Context, Summary);
  const SourceManager &SM = Context.getSourceManager();
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    Summary.MainFile = Summary.Files[W.location(SM.getLocForStartOfFile(SM.getMainFileID())).File];

  // What the TU read, apart from system headers: a change to any of them
  // makes the summary stale.
  llvm::StringSet<> Seen;
  for (unsigned I = 0, N = SM.local_sloc_entry_size(); I < N; ++I) {
    const SrcMgr::SLocEntry &Entry = SM.getLocalSLocEntry(I);
    if (!Entry.isFile() || SrcMgr::isSystem(Entry.getFile().getFileCharacteristic()))
      continue;
    FileID File = SM.getFileID(SourceLocation::getFromRawEncoding(Entry.getOffset()));
    OptionalFileEntryRef Ref = SM.getFileEntryRefForID(File);
    std::optional<llvm::StringRef> Data = SM.getBufferDataOrNone(File);
    if (!Ref || !Data)
      continue;
    std::string Name = Summary.Files[W.location(SM.getLocForStartOfFile(File)).File];
    if (Seen.insert(Name).second)
      Summary.Inputs.push_back({Name, contentHash(*Data)});
  }

  for (const FunctionDecl *F : Defined) {
    SummaryFunction Function;
    Function.Usr = Writer::usr(F);
    if (Function.Usr.empty())
      continue;
    // Named as the per-TU messages name them.
    Function.Name = F->getNameAsString();
    Function.Where = W.location(F->getLocation());
    if (const auto *Method = dyn_cast<CXXMethodDecl>(F)) {
      const CXXMethodDecl *Base = overriddenRequestHandler(Method);
      if (!Base && IncludeGetHttpModule)
        Base = overriddenGetHttpModule(Method);
      if (Base) {
        Function.Handler = Base->getQualifiedNameAsString();
        Function.Timing = Base->getName() == "GetHttpModule"
                              ? 0
                              : static_cast<unsigned>(handlerTiming(Base));
      }
    }
    const FunctionSummary &S = Reach.summary(F);
    for (const AllocationSite &Site : S.Allocations)
      Function.Allocations.push_back(
          {Site.Spelling, poolAdvice(Site.Family, requestPoolCall(Site.Function)),
           W.location(Site.Allocation->getBeginLoc())});
    for (const auto *Calls : {&S.Calls, &S.ExternalCalls})
      for (const CallEdge &Edge : *Calls) {
        std::string Callee = Writer::usr(Edge.Callee);
        if (!Callee.empty())
          Function.Calls.push_back({Callee, Edge.Callee->getNameAsString(),
                                    Edge.IsConstruction, W.location(Edge.Call->getBeginLoc())});
      }
    Summary.Functions.push_back(std::move(Function));
  }
  for (SourceLocation Loc : Reach.reported())
    Summary.Reported.push_back(W.location(Loc));
  // Deterministic: the same TU gives the same text.
  llvm::sort(Summary.Reported, [](const SummaryLocation &A, const SummaryLocation &B) {
    return std::tie(A.File, A.Offset) < std::tie(B.File, B.Offset);
  });
  return Summary;
}

} // namespace iis
