//===--- MessageFormat.cpp - One message text for every front door --------===//

#include "support/MessageFormat.h"

namespace iismodel {

std::string formatMessage(llvm::StringRef Format, llvm::ArrayRef<std::string> Args) {
  std::string Text;
  for (size_t I = 0; I < Format.size(); ++I) {
    char Next = I + 1 < Format.size() ? Format[I + 1] : '\0';
    if (Format[I] == '%' && Next >= '0' && Next <= '9' &&
        static_cast<size_t>(Next - '0') < Args.size()) {
      Text += Args[Next - '0'];
      ++I;
    } else {
      Text += Format[I];
    }
  }
  return Text;
}

} // namespace iismodel
