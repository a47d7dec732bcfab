//===--- HeapMessages.h - What iis-request-heap-allocation says -*- C++ -*-===//
//
// The texts of iis-request-heap-allocation, for the per-TU check and the
// whole-module link step alike (clang diagnostic formats; the check passes
// declarations, which clang quotes, the link step quoted names).
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_MEMORY_HEAPMESSAGES_H
#define IIS_TIDY_LIB_MEMORY_HEAPMESSAGES_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace iismodel {

/// %0 allocation spelling, %1 allocating function, %2 advice.
inline constexpr llvm::StringLiteral DirectAllocationMessage =
    "heap allocation with '%0' in %1; %2";
/// %0 allocation spelling, %1 allocating function, %2 the root ("request
/// handler 'OnBeginRequest'"), %3 advice.
inline constexpr llvm::StringLiteral ReachedAllocationMessage =
    "heap allocation with '%0' in %1, reached from %2; %3";
/// How the messages name the root \p Root, which overrides the SDK method
/// \p SdkMethod: "request handler 'OnBeginRequest'", or only
/// "'GetHttpModule'" for the factory method, which handles no notification.
inline std::string rootForMessage(llvm::StringRef Root, llvm::StringRef SdkMethod) {
  std::string Quoted = "'" + Root.str() + "'";
  return SdkMethod.ends_with("GetHttpModule") ? Quoted : "request handler " + Quoted;
}

/// The quick fix that moves an allocation into the request pool (and drops
/// its releases), as an editor titles it.
inline constexpr llvm::StringLiteral PoolFixNote = "allocate from the request pool";

/// %0 callee, %1 caller.
inline constexpr llvm::StringLiteral CallNote = "%0 called here from %1";
/// %0 the constructed class, %1 caller.
inline constexpr llvm::StringLiteral ConstructionNote = "constructor of %0 called here from %1";
/// %0 the root, %1 the SDK method it overrides (quoted), %2 timingText().
inline constexpr llvm::StringLiteral RootNote = "%0 overrides %1, which IIS calls %2";

} // namespace iismodel

#endif // IIS_TIDY_LIB_MEMORY_HEAPMESSAGES_H
