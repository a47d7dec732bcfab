//===--- IISClangdMain.cpp - clangd with the iis-* checks built in --------===//
//
// clangd cannot load clang-tidy plugins; this is clangd 22's own main with the
// iis-* checks linked in, for editors that speak LSP. The checks run when the
// project's .clangd enables them and sets FastCheckFilter to Loose or None
// (clangd otherwise skips checks it has not measured as fast). A fix of
// several edits goes on a note, whose text clangd takes as the quick fix's
// title.
//
//===----------------------------------------------------------------------===//

#include "IISCheck.h"

namespace clang::clangd {
// Defined in libclangdMain; LLVM does not install its header.
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

int main(int argc, char *argv[]) {
  // Quick fixes titled by what they do, not by the whole warning.
  clang::tidy::iis::setMultiEditFixesOnNotes(true);
  return clang::clangd::clangdMain(argc, argv);
}
