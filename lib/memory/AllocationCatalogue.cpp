//===--- AllocationCatalogue.cpp - Heap allocators as data ----------------===//

#include "memory/AllocationCatalogue.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"

using namespace clang;

namespace iismodel {

static const AllocationFamilyInfo Families[] = {
    {AllocationFamily::CxxNew, "C++ heap", "delete", PoolAdvice::UsePool},
    {AllocationFamily::CxxNewArray, "C++ heap", "delete[]", PoolAdvice::UsePool},
    {AllocationFamily::SmartPointer, "C++ heap", "the smart pointer", PoolAdvice::UsePool},
    {AllocationFamily::CRuntime, "C runtime heap", "free", PoolAdvice::UsePool},
    {AllocationFamily::AlignedCRuntime, "C runtime heap", "_aligned_free",
     PoolAdvice::AlignmentNeeded},
    {AllocationFamily::ProcessHeap, "Win32 heap", "HeapFree", PoolAdvice::UsePool},
    {AllocationFamily::LocalMemory, "Win32 local heap", "LocalFree", PoolAdvice::UsePool},
    {AllocationFamily::GlobalMemory, "Win32 global heap", "GlobalFree", PoolAdvice::UsePool},
    {AllocationFamily::VirtualMemory, "virtual memory manager", "VirtualFree",
     PoolAdvice::AlignmentNeeded},
    {AllocationFamily::CoTaskMemory, "COM task allocator", "CoTaskMemFree",
     PoolAdvice::HandedToCom},
    {AllocationFamily::Bstr, "COM BSTR cache", "SysFreeString", PoolAdvice::BstrOnce},
    {AllocationFamily::FormatMessageBuffer, "Win32 local heap", "LocalFree",
     PoolAdvice::FormatIntoPool},
    {AllocationFamily::Container, "C++ heap", "the container", PoolAdvice::ContainerGrowth},
};

static const AllocationFunction Functions[] = {
    {"malloc", AllocationFamily::CRuntime},
    {"calloc", AllocationFamily::CRuntime},
    {"realloc", AllocationFamily::CRuntime},
    {"_recalloc", AllocationFamily::CRuntime},
    {"strdup", AllocationFamily::CRuntime},
    {"wcsdup", AllocationFamily::CRuntime},
    {"_strdup", AllocationFamily::CRuntime},
    {"_wcsdup", AllocationFamily::CRuntime},
    {"_mbsdup", AllocationFamily::CRuntime},
    {"_aligned_malloc", AllocationFamily::AlignedCRuntime},
    {"_aligned_offset_malloc", AllocationFamily::AlignedCRuntime},
    {"_aligned_realloc", AllocationFamily::AlignedCRuntime},
    {"HeapAlloc", AllocationFamily::ProcessHeap},
    {"HeapReAlloc", AllocationFamily::ProcessHeap},
    {"LocalAlloc", AllocationFamily::LocalMemory},
    {"LocalReAlloc", AllocationFamily::LocalMemory},
    {"GlobalAlloc", AllocationFamily::GlobalMemory},
    {"GlobalReAlloc", AllocationFamily::GlobalMemory},
    {"VirtualAlloc", AllocationFamily::VirtualMemory},
    {"VirtualAllocEx", AllocationFamily::VirtualMemory},
    {"VirtualAllocExNuma", AllocationFamily::VirtualMemory},
    {"CoTaskMemAlloc", AllocationFamily::CoTaskMemory},
    {"CoTaskMemRealloc", AllocationFamily::CoTaskMemory},
    {"SysAllocString", AllocationFamily::Bstr},
    {"SysAllocStringLen", AllocationFamily::Bstr},
    {"SysAllocStringByteLen", AllocationFamily::Bstr},
    {"SysReAllocString", AllocationFamily::Bstr},
    {"SysReAllocStringLen", AllocationFamily::Bstr},
    {"FormatMessageA", AllocationFamily::FormatMessageBuffer},
    {"FormatMessageW", AllocationFamily::FormatMessageBuffer},
    {"FormatMessage", AllocationFamily::FormatMessageBuffer},
};

static const AllocationFunction StdFunctions[] = {
    {"make_unique", AllocationFamily::SmartPointer},
    {"make_shared", AllocationFamily::SmartPointer},
};

const AllocationFamilyInfo &familyInfo(AllocationFamily Family) {
  for (const AllocationFamilyInfo &Info : Families)
    if (Info.Family == Family)
      return Info;
  llvm_unreachable("every family has an entry");
}

llvm::ArrayRef<AllocationFunction> allocationFunctions() { return Functions; }

static const std::pair<llvm::StringLiteral, AllocationFamily> OptionNames[] = {
    {"new", AllocationFamily::CxxNew},
    {"crt", AllocationFamily::CRuntime},
    {"aligned", AllocationFamily::AlignedCRuntime},
    {"heap", AllocationFamily::ProcessHeap},
    {"local", AllocationFamily::LocalMemory},
    {"global", AllocationFamily::GlobalMemory},
    {"virtual", AllocationFamily::VirtualMemory},
    {"cotaskmem", AllocationFamily::CoTaskMemory},
    {"bstr", AllocationFamily::Bstr},
};

std::optional<AllocationFamily> familyByOptionName(llvm::StringRef Name) {
  for (const auto &[OptionName, Family] : OptionNames)
    if (OptionName == Name)
      return Family;
  return std::nullopt;
}

std::string familyOptionNames() {
  std::string Result;
  for (const auto &[OptionName, Family] : OptionNames) {
    if (!Result.empty())
      Result += ", ";
    Result += OptionName;
  }
  return Result;
}

AllocationCatalogue::AllocationCatalogue() {
  for (const AllocationFunction &F : Functions)
    ByIdentifier[F.Name].push_back({F, F.Name.str(), false, false});
  for (const AllocationFunction &F : StdFunctions)
    ByIdentifier[F.Name].push_back({F, ("std::" + F.Name).str(), false, false});
}

// "::a::b" and "a::b" -> {"b", "a::b"}; "b" -> {"b", ""}, any scope.
static std::pair<llvm::StringRef, llvm::StringRef> splitQualifiedName(llvm::StringRef Name) {
  Name = Name.trim();
  bool Rooted = Name.consume_front("::");
  size_t Last = Name.rfind("::");
  llvm::StringRef Identifier = Last == llvm::StringRef::npos ? Name : Name.drop_front(Last + 2);
  return {Identifier, Rooted || Last != llvm::StringRef::npos ? Name : ""};
}

void AllocationCatalogue::add(llvm::StringRef QualifiedName, AllocationFamily Family) {
  Names.push_back(QualifiedName.trim().str());
  auto [Identifier, Qualified] = splitQualifiedName(Names.back());
  auto &Entries = ByIdentifier[Identifier];
  // Added entries win over built-in ones of the same name.
  Entries.insert(Entries.begin(), {{Identifier, Family}, Qualified.str(), false, true});
}

void AllocationCatalogue::ignore(llvm::StringRef QualifiedName) {
  auto [Identifier, Qualified] = splitQualifiedName(QualifiedName);
  auto It = ByIdentifier.find(Identifier);
  if (It == ByIdentifier.end())
    return;
  for (Entry &E : It->second)
    if (Qualified.empty() || E.Qualified == Qualified)
      E.Ignored = true;
}

const AllocationFunction *AllocationCatalogue::lookup(const FunctionDecl *Callee) const {
  if (!Callee)
    return nullptr;
  // Built-in entries are free functions; a user may add member functions by
  // their qualified name ("CPool::Take").
  const bool IsMethod = isa<CXXMethodDecl>(Callee);
  const IdentifierInfo *Id = Callee->getIdentifier();
  if (!Id)
    return nullptr;
  auto It = ByIdentifier.find(Id->getName());
  if (It == ByIdentifier.end())
    return nullptr;
  const DeclContext *Context = Callee->getDeclContext()->getRedeclContext();
  std::string CalleeQualified; // Computed only when an entry needs it.
  for (const Entry &E : It->second) {
    bool Matches;
    if (IsMethod && !E.Added)
      Matches = false;
    else if (E.Qualified.empty())
      Matches = true;
    else if (E.Qualified == Id->getName())
      Matches = Context->isTranslationUnit();
    else if (E.Qualified.size() == Id->getLength() + 5 &&
             llvm::StringRef(E.Qualified).starts_with("std::"))
      Matches = Context->isStdNamespace();
    else {
      if (CalleeQualified.empty())
        CalleeQualified = Callee->getQualifiedNameAsString();
      Matches = CalleeQualified == E.Qualified;
    }
    if (Matches)
      return E.Ignored ? nullptr : &E.Function;
  }
  return nullptr;
}

// realloc and the ReAlloc functions release their argument too.
static const DeallocationFunction Deallocators[] = {
    {"free", 0},          {"realloc", 0},          {"_recalloc", 0},
    {"_aligned_free", 0}, {"_aligned_realloc", 0}, {"HeapFree", 2},
    {"HeapReAlloc", 2},   {"LocalFree", 0},        {"LocalReAlloc", 0},
    {"GlobalFree", 0},    {"GlobalReAlloc", 0},    {"VirtualFree", 0},
    {"CoTaskMemFree", 0}, {"CoTaskMemRealloc", 0}, {"SysFreeString", 0},
};

DeallocationCatalogue::DeallocationCatalogue() {
  for (const DeallocationFunction &F : Deallocators)
    ByIdentifier[F.Name].push_back({F.PointerArgument, ""});
}

void DeallocationCatalogue::add(llvm::StringRef QualifiedName, unsigned PointerArgument) {
  QualifiedName = QualifiedName.trim();
  auto [Identifier, Qualified] = splitQualifiedName(QualifiedName);
  auto &Entries = ByIdentifier[Identifier];
  // "::name" is the global function: the built-in entries' rule.
  bool Global = QualifiedName.starts_with("::") && !Qualified.contains("::");
  Entries.insert(Entries.begin(), {PointerArgument, Global              ? ""
                                                    : Qualified.empty() ? Identifier.str()
                                                                        : Qualified.str()});
}

std::optional<unsigned> DeallocationCatalogue::releasedArgument(const FunctionDecl *Callee) const {
  const IdentifierInfo *Id = Callee ? Callee->getIdentifier() : nullptr;
  if (!Id)
    return std::nullopt;
  auto It = ByIdentifier.find(Id->getName());
  if (It == ByIdentifier.end())
    return std::nullopt;
  std::optional<std::string> CalleeQualified;
  for (const Entry &E : It->second) {
    bool Matches;
    if (E.Qualified.empty())
      Matches = !isa<CXXMethodDecl>(Callee) &&
                Callee->getDeclContext()->getRedeclContext()->isTranslationUnit();
    else if (E.Qualified == Id->getName())
      Matches = true;
    else {
      if (!CalleeQualified)
        CalleeQualified = Callee->getQualifiedNameAsString();
      Matches = *CalleeQualified == E.Qualified;
    }
    if (Matches && E.PointerArgument < Callee->getNumParams())
      return E.PointerArgument;
  }
  return std::nullopt;
}

std::string poolAdvice(AllocationFamily Family, llvm::StringRef PoolCall) {
  const AllocationFamilyInfo &Info = familyInfo(Family);
  switch (Info.Advice) {
  case PoolAdvice::UsePool:
    return llvm::formatv("use {0} instead; IIS frees request memory when the "
                         "request ends",
                         PoolCall);
  case PoolAdvice::AlignmentNeeded:
    return llvm::formatv("the request pool ({0}) does not promise page size or "
                         "alignment; if that is why this allocator was chosen, "
                         "allocate once outside the request",
                         PoolCall);
  case PoolAdvice::HandedToCom:
    return llvm::formatv("memory handed to COM must come from CoTaskMemAlloc, "
                         "but memory the module keeps should come from {0}",
                         PoolCall);
  case PoolAdvice::BstrOnce:
    return "COM frees BSTRs with SysFreeString, so the request pool cannot "
           "stand in; create constant BSTRs once, outside the request";
  case PoolAdvice::ContainerGrowth:
    return llvm::formatv("the container allocates on the heap as it grows; "
                         "use a fixed buffer from {0}, or keep the container "
                         "out of the request path",
                         PoolCall);
  case PoolAdvice::FormatIntoPool:
    return llvm::formatv("format into a buffer from {0} instead of "
                         "FORMAT_MESSAGE_ALLOCATE_BUFFER",
                         PoolCall);
  }
  llvm_unreachable("covered switch");
}

} // namespace iismodel
