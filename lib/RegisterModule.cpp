//===--- RegisterModule.cpp - The module's exported entry point -----------===//

#include "iis/RegisterModule.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Mangle.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

using namespace clang;

namespace iis {

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
         isPointerToGlobalClass(F->getParamDecl(1)->getType(),
                                "IHttpModuleRegistrationInfo") &&
         isPointerToGlobalClass(F->getParamDecl(2)->getType(), "IHttpServer");
}

static CallingConv callingConvention(const FunctionDecl *F) {
  if (const auto *Type = F->getType()->getAs<FunctionType>())
    return Type->getCallConv();
  return CC_C;
}

bool isStdCall(const FunctionDecl *F) {
  return callingConvention(F) == CC_X86StdCall;
}

// MSVC's x86 decoration of C names: the byte count of the arguments, each
// rounded up to 4 bytes.
static unsigned argumentBytes(const FunctionDecl *F, ASTContext &Context,
                              unsigned SlotBytes) {
  unsigned Bytes = 0;
  for (const ParmVarDecl *Param : F->parameters()) {
    uint64_t Size = Context.getTypeSizeInChars(Param->getType()).getQuantity();
    Bytes += (Size + SlotBytes - 1) / SlotBytes * SlotBytes;
  }
  return Bytes;
}

static std::string microsoftMangledName(const FunctionDecl *F,
                                        ASTContext &Context) {
  std::unique_ptr<MangleContext> Mangler(
      MicrosoftMangleContext::create(Context, Context.getDiagnostics()));
  std::string Name;
  llvm::raw_string_ostream OS(Name);
  Mangler->mangleName(GlobalDecl(F), OS);
  return Name;
}

std::optional<std::string> dllexportName(const FunctionDecl *F,
                                         ASTContext &Context, WindowsArch Arch) {
  if (!F->hasAttr<DLLExportAttr>())
    return std::nullopt;
  std::string Plain = F->getName().str();
  if (!F->isExternC())
    return microsoftMangledName(F, Context);
  CallingConv CC = callingConvention(F);
  if (CC == CC_X86VectorCall)
    return Plain + "@@" +
           std::to_string(argumentBytes(F, Context, Arch == WindowsArch::X86 ? 4 : 8));
  if (Arch != WindowsArch::X86)
    return Plain;
  // On x86 the export drops the leading underscore of a __cdecl name only.
  switch (CC) {
  case CC_X86StdCall:
    return "_" + Plain + "@" + std::to_string(argumentBytes(F, Context, 4));
  case CC_X86FastCall:
    return "@" + Plain + "@" + std::to_string(argumentBytes(F, Context, 4));
  default:
    return Plain;
  }
}

} // namespace iis
