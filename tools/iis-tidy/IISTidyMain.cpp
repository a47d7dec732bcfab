//===--- IISTidyMain.cpp - clang-tidy with the iis-* checks built in ------===//
//
// For hosts where --load does not work (Windows) and for IDE settings that
// take a custom clang-tidy binary: upstream clang-tidy's main, with every
// upstream module and the iis-* checks linked in.
//
//===----------------------------------------------------------------------===//

#include "clang-tidy/tool/ClangTidyMain.h"

int main(int argc, const char **argv) { return clang::tidy::clangTidyMain(argc, argv); }
