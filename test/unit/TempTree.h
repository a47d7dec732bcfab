// A temporary folder tree for unit tests that read files: make() writes one,
// path() names one, and the tree is removed after the test.
#ifndef IIS_TIDY_TEST_UNIT_TEMPTREE_H
#define IIS_TIDY_TEST_UNIT_TEMPTREE_H

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <string>

class TempTree : public ::testing::Test {
protected:
  void SetUp() override { ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("iis-tree", Root)); }
  void TearDown() override { llvm::sys::fs::remove_directories(Root); }

  /// Writes \p Content to \p Relative under the tree, folders included.
  std::string make(llvm::StringRef Relative, llvm::StringRef Content = "") {
    std::string Path = path(Relative);
    llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path));
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    OS << Content;
    return Path;
  }

  std::string path(llvm::StringRef Relative) const {
    llvm::SmallString<256> Path(Root);
    llvm::sys::path::append(Path, Relative);
    return std::string(Path);
  }

  llvm::SmallString<256> Root;
};

#endif // IIS_TIDY_TEST_UNIT_TEMPTREE_H
