//===--- AllocationCatalogue.cpp - Heap allocators as data ----------------===//

#include "iis/AllocationCatalogue.h"

#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"

using namespace clang;

namespace iis {

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

template <size_t N>
static const AllocationFunction *find(const AllocationFunction (&Table)[N],
                                      llvm::StringRef Name) {
  for (const AllocationFunction &Entry : Table)
    if (Entry.Name == Name)
      return &Entry;
  return nullptr;
}

const AllocationFunction *lookupAllocationFunction(const FunctionDecl *Callee) {
  if (!Callee || isa<CXXMethodDecl>(Callee))
    return nullptr;
  const IdentifierInfo *Id = Callee->getIdentifier();
  if (!Id)
    return nullptr;
  const DeclContext *Context = Callee->getDeclContext()->getRedeclContext();
  if (Context->isTranslationUnit())
    return find(Functions, Id->getName());
  if (Context->isStdNamespace())
    return find(StdFunctions, Id->getName());
  return nullptr;
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
  case PoolAdvice::FormatIntoPool:
    return llvm::formatv("format into a buffer from {0} instead of "
                         "FORMAT_MESSAGE_ALLOCATE_BUFFER",
                         PoolCall);
  }
  llvm_unreachable("covered switch");
}

} // namespace iis
