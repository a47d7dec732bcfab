//===--- PrecompiledHeader.h - Which header a PCH can stand for -*- C++ -*-===//
//
// Nearly every IIS module compiles through a precompiled header (stdafx.h,
// pch.h): every source starts by reading the same windows.h, httpserv.h and
// STL. scripts/iis-lint parses that header once per set of flags and hands
// the result to clang-tidy for each source that reads it first. This decides,
// per source, which header that is; building and reusing the precompiled
// header is the lint run's business (scripts/precompiled.py).
//
// A precompiled header stands in only for what the compiler reads first, so
// the findings are the same with and without it: the first forced include,
// else the source's first #include when nothing but comments and blank
// lines precede it.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_COMPAT_PRECOMPILEDHEADER_H
#define IIS_TIDY_LIB_COMPAT_PRECOMPILEDHEADER_H

#include "projects/ProjectFile.h"
#include "llvm/ADT/ArrayRef.h"
#include <optional>
#include <string>

namespace iismodel {

/// The header the compiler reads first for \p Source under \p Arguments (a
/// clang command line as compileArguments builds it): the first '-include',
/// else the source's leading #include, searched as clang searches it (a
/// quoted name in the source's folder first, then the -I folders), ignoring
/// case as Windows does. None when the source starts with anything else or
/// the header is not found there.
std::optional<std::string> leadingHeader(llvm::StringRef Source,
                                         llvm::ArrayRef<std::string> Arguments);

/// Whether \p Compile precompiles a header (PrecompiledHeader is Use or
/// Create), and then its file name ("stdafx.h"; empty when the project
/// leaves it to MSBuild's default).
std::optional<std::string>
precompiledHeaderName(const ProjectConfiguration::CompileSettings &Compile);

/// Whether \p Header is the one a project that precompiles \p Name
/// ("stdafx.h", "..\\Common\\pch.h", or empty for the default) means:
/// the file names agree, ignoring case.
bool namesPrecompiledHeader(llvm::StringRef Name, llvm::StringRef Header);

} // namespace iismodel

#endif // IIS_TIDY_LIB_COMPAT_PRECOMPILEDHEADER_H
