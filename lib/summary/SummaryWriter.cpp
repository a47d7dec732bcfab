//===--- SummaryWriter.cpp - A translation unit's module summary ----------===//

#include "summary/SummaryWriter.h"
#include "exports/DefFile.h"
#include "exports/RegisterModule.h"
#include "iisapi/HandlerEffect.h"
#include "iisapi/Handlers.h"
#include "iisapi/Notifications.h"
#include "memory/AllocationCatalogue.h"
#include "memory/RequestReach.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Index/USRGeneration.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <map>

using namespace clang;

namespace iismodel {

namespace {

class Writer {
public:
  Writer(ASTContext &Context, TranslationUnitSummary &Summary)
      : SM(Context.getSourceManager()), Summary(Summary) {}

  SummaryLocation location(SourceLocation Loc) {
    Loc = SM.getExpansionLoc(Loc);
    SummaryLocation L;
    FileID File = SM.getFileID(Loc);
    L.File = fileIndex(fileName(File));
    L.Line = SM.getSpellingLineNumber(Loc);
    L.Column = SM.getSpellingColumnNumber(Loc);
    L.Offset = SM.getFileOffset(Loc);
    return L;
  }

  /// The name of \p File as summaries write it: absolute, without dots.
  std::string fileName(FileID File) const {
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
    llvm::SmallString<256> Absolute(Entry ? Entry->getName() : "<unknown>");
    llvm::sys::fs::make_absolute(Absolute);
    llvm::sys::path::remove_dots(Absolute, true);
    return std::string(Absolute);
  }

  unsigned fileIndex(llvm::StringRef Name) {
    auto [It, Inserted] = Files.try_emplace(Name, Summary.Files.size());
    if (Inserted)
      Summary.Files.push_back(Name.str());
    return It->second;
  }

  static std::string usr(const Decl *D) {
    llvm::SmallString<128> Buffer;
    if (index::generateUSRForDecl(D, Buffer))
      return "";
    return std::string(Buffer);
  }

private:
  const SourceManager &SM;
  TranslationUnitSummary &Summary;
  llvm::StringMap<unsigned> Files;
};

} // namespace

namespace {

class RegistrationFinder : public RecursiveASTVisitor<RegistrationFinder> {
public:
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *Call) {
    const CXXMethodDecl *Method = Call->getMethodDecl();
    if (Method && Method->getIdentifier() && Method->getName() == "SetRequestNotifications" &&
        Call->getNumArgs() == 3 && Method->getParent()->getIdentifier() &&
        Method->getParent()->getName() == "IHttpModuleRegistrationInfo")
      Calls.push_back(Call);
    return true;
  }
  std::vector<const CXXMemberCallExpr *> Calls;
};

int64_t maskValue(const Expr *Mask, const ASTContext &Context) {
  std::optional<uint32_t> Value = constantMask(Mask, Context);
  return Value ? static_cast<int64_t>(*Value) : -1;
}

} // namespace

// The facts a registration in one TU and a module class in another need:
// registrations this TU cannot resolve, factories it defines GetHttpModule
// for, and the module classes it defines.
static void summarizeRegistrations(ASTContext &Context, Writer &W,
                                   llvm::ArrayRef<const FunctionDecl *> Defined,
                                   TranslationUnitSummary &Summary) {
  RegistrationFinder Finder;
  for (const FunctionDecl *F : Defined)
    Finder.TraverseStmt(F->getBody());
  for (const CXXMemberCallExpr *Call : Finder.Calls) {
    const CXXRecordDecl *Factory = pointeeClass(Call->getArg(0));
    // Resolved in this TU: the per-TU check has judged it.
    if (!Factory || moduleCreatedByFactory(Factory))
      continue;
    std::string Usr = Writer::usr(Factory);
    if (Usr.empty())
      continue;
    SummaryRegistration Registration{Usr,
                                     maskValue(Call->getArg(1), Context),
                                     maskValue(Call->getArg(2), Context),
                                     W.location(Call->getBeginLoc()),
                                     W.location(Call->getArg(1)->getBeginLoc()),
                                     W.location(Call->getArg(2)->getBeginLoc()),
                                     {},
                                     {}};
    for (const auto &[Value, Operand] : maskOperands(Call->getArg(1), Context))
      Registration.Bits.push_back({Value, W.location(Operand->getBeginLoc())});
    for (const auto &[Value, Operand] : maskOperands(Call->getArg(2), Context))
      Registration.PostBits.push_back({Value, W.location(Operand->getBeginLoc())});
    Summary.Registrations.push_back(std::move(Registration));
  }
  const SourceManager &SM = Context.getSourceManager();
  llvm::StringSet<> ModulesSeen;
  for (const FunctionDecl *F : Defined) {
    const auto *Method = dyn_cast<CXXMethodDecl>(F);
    if (Method && overriddenGetHttpModule(Method))
      if (std::optional<FactoryProduct> Product = moduleCreatedByFactory(Method->getParent())) {
        std::string Factory = Writer::usr(Method->getParent()),
                    Module = Writer::usr(Product->Module);
        if (!Factory.empty() && !Module.empty())
          Summary.Factories.push_back(
              {Factory, Module, W.location(Product->Creation->getBeginLoc())});
      }
  }
  // Module classes: every CHttpModule subclass defined outside system headers.
  std::vector<const Decl *> Worklist(Context.getTranslationUnitDecl()->decls_begin(),
                                     Context.getTranslationUnitDecl()->decls_end());
  while (!Worklist.empty()) {
    const Decl *D = Worklist.back();
    Worklist.pop_back();
    if (const auto *Namespace = dyn_cast<NamespaceDecl>(D)) {
      Worklist.insert(Worklist.end(), Namespace->decls_begin(), Namespace->decls_end());
      continue;
    }
    const auto *Record = dyn_cast<CXXRecordDecl>(D);
    if (!Record || !Record->isThisDeclarationADefinition() || Record->isDependentContext() ||
        SM.isInSystemHeader(SM.getExpansionLoc(Record->getLocation())) || isCHttpModule(Record) ||
        !derivesFromSdkClass(Record, "CHttpModule"))
      continue;
    std::string Usr = Writer::usr(Record);
    if (Usr.empty() || !ModulesSeen.insert(Usr).second)
      continue;
    SummaryModule Module;
    Module.Usr = Usr;
    Module.Name = Record->getNameAsString();
    Module.Where = W.location(Record->getLocation());
    for (const auto &Entry : overriddenSdkHandlers(Record))
      Module.Overrides.push_back(
          {Entry.getKey().str(),
           Entry.getValue()->getParent()->getNameAsString() +
               "::" + Entry.getValue()->getNameAsString(),
           Writer::usr(Entry.getValue()),
           Entry.getValue()->getParent()->getCanonicalDecl() == Record->getCanonicalDecl(),
           W.location(Entry.getValue()->getLocation())});
    llvm::sort(Module.Overrides,
               [](const auto &A, const auto &B) { return A.Handler < B.Handler; });
    Summary.Modules.push_back(std::move(Module));
  }
}

// What the TU read, apart from system headers: a change to any of them makes
// the summary stale. The headers a precompiled header holds are loaded
// entries, the others local ones; in name order, so that the summary is the
// same with and without a precompiled header.
static void recordInputs(const SourceManager &SM, Writer &W, TranslationUnitSummary &Summary) {
  std::map<std::string, FileID> Read;
  auto Record = [&](const SrcMgr::SLocEntry &Entry) {
    if (!Entry.isFile() || SrcMgr::isSystem(Entry.getFile().getFileCharacteristic()))
      return;
    FileID File = SM.getFileID(SourceLocation::getFromRawEncoding(Entry.getOffset()));
    if (SM.getFileEntryRefForID(File))
      Read.try_emplace(W.fileName(File), File);
  };
  for (unsigned I = 0, N = SM.local_sloc_entry_size(); I < N; ++I)
    Record(SM.getLocalSLocEntry(I));
  for (unsigned I = 0, N = SM.loaded_sloc_entry_size(); I < N; ++I)
    Record(SM.getLoadedSLocEntry(I));
  for (const auto &[Name, File] : Read) {
    std::optional<llvm::StringRef> Data = SM.getBufferDataOrNone(File);
    if (!Data)
      continue;
    W.fileIndex(Name);
    // As the file is on disk, which staleness compares with: an overlay may
    // have handed clang a UTF-8 copy of a UTF-16 header.
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> OnDisk =
        llvm::MemoryBuffer::getFile(Name, /*IsText=*/false);
    Summary.Inputs.push_back({Name, contentHash(OnDisk ? (*OnDisk)->getBuffer() : *Data)});
  }
}

TranslationUnitSummary summarizeTranslationUnit(ASTContext &Context, RequestReach &Reach,
                                                llvm::ArrayRef<const FunctionDecl *> Defined,
                                                const SummarySettings &Settings) {
  const bool IncludeGetHttpModule = Settings.IncludeGetHttpModule;
  TranslationUnitSummary Summary;
  Summary.Producer = summaryProducer().str();
  Summary.CompileKey = Settings.CompileKey;
  Summary.MaxCallDepth = Settings.MaxCallDepth;
  Summary.Complete = !Context.getDiagnostics().hasErrorOccurred();
  Writer W(Context, Summary);
  const SourceManager &SM = Context.getSourceManager();
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID()))
    Summary.MainFile = Summary.Files[W.location(SM.getLocForStartOfFile(SM.getMainFileID())).File];

  recordInputs(SM, W, Summary);

  for (const FunctionDecl *F : Defined) {
    SummaryFunction Function;
    Function.Usr = Writer::usr(F);
    if (Function.Usr.empty())
      continue;
    // Named as the per-TU messages name them.
    Function.Name = F->getNameAsString();
    Function.Where = W.location(F->getLocation());
    if (const auto *Method = dyn_cast<CXXMethodDecl>(F)) {
      if (const CXXMethodDecl *Base = requestRoot(Method, IncludeGetHttpModule)) {
        Function.Handler = Base->getQualifiedNameAsString();
        Function.Timing = rootTiming(Base);
        std::optional<std::string> Effect = firstEffect(F);
        Function.Stub = !Effect;
        Function.Effect = Effect.value_or("");
      }
    }
    const FunctionSummary &S = Reach.summary(F);
    for (const AllocationSite &Site : S.Allocations)
      Function.Allocations.push_back({Site.Spelling,
                                      poolAdvice(Site.Family, requestPoolCall(Site.Function)),
                                      W.location(Site.Allocation->getBeginLoc())});
    for (const auto *Calls : {&S.Calls, &S.ExternalCalls})
      for (const CallEdge &Edge : *Calls) {
        std::string Callee = Writer::usr(Edge.Callee);
        if (!Callee.empty())
          Function.Calls.push_back({Callee, Edge.Callee->getNameAsString(), Edge.IsConstruction,
                                    W.location(Edge.Call->getBeginLoc())});
      }
    Summary.Functions.push_back(std::move(Function));
  }
  summarizeRegistrations(Context, W, Defined, Summary);
  for (const FunctionDecl *F : Defined)
    if (isRegisterModuleEntryPoint(F))
      Summary.EntryPoints.push_back(W.location(F->getLocation()));
  std::vector<std::string> Definitions = Settings.DefinitionFiles;
  if (OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
      Main && Definitions.empty())
    Definitions = findModuleDefinitionFiles(Main->getDir().getName()).Files;
  for (const std::string &Def : Definitions) {
    llvm::Expected<ModuleDefinition> Parsed = readModuleDefinitionFile(Def);
    if (!Parsed) {
      llvm::consumeError(Parsed.takeError());
      continue;
    }
    if (const ModuleDefinitionExport *Export = Parsed->findExport("RegisterModule"))
      Summary.DefinitionExports.push_back({Def, Export->Line});
    // What a .def says is part of what the summary says.
    if (llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text = llvm::MemoryBuffer::getFile(Def))
      Summary.Inputs.push_back({Def, contentHash((*Text)->getBuffer())});
  }
  for (SourceLocation Loc : Reach.reported())
    Summary.Reported.push_back(W.location(Loc));
  // Deterministic: the same TU gives the same text.
  llvm::sort(Summary.Reported, [](const SummaryLocation &A, const SummaryLocation &B) {
    return std::tie(A.File, A.Offset) < std::tie(B.File, B.Offset);
  });
  return Summary;
}

} // namespace iismodel
