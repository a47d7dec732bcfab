//===--- RegisterModule.h - The module's exported entry point ---*- C++ -*-===//
//
// IIS loads a module by looking up the plain export name "RegisterModule" and
// calls it through PFN_REGISTERMODULE (WINAPI). These helpers know what the
// function must look like and what name MSVC's linker exports for it.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_REGISTERMODULE_H
#define IIS_TIDY_LIB_REGISTERMODULE_H

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

namespace iis {

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

/// True for the exported entry point: a function named RegisterModule at
/// global scope, with C or C++ linkage. Methods with that name (such as
/// IHttpApplicationResolveModulesProvider::RegisterModule) are not it.
bool isRegisterModuleEntryPoint(const clang::FunctionDecl *F);

/// True when \p F returns HRESULT and takes (DWORD,
/// IHttpModuleRegistrationInfo*, IHttpServer*), seen through typedefs.
bool hasRegisterModuleSignature(const clang::FunctionDecl *F);

/// True when the calling convention is the one IIS uses on x86 (__stdcall).
bool isStdCall(const clang::FunctionDecl *F);

/// The name `__declspec(dllexport)` puts into the export table of a DLL for
/// \p Arch, as MSVC decorates it: the plain name for extern "C" on 64-bit,
/// `_RegisterModule@12` for an x86 extern "C" __stdcall function, the C++
/// mangled name for C++ linkage. Null when \p F is not dllexport.
std::optional<std::string> dllexportName(const clang::FunctionDecl *F,
                                         clang::ASTContext &Context,
                                         WindowsArch Arch);

} // namespace iis

#endif // IIS_TIDY_LIB_REGISTERMODULE_H
