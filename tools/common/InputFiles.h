//===--- InputFiles.h - iis-tidy tools' file arguments ----------*- C++ -*-===//
//
// The tools take files and directories alike: a directory stands for the
// files in it with a given suffix (the YAML files run-clang-tidy leaves, the
// summaries of a summary directory).
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_TOOLS_COMMON_INPUTFILES_H
#define IIS_TIDY_TOOLS_COMMON_INPUTFILES_H

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include <string>
#include <vector>

namespace iistools {

/// \p Inputs with each directory replaced by its files ending in \p Suffix,
/// sorted so that every run reads them in the same order.
inline llvm::Expected<std::vector<std::string>>
expandInputFiles(const std::vector<std::string> &Inputs, llvm::StringRef Suffix) {
  std::vector<std::string> Files;
  for (const std::string &Input : Inputs) {
    if (!llvm::sys::fs::is_directory(Input)) {
      Files.push_back(Input);
      continue;
    }
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator It(Input, EC), End; !EC && It != End; It.increment(EC))
      if (llvm::StringRef(It->path()).ends_with(Suffix))
        Files.push_back(It->path());
    if (EC)
      return llvm::createStringError(EC, "cannot read directory '%s': %s", Input.c_str(),
                                     EC.message().c_str());
  }
  llvm::sort(Files);
  return Files;
}

} // namespace iistools

#endif // IIS_TIDY_TOOLS_COMMON_INPUTFILES_H
