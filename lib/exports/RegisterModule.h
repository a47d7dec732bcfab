//===--- RegisterModule.h - The module's exported entry point ---*- C++ -*-===//
//
// IIS loads a module by looking up the plain export name "RegisterModule" and
// calls it through PFN_REGISTERMODULE (WINAPI). These helpers know what the
// function must look like and read, from the AST, the facts that decide what
// MSVC's linker exports for it on each architecture (see ExportModel.h).
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_EXPORTS_REGISTERMODULE_H
#define IIS_TIDY_LIB_EXPORTS_REGISTERMODULE_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace llvm {
class Triple;
} // namespace llvm

namespace iismodel {

/// The name IIS looks up in the export table.
constexpr llvm::StringLiteral RegisterModuleName = "RegisterModule";

/// The prototype IIS calls, for messages.
constexpr llvm::StringLiteral RegisterModulePrototype =
    "HRESULT WINAPI RegisterModule(DWORD dwServerVersion, "
    "IHttpModuleRegistrationInfo *pModuleInfo, IHttpServer *pGlobalInfo)";

enum class WindowsArch { X86, X64, Arm64, Unknown };

/// The Windows architecture a target triple builds for, whatever its
/// environment (MSVC or mingw): IIS modules are linked by MSVC either way.
WindowsArch windowsArch(const llvm::Triple &Triple);

/// "x86", "x64", "arm64".
llvm::StringRef archName(WindowsArch Arch);

/// The architecture named \p Name in options ("x86", "x64", "arm64").
std::optional<WindowsArch> archByName(llvm::StringRef Name);

/// True when the TU declares the IIS registration API (httpserv.h or the
/// SDK's): without it, a function named RegisterModule is someone else's.
bool declaresRegistrationApi(clang::ASTContext &Context);

/// True for the exported entry point: a function named RegisterModule at
/// global scope, with C or C++ linkage. Methods with that name (such as
/// IHttpApplicationResolveModulesProvider::RegisterModule) are not it.
bool isRegisterModuleEntryPoint(const clang::FunctionDecl *F);

/// True when \p F returns HRESULT and takes (DWORD,
/// IHttpModuleRegistrationInfo*, IHttpServer*), seen through typedefs.
bool hasRegisterModuleSignature(const clang::FunctionDecl *F);

/// The calling convention as written. On 64-bit targets the compiler ignores
/// __stdcall, but the declaration still says it, and that is what a 32-bit
/// build of the same source uses.
enum class CallingConvention { Cdecl, Stdcall, Fastcall, Vectorcall, Other };

/// "__stdcall", ..., as messages name a calling convention.
llvm::StringRef conventionName(CallingConvention Convention);
CallingConvention writtenCallingConvention(const clang::FunctionDecl *F);

/// The convention a declaration of \p F spells before its name (a keyword
/// such as __cdecl or a macro such as WINAPI), read from the source text.
std::optional<CallingConvention> spelledCallingConvention(const clang::FunctionDecl *F);

/// What the linker needs to know about the entry point's definition.
struct EntryPointFacts {
  bool ExternC = false;
  bool DllExport = false;
  CallingConvention Convention = CallingConvention::Cdecl;
  /// The prototype is the documented one, so its C++ mangled name on any
  /// architecture is known without a compiler for that architecture.
  bool StandardSignature = false;
  /// The Microsoft mangled name for the TU's own architecture.
  std::string MangledName;
  WindowsArch TUArch = WindowsArch::Unknown;
  /// Argument bytes for x86 decoration (each argument rounded up to 4).
  unsigned ArgumentBytes32 = 12;
  /// Argument bytes for x64 __vectorcall decoration (8 per argument).
  unsigned ArgumentBytes64 = 24;
};

EntryPointFacts entryPointFacts(const clang::FunctionDecl *F, clang::ASTContext &Context);

/// The symbol the object file defines for the entry point on \p Arch: the
/// C++ mangled name, or the C name with MSVC's x86 decoration (_name,
/// _name@12, @name@12, name@@12). Empty when it cannot be known (a C++ name
/// with a non-standard prototype on another architecture than the TU's).
std::string symbolName(const EntryPointFacts &Facts, WindowsArch Arch);

} // namespace iismodel

#endif // IIS_TIDY_LIB_EXPORTS_REGISTERMODULE_H
