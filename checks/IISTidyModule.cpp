//===--- IISTidyModule.cpp - iis-tidy -------------------------------------===//
//
// Registers the iis-* checks with clang-tidy, alphabetically. The plugin is
// built against one LLVM release and refuses to load into any other: a
// clang-tidy of another version has a different ABI, and running against it
// would crash or silently misreport.
//
//===----------------------------------------------------------------------===//

#include "HandlerSignatureMismatchCheck.h"
#include "NotificationMaskMismatchCheck.h"
#include "PoolPlacementDeleteCheck.h"
#include "RegisterModuleExportCheck.h"
#include "RequestHeapAllocationCheck.h"
#include "RequestMemoryEscapeCheck.h"
#include "RequestMemoryFreeCheck.h"

#include "clang-tidy/ClangTidyModule.h"
#include "clang/Basic/Version.h"
#include "llvm/Config/llvm-config.h"
#include <cstdio>
#include <cstdlib>
#include <string>

namespace clang::tidy::iis {

class IISTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &CheckFactories) override {
    CheckFactories.registerCheck<HandlerSignatureMismatchCheck>("iis-handler-signature-mismatch");
    CheckFactories.registerCheck<NotificationMaskMismatchCheck>("iis-notification-mask-mismatch");
    CheckFactories.registerCheck<PoolPlacementDeleteCheck>("iis-pool-placement-delete");
    CheckFactories.registerCheck<RegisterModuleExportCheck>("iis-registermodule-export");
    CheckFactories.registerCheck<RequestHeapAllocationCheck>("iis-request-heap-allocation");
    CheckFactories.registerCheck<RequestMemoryEscapeCheck>("iis-request-memory-escape");
    CheckFactories.registerCheck<RequestMemoryFreeCheck>("iis-request-memory-free");
  }
};

// The host's clang library answers getClangFullVersion() ("... version
// X.Y.Z ..."). A release is X.Y: the shared libraries' soname, and so the ABI,
// changes with it, while patch releases keep it.
static bool hostIsOurRelease(const std::string &HostVersion) {
  const std::string OurRelease = "version " + std::to_string(LLVM_VERSION_MAJOR) + "." +
                                 std::to_string(LLVM_VERSION_MINOR) + ".";
  return HostVersion.find(OurRelease) != std::string::npos;
}

static bool registerModule() {
  const std::string HostVersion = clang::getClangFullVersion();
  if (!hostIsOurRelease(HostVersion)) {
    std::fprintf(stderr,
                 "error: the iis-tidy plugin was built for clang-tidy %s and "
                 "cannot run in this clang-tidy (%s); use clang-tidy %d.%d "
                 "(for example /usr/lib/llvm-%d/bin/clang-tidy) or rebuild "
                 "iis-tidy against this LLVM\n",
                 LLVM_VERSION_STRING, HostVersion.c_str(), LLVM_VERSION_MAJOR, LLVM_VERSION_MINOR,
                 LLVM_VERSION_MAJOR);
    std::_Exit(1);
  }
  static ClangTidyModuleRegistry::Add<IISTidyModule> Registration(
      "iis-module", "Checks for IIS native HTTP modules.");
  return true;
}

static const bool Registered = registerModule();

} // namespace clang::tidy::iis
