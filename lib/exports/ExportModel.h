//===--- ExportModel.h - What the linker exports for RegisterModule -*- C++ -*-===//
//
// A model of MSVC's linker (as lld-link reproduces it) for one function: the
// names its DLL's export table gets on an architecture, from dllexport, .def
// entries, /EXPORT options and `#pragma comment(linker, "/export:...")`
// directives, and the export specifications that fail to link. Verified
// against a real linker by test/export-oracle.
//
// The rules, from the facts sheet (§5.3, §5.4) and the oracle:
//  * dllexport exports the symbol name; on x86 a __cdecl C name loses its
//    leading underscore (_RegisterModule -> RegisterModule), nothing else does;
//  * a .def entry or a command-line /EXPORT resolves its (internal) name to
//    the symbol exactly, with the x86 C underscore, or by undecorating a C++
//    or __stdcall name ("fuzzy" matching, which fails on overloads);
//  * a directive (`#pragma comment(linker, ...)`) names the symbol exactly:
//    no x86 underscore, no fuzzy matching;
//  * an explicit export of the same name as dllexport's replaces it;
//  * an export whose name resolves to no symbol fails the link.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_EXPORTS_EXPORTMODEL_H
#define IIS_TIDY_LIB_EXPORTS_EXPORTMODEL_H

#include "exports/DefFile.h"
#include "exports/RegisterModule.h"
#include <string>
#include <vector>

namespace iismodel {

enum class ExportRoute { DllExport, DefFile, LinkerOption, Directive };

/// One export specification, wherever it came from.
struct ExportSpec {
  ExportRoute Route;
  ModuleDefinitionExport Export;
  /// The .def file, or the option or pragma text, for messages.
  std::string Origin;
};

struct ExportPrediction {
  /// The symbol the function defines on this architecture (may be empty
  /// when unknown).
  std::string Symbol;
  /// The export table names that refer to the function.
  std::vector<std::string> ExportedNames;
  /// Specifications about RegisterModule that fail to link, with the reason.
  std::vector<std::pair<const ExportSpec *, std::string>> LinkFailures;
  /// A specification exports the function by ordinal only (NONAME).
  bool OrdinalOnly = false;
  /// The symbol is unknown here (a C++ name with another prototype than
  /// the documented one, on another architecture): nothing is predicted.
  bool Unknown = false;

  bool exportsPlainName() const;
};

/// Parses what follows /EXPORT: on a link command line or in a directive:
/// "name[=internal][,@ordinal[,NONAME]][,DATA][,PRIVATE]", with or without
/// the "/EXPORT:" or "-export:" switch itself (any case).
std::optional<ModuleDefinitionExport> parseExportSwitch(llvm::StringRef Text);

/// The exports of `#pragma comment(linker, Text)`: every /EXPORT: switch in it.
std::vector<ModuleDefinitionExport> directiveExports(llvm::StringRef Text);

/// What the linker makes of \p Specs for the entry point on \p Arch. Specs
/// that name other functions are ignored; a spec "about" RegisterModule is
/// one whose internal or export name undecorates to RegisterModule in any
/// case, so that a misspelt `registermodule` is seen to fail.
ExportPrediction predictExports(const EntryPointFacts &Facts, WindowsArch Arch,
                                const std::vector<ExportSpec> &Specs);

/// The undecorated form of a C++ or x86 C symbol: "?f@@YAXXZ" -> "f",
/// "_f@12" -> "f", "@f@8" -> "f", "f@@16" -> "f", "_f" -> "_f".
std::string undecorate(llvm::StringRef Symbol);

} // namespace iismodel

#endif // IIS_TIDY_LIB_EXPORTS_EXPORTMODEL_H
