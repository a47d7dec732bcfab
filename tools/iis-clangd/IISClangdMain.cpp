//===--- IISClangdMain.cpp - clangd with the iis-* checks built in --------===//
//
// clangd cannot load clang-tidy plugins; this is clangd 22's own main with the
// iis-* checks linked in, for editors that speak LSP. The checks run when the
// project's .clangd enables them and sets FastCheckFilter to Loose or None
// (clangd otherwise skips checks it has not measured as fast).
//
//===----------------------------------------------------------------------===//

namespace clang::clangd {
// Defined in libclangdMain; LLVM does not install its header.
int clangdMain(int argc, char *argv[]);
} // namespace clang::clangd

int main(int argc, char *argv[]) { return clang::clangd::clangdMain(argc, argv); }
