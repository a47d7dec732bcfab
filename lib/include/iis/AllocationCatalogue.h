//===--- AllocationCatalogue.h - Heap allocators as data --------*- C++ -*-===//
//
// The heap allocation APIs seen in IIS modules, grouped into families that
// share a deallocator and the advice a developer needs when one of them runs
// per request. Kept as data so that checks ask one place and options extend it.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_ALLOCATIONCATALOGUE_H
#define IIS_TIDY_LIB_ALLOCATIONCATALOGUE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace clang {
class FunctionDecl;
} // namespace clang

namespace iis {

enum class AllocationFamily {
  CxxNew,
  CxxNewArray,
  SmartPointer,
  CRuntime,
  AlignedCRuntime,
  ProcessHeap,
  LocalMemory,
  GlobalMemory,
  VirtualMemory,
  CoTaskMemory,
  Bstr,
  FormatMessageBuffer,
};

/// What to tell a developer who allocates from a family per request.
enum class PoolAdvice {
  /// The request pool replaces it directly.
  UsePool,
  /// Chosen for page size or alignment, which the pool does not promise.
  AlignmentNeeded,
  /// COM owns and frees it; the pool cannot stand in.
  HandedToCom,
  /// BSTRs are freed by COM: create constant ones once, outside the request.
  BstrOnce,
  /// FormatMessage(FORMAT_MESSAGE_ALLOCATE_BUFFER): format into a pool buffer.
  FormatIntoPool,
};

struct AllocationFamilyInfo {
  AllocationFamily Family;
  /// Human-readable name of the memory source, e.g. "C runtime heap".
  llvm::StringRef Source;
  /// The function that releases this family's memory.
  llvm::StringRef Deallocator;
  PoolAdvice Advice;
};

/// A function that returns heap memory.
struct AllocationFunction {
  llvm::StringRef Name;
  AllocationFamily Family;
};

const AllocationFamilyInfo &familyInfo(AllocationFamily Family);

/// Every catalogued allocation function.
llvm::ArrayRef<AllocationFunction> allocationFunctions();

/// The catalogue entry for \p Callee: a global (or extern "C") C/Win32
/// function, or std::make_unique / std::make_shared. Null for anything else,
/// including same-named functions in user namespaces and class members.
const AllocationFunction *lookupAllocationFunction(const clang::FunctionDecl *Callee);

/// FORMAT_MESSAGE_ALLOCATE_BUFFER: only then does FormatMessage allocate.
constexpr unsigned FormatMessageAllocateBuffer = 0x00000100;

/// The advice sentence for \p Family, naming \p PoolCall (for example
/// "'pHttpContext->AllocateRequestMemory()'") where the pool is the answer.
std::string poolAdvice(AllocationFamily Family, llvm::StringRef PoolCall);

} // namespace iis

#endif // IIS_TIDY_LIB_ALLOCATIONCATALOGUE_H
