//===--- RegisterModule.cpp - The module's exported entry point -----------===//

#include "exports/RegisterModule.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Mangle.h"
#include "clang/Basic/CharInfo.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/TargetInfo.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

using namespace clang;

namespace iismodel {

WindowsArch windowsArch(const llvm::Triple &Triple) {
  switch (Triple.getArch()) {
  case llvm::Triple::x86:
    return WindowsArch::X86;
  case llvm::Triple::x86_64:
    return WindowsArch::X64;
  case llvm::Triple::aarch64:
    return WindowsArch::Arm64;
  default:
    return WindowsArch::Unknown;
  }
}

llvm::StringRef conventionName(CallingConvention Convention) {
  switch (Convention) {
  case CallingConvention::Cdecl:
    return "__cdecl";
  case CallingConvention::Stdcall:
    return "__stdcall";
  case CallingConvention::Fastcall:
    return "__fastcall";
  case CallingConvention::Vectorcall:
    return "__vectorcall";
  case CallingConvention::Other:
    return "another calling convention";
  }
  llvm_unreachable("covered switch");
}

llvm::StringRef archName(WindowsArch Arch) {
  switch (Arch) {
  case WindowsArch::X86:
    return "x86";
  case WindowsArch::X64:
    return "x64";
  case WindowsArch::Arm64:
    return "arm64";
  case WindowsArch::Unknown:
    return "unknown";
  }
  llvm_unreachable("covered switch");
}

std::optional<WindowsArch> archByName(llvm::StringRef Name) {
  for (WindowsArch Arch : {WindowsArch::X86, WindowsArch::X64, WindowsArch::Arm64})
    if (Name.equals_insensitive(archName(Arch)))
      return Arch;
  return std::nullopt;
}

bool declaresRegistrationApi(ASTContext &Context) {
  return !Context.getTranslationUnitDecl()
              ->lookup(&Context.Idents.get("IHttpModuleRegistrationInfo"))
              .empty();
}

bool isRegisterModuleEntryPoint(const FunctionDecl *F) {
  if (!F || isa<CXXMethodDecl>(F))
    return false;
  const IdentifierInfo *Id = F->getIdentifier();
  return Id && Id->getName() == RegisterModuleName &&
         F->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

static bool isPointerToGlobalClass(QualType T, llvm::StringRef Name) {
  if (!T->isPointerType())
    return false;
  const auto *Record = T->getPointeeType()->getAsRecordDecl();
  return Record && Record->getIdentifier() && Record->getName() == Name &&
         Record->getDeclContext()->getRedeclContext()->isTranslationUnit();
}

static bool isBuiltin(QualType T, BuiltinType::Kind Kind) {
  const auto *Builtin = T.getCanonicalType()->getAs<BuiltinType>();
  return Builtin && Builtin->getKind() == Kind;
}

bool hasRegisterModuleSignature(const FunctionDecl *F) {
  // HRESULT is long and DWORD unsigned long on every Windows target.
  if (!isBuiltin(F->getReturnType(), BuiltinType::Long) || F->getNumParams() != 3 ||
      F->isVariadic())
    return false;
  return isBuiltin(F->getParamDecl(0)->getType(), BuiltinType::ULong) &&
         isPointerToGlobalClass(F->getParamDecl(1)->getType(), "IHttpModuleRegistrationInfo") &&
         isPointerToGlobalClass(F->getParamDecl(2)->getType(), "IHttpServer");
}

// The convention a declaration spells before its name, read from the source
// text: mingw-w64 defines __stdcall (and so WINAPI) to nothing on 64-bit
// targets, so neither the type nor its sugar remembers it there.
std::optional<CallingConvention> spelledCallingConvention(const FunctionDecl *F) {
  const SourceManager &SM = F->getASTContext().getSourceManager();
  for (const FunctionDecl *Redecl : F->redecls()) {
    SourceLocation Begin = SM.getExpansionLoc(Redecl->getBeginLoc());
    SourceLocation Name = SM.getExpansionLoc(Redecl->getLocation());
    if (Begin.isInvalid() || Name.isInvalid() || !SM.isWrittenInSameFile(Begin, Name))
      continue;
    auto [File, From] = SM.getDecomposedLoc(Begin);
    unsigned To = SM.getFileOffset(Name);
    if (To < From)
      continue;
    llvm::StringRef Text = SM.getBufferData(File).slice(From, To);
    while (!Text.empty()) {
      Text = Text.drop_until([](char C) { return isAsciiIdentifierStart(C); });
      llvm::StringRef Word = Text.take_while([](char C) { return isAsciiIdentifierContinue(C); });
      Text = Text.drop_front(Word.size());
      std::optional<CallingConvention> Convention =
          llvm::StringSwitch<std::optional<CallingConvention>>(Word)
              .Cases({"__stdcall", "_stdcall", "stdcall", "__stdcall__", "WINAPI", "APIENTRY",
                      "CALLBACK", "STDMETHODCALLTYPE", "NTAPI", "PASCAL"},
                     CallingConvention::Stdcall)
              .Cases({"__fastcall", "_fastcall", "fastcall", "__fastcall__"},
                     CallingConvention::Fastcall)
              .Cases({"__vectorcall", "vectorcall"}, CallingConvention::Vectorcall)
              .Cases({"__cdecl", "_cdecl", "cdecl", "__cdecl__", "WINAPIV", "CDECL"},
                     CallingConvention::Cdecl)
              .Default(std::nullopt);
      if (Convention)
        return Convention;
    }
  }
  return std::nullopt;
}

CallingConvention writtenCallingConvention(const FunctionDecl *F) {
  // On x86 the type is the truth. Elsewhere the sugar keeps a calling
  // convention attribute the canonical type dropped, and failing that the
  // source text still says it.
  if (F->getASTContext().getTargetInfo().getTriple().getArch() != llvm::Triple::x86) {
    for (QualType T = F->getType(); !T.isNull();) {
      if (const auto *Attributed = dyn_cast<AttributedType>(T.getTypePtr())) {
        switch (Attributed->getAttrKind()) {
        case attr::StdCall:
          return CallingConvention::Stdcall;
        case attr::FastCall:
          return CallingConvention::Fastcall;
        case attr::VectorCall:
          return CallingConvention::Vectorcall;
        default:
          break;
        }
      }
      QualType Next = T.getSingleStepDesugaredType(F->getASTContext());
      if (Next == T)
        break;
      T = Next;
    }
    if (std::optional<CallingConvention> Spelled = spelledCallingConvention(F))
      return *Spelled;
  }
  switch (F->getType()->castAs<FunctionType>()->getCallConv()) {
  case CC_X86StdCall:
    return CallingConvention::Stdcall;
  case CC_X86FastCall:
    return CallingConvention::Fastcall;
  case CC_X86VectorCall:
    return CallingConvention::Vectorcall;
  case CC_C:
    return CallingConvention::Cdecl;
  default:
    return CallingConvention::Other;
  }
}

static unsigned argumentBytes(const FunctionDecl *F, ASTContext &Context, unsigned SlotBytes) {
  unsigned Bytes = 0;
  for (const ParmVarDecl *Param : F->parameters()) {
    QualType T = Param->getType();
    // Pointers are 4 bytes on x86 and 8 on 64-bit, whatever the TU's target.
    uint64_t Size = T->isPointerType() ? SlotBytes : Context.getTypeSizeInChars(T).getQuantity();
    Bytes += (Size + SlotBytes - 1) / SlotBytes * SlotBytes;
  }
  return Bytes;
}

EntryPointFacts entryPointFacts(const FunctionDecl *F, ASTContext &Context) {
  EntryPointFacts Facts;
  Facts.ExternC = F->isExternC();
  Facts.DllExport = F->hasAttr<DLLExportAttr>();
  Facts.Convention = writtenCallingConvention(F);
  Facts.StandardSignature = hasRegisterModuleSignature(F);
  Facts.TUArch = windowsArch(Context.getTargetInfo().getTriple());
  Facts.ArgumentBytes32 = argumentBytes(F, Context, 4);
  Facts.ArgumentBytes64 = argumentBytes(F, Context, 8);
  // Under a mingw target the Microsoft mangler adds GNU-style stdcall
  // decoration ("\01_?name@@...@12"); the rule for the documented prototype
  // is exact there, and other prototypes stay unknown.
  if (!Facts.ExternC && Context.getTargetInfo().getTriple().isWindowsMSVCEnvironment()) {
    std::unique_ptr<MangleContext> Mangler(
        MicrosoftMangleContext::create(Context, Context.getDiagnostics()));
    llvm::raw_string_ostream OS(Facts.MangledName);
    Mangler->mangleName(GlobalDecl(F), OS);
  }
  return Facts;
}

static bool is32Bit(WindowsArch Arch) { return Arch == WindowsArch::X86; }

// The documented prototype, mangled by MSVC's rules for \p Arch: the
// convention letter (A cdecl, G stdcall, I fastcall, Q vectorcall; x64 and
// arm64 ignore stdcall and fastcall) and __ptr64 pointers (PEA) on 64-bit.
static std::string standardMangledName(CallingConvention Convention, WindowsArch Arch) {
  char Letter = 'A';
  if (Convention == CallingConvention::Vectorcall)
    Letter = 'Q';
  else if (is32Bit(Arch) && Convention == CallingConvention::Stdcall)
    Letter = 'G';
  else if (is32Bit(Arch) && Convention == CallingConvention::Fastcall)
    Letter = 'I';
  const char *Pointer = is32Bit(Arch) ? "PA" : "PEA";
  return std::string("?RegisterModule@@Y") + Letter + "JK" + Pointer +
         "VIHttpModuleRegistrationInfo@@" + Pointer + "VIHttpServer@@@Z";
}

std::string symbolName(const EntryPointFacts &Facts, WindowsArch Arch) {
  const std::string Plain(RegisterModuleName);
  if (!Facts.ExternC) {
    if (Arch == Facts.TUArch && !Facts.MangledName.empty())
      return Facts.MangledName;
    return Facts.StandardSignature ? standardMangledName(Facts.Convention, Arch) : std::string();
  }
  if (Facts.Convention == CallingConvention::Vectorcall)
    return Plain + "@@" +
           std::to_string(is32Bit(Arch) ? Facts.ArgumentBytes32 : Facts.ArgumentBytes64);
  if (!is32Bit(Arch))
    return Plain;
  switch (Facts.Convention) {
  case CallingConvention::Stdcall:
    return "_" + Plain + "@" + std::to_string(Facts.ArgumentBytes32);
  case CallingConvention::Fastcall:
    return "@" + Plain + "@" + std::to_string(Facts.ArgumentBytes32);
  default:
    return "_" + Plain;
  }
}

} // namespace iismodel
