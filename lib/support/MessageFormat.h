//===--- MessageFormat.h - One message text for every front door -*- C++ -*-===//
//
// Messages live in lib/ beside their rule, written as clang diagnostic
// formats with plain %0..%9 arguments: the checks hand them to diag(), and
// the whole-module link step, which prints without clang's diagnostics
// engine, fills them in here.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_SUPPORT_MESSAGEFORMAT_H
#define IIS_TIDY_LIB_SUPPORT_MESSAGEFORMAT_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace iismodel {

/// \p Format with each %N replaced by \p Args[N].
std::string formatMessage(llvm::StringRef Format, llvm::ArrayRef<std::string> Args);

} // namespace iismodel

#endif // IIS_TIDY_LIB_SUPPORT_MESSAGEFORMAT_H
