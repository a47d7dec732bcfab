//===--- ExportModel.cpp - What the linker exports for RegisterModule -----===//

#include "exports/ExportModel.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace iismodel {

bool ExportPrediction::exportsPlainName() const {
  return LinkFailures.empty() && llvm::is_contained(ExportedNames, RegisterModuleName);
}

std::optional<ModuleDefinitionExport> parseExportSwitch(llvm::StringRef Text) {
  Text = Text.trim();
  if (Text.size() >= 8 && (Text[0] == '/' || Text[0] == '-') &&
      Text.substr(1, 7).equals_insensitive("export:"))
    Text = Text.drop_front(8);
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Text.split(Parts, ',');
  auto [Name, Internal] = Parts.front().split('=');
  Name = Name.trim().trim('"');
  if (Name.empty())
    return std::nullopt;
  ModuleDefinitionExport Export;
  Export.Name = Name.str();
  Export.InternalName = Internal.trim().trim('"').str();
  for (llvm::StringRef Part : llvm::drop_begin(Parts)) {
    Part = Part.trim();
    uint32_t Ordinal = 0;
    if (Part.consume_front("@") && !Part.getAsInteger(10, Ordinal))
      Export.Ordinal = Ordinal;
    else if (Part.equals_insensitive("NONAME"))
      Export.NoName = true;
    else if (Part.equals_insensitive("DATA"))
      Export.Data = true;
    else if (Part.equals_insensitive("PRIVATE"))
      Export.Private = true;
  }
  return Export;
}

std::vector<ModuleDefinitionExport> directiveExports(llvm::StringRef Text) {
  std::vector<ModuleDefinitionExport> Exports;
  llvm::SmallVector<llvm::StringRef, 4> Switches;
  Text.split(Switches, ' ', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Switch : Switches)
    if (Switch.size() > 8 && (Switch[0] == '/' || Switch[0] == '-') &&
        Switch.substr(1, 7).equals_insensitive("export:"))
      if (std::optional<ModuleDefinitionExport> Export = parseExportSwitch(Switch))
        Exports.push_back(std::move(*Export));
  return Exports;
}

std::string undecorate(llvm::StringRef Symbol) {
  if (Symbol.consume_front("?"))
    return Symbol.split("@@").first.str();
  if (size_t At = Symbol.find("@@"); At != llvm::StringRef::npos && At > 0)
    return Symbol.take_front(At).str(); // __vectorcall: name@@N
  bool Decorated = Symbol.contains('@');
  if (Symbol.starts_with("@"))
    return Symbol.drop_front().split('@').first.str(); // __fastcall: @name@N
  if (Decorated && Symbol.starts_with("_"))
    return Symbol.drop_front().split('@').first.str(); // __stdcall: _name@N
  return Symbol.str();
}

// Whether the linker maps \p Name to \p Symbol. Directives name symbols
// exactly; .def entries and /EXPORT options get the x86 C underscore and
// fuzzy matching (measured by the oracle: `#pragma comment(linker,
// "/export:RegisterModule")` does not find an x86 `_RegisterModule`).
static bool resolves(llvm::StringRef Name, llvm::StringRef Symbol, WindowsArch Arch, bool Fuzzy) {
  if (Name == Symbol)
    return true;
  if (!Fuzzy)
    return false;
  if (Arch == WindowsArch::X86 && ("_" + Name).str() == Symbol)
    return true;
  // An undecorated name finds a decorated symbol, never the other way round.
  return !Name.contains('@') && !Name.starts_with("?") && undecorate(Symbol) == Name;
}

static bool isAboutRegisterModule(const ModuleDefinitionExport &Export) {
  auto About = [](llvm::StringRef Name) {
    return !Name.empty() &&
           llvm::StringRef(undecorate(Name)).ltrim('_').equals_insensitive(RegisterModuleName);
  };
  return About(Export.Name) || About(Export.InternalName);
}

// The export table name of a dllexport'ed symbol.
static std::string dllexportName(llvm::StringRef Symbol, WindowsArch Arch) {
  if (Arch == WindowsArch::X86 && Symbol.starts_with("_") && !Symbol.contains('@'))
    return Symbol.drop_front().str();
  return Symbol.str();
}

ExportPrediction predictExports(const EntryPointFacts &Facts, WindowsArch Arch,
                                const std::vector<ExportSpec> &Specs) {
  ExportPrediction Prediction;
  Prediction.Symbol = symbolName(Facts, Arch);
  const std::string &Symbol = Prediction.Symbol;
  if (Symbol.empty()) {
    Prediction.Unknown = true;
    return Prediction;
  }
  if (Facts.DllExport && !Symbol.empty())
    Prediction.ExportedNames.push_back(dllexportName(Symbol, Arch));

  for (const ExportSpec &Spec : Specs) {
    const ModuleDefinitionExport &Export = Spec.Export;
    if (!isAboutRegisterModule(Export))
      continue;
    bool Fuzzy = Spec.Route != ExportRoute::Directive;
    llvm::StringRef Target = Export.InternalName.empty() ? llvm::StringRef(Export.Name)
                                                         : llvm::StringRef(Export.InternalName);
    if (!resolves(Target, Symbol, Arch, Fuzzy)) {
      std::string Reason = "'" + Target.str() +
                           "' matches no symbol: the "
                           "function's symbol is '" +
                           Symbol + "'";
      std::string Undecorated = undecorate(Symbol);
      if (Target != Undecorated && Target.equals_insensitive(Undecorated))
        Reason += "; export names are case-sensitive";
      else if (!Fuzzy)
        Reason += "; a linker directive names the symbol exactly, so write "
                  "'/export:" +
                  Export.Name + "=" + Symbol + "'";
      Prediction.LinkFailures.push_back({&Spec, std::move(Reason)});
      continue;
    }
    // An explicit export of the name dllexport gave replaces that export
    // (with its flags: NONAME leaves the name out).
    llvm::erase(Prediction.ExportedNames, Export.Name);
    if (Export.NoName)
      Prediction.OrdinalOnly = true;
    else
      Prediction.ExportedNames.push_back(Export.Name);
  }
  return Prediction;
}

} // namespace iismodel
