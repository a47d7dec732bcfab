//===--- HandlerEffect.h - Does a handler do anything? ----------*- C++ -*-===//
//
// An override whose event the module does not register never runs. That
// matters when the override does something (a call, a store outside its own
// locals, a delete, a loop): its work silently never happens. A stub that
// only declares locals from constants and returns a constant status is
// dead but harmless, and reporting it buries the findings that matter.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_IISAPI_HANDLEREFFECT_H
#define IIS_TIDY_LIB_IISAPI_HANDLEREFFECT_H

#include <optional>
#include <string>

namespace clang {
class FunctionDecl;
} // namespace clang

namespace iismodel {

/// What \p Definition does first that a stub does not, as the end of a
/// message: "its call to 'SecureZeroMemory' never runs". None for a stub:
/// locals declared from constants, parameters marked unused, a constant (or
/// such a local) returned. \p Definition must have a body.
std::optional<std::string> firstEffect(const clang::FunctionDecl *Definition);

} // namespace iismodel

#endif // IIS_TIDY_LIB_IISAPI_HANDLEREFFECT_H
