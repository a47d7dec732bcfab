//===--- CheckGlobs.cpp - clang-tidy's check globs ------------------------===//

#include "support/CheckGlobs.h"
#include "llvm/ADT/SmallVector.h"

namespace iismodel {

// '*' matches any run; everything else itself.
static bool globMatches(llvm::StringRef Glob, llvm::StringRef Name) {
  if (Glob.empty())
    return Name.empty();
  if (Glob.front() == '*') {
    for (size_t Skip = 0; Skip <= Name.size(); ++Skip)
      if (globMatches(Glob.drop_front(), Name.drop_front(Skip)))
        return true;
    return false;
  }
  return !Name.empty() && Glob.front() == Name.front() &&
         globMatches(Glob.drop_front(), Name.drop_front());
}

bool globsMatch(llvm::StringRef Globs, llvm::StringRef Check) {
  bool Selected = false;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Globs.split(Parts, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim(" \t\r\n");
    bool Exclude = Part.consume_front("-");
    if (!Part.empty() && globMatches(Part, Check))
      Selected = !Exclude;
  }
  return Selected;
}

} // namespace iismodel
