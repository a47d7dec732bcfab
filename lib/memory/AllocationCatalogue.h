//===--- AllocationCatalogue.h - Heap allocators as data --------*- C++ -*-===//
//
// The heap allocation APIs seen in IIS modules, grouped into families that
// share a deallocator and the advice a developer needs when one of them runs
// per request. Kept as data so that checks ask one place and options extend it.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_MEMORY_ALLOCATIONCATALOGUE_H
#define IIS_TIDY_LIB_MEMORY_ALLOCATIONCATALOGUE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class FunctionDecl;
} // namespace clang

namespace iismodel {

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
  /// Owning containers and strings (the opt-in tier).
  Container,
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
  /// A container that grows per request: size it once, or keep it out of
  /// the request path.
  ContainerGrowth,
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

/// Every built-in catalogue entry.
llvm::ArrayRef<AllocationFunction> allocationFunctions();

/// The family named \p Name in options ("new", "crt", "heap", ...), if any.
std::optional<AllocationFamily> familyByOptionName(llvm::StringRef Name);

/// The option names of all families, for messages.
std::string familyOptionNames();

/// The allocation functions a TU is checked against: the built-in entries
/// (global C/Win32 functions, std::make_unique/make_shared) plus functions a
/// user adds, minus functions a user ignores.
class AllocationCatalogue {
public:
  AllocationCatalogue();

  /// Adds \p QualifiedName ("::ns::Alloc" or "Alloc" for any scope).
  void add(llvm::StringRef QualifiedName, AllocationFamily Family);
  /// Stops reporting \p QualifiedName, built-in or added.
  void ignore(llvm::StringRef QualifiedName);

  /// The entry for \p Callee, or null. Built-in names match only at global
  /// scope (and in std for the smart-pointer factories): class members and
  /// same-named functions in user namespaces are not allocators. Added names
  /// match what they name, member functions included.
  const AllocationFunction *lookup(const clang::FunctionDecl *Callee) const;

private:
  struct Entry {
    AllocationFunction Function;
    /// The qualified name without leading "::" the callee must have; empty
    /// for an entry added without a scope, which matches in any scope.
    std::string Qualified;
    bool Ignored = false;
    /// Added by the user rather than built in.
    bool Added = false;
  };
  llvm::StringMap<llvm::SmallVector<Entry, 1>> ByIdentifier;
  std::vector<std::string> Names; // Owns the StringRefs of added entries.
};

/// A function that hands memory back to a heap: the pointer it releases is
/// argument \p PointerArgument (0-based).
struct DeallocationFunction {
  llvm::StringRef Name;
  unsigned PointerArgument;
};

/// The built-in deallocators (global C/Win32 functions), and any a user adds.
class DeallocationCatalogue {
public:
  DeallocationCatalogue();

  /// Adds \p QualifiedName: "Release" (any function of that name, members
  /// included), "::Release" (the global one) or "ns::CPool::Release".
  void add(llvm::StringRef QualifiedName, unsigned PointerArgument);

  /// The argument \p Callee releases, if it is a deallocator.
  std::optional<unsigned> releasedArgument(const clang::FunctionDecl *Callee) const;

private:
  struct Entry {
    unsigned PointerArgument;
    /// Empty: matches at global scope only (built-in entries, "::name");
    /// else the qualified name without "::", or the bare name for any scope.
    std::string Qualified;
  };
  llvm::StringMap<llvm::SmallVector<Entry, 1>> ByIdentifier;
};

/// FORMAT_MESSAGE_ALLOCATE_BUFFER: only then does FormatMessage allocate.
constexpr unsigned FormatMessageAllocateBuffer = 0x00000100;

/// The advice sentence for \p Family, naming \p PoolCall (for example
/// "'pHttpContext->AllocateRequestMemory()'") where the pool is the answer.
std::string poolAdvice(AllocationFamily Family, llvm::StringRef PoolCall);

} // namespace iismodel

#endif // IIS_TIDY_LIB_MEMORY_ALLOCATIONCATALOGUE_H
