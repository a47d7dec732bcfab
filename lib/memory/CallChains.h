//===--- CallChains.h - The walk from a handler to what it reaches -*- C++ -*-===//
//
// One walk serves the per-TU check (over the AST's functions) and the
// whole-module link step (over the functions of every summary): breadth
// first from a handler, so that everything it reaches comes with its
// shortest call chain, within a call depth. A function already expanded
// with at least as much depth left by an earlier walk (from another
// handler) is not expanded again: each site is found once, through the
// first handler that reaches it, and the cost stays linear in the graph.
//
//===----------------------------------------------------------------------===//

#ifndef IIS_TIDY_LIB_MEMORY_CALLCHAINS_H
#define IIS_TIDY_LIB_MEMORY_CALLCHAINS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include <algorithm>
#include <vector>

namespace iismodel {

/// One call on a chain: from Caller, through Edge, into Callee.
template <typename NodeT, typename EdgeT> struct ChainStep {
  NodeT Caller;
  const EdgeT *Edge;
  NodeT Callee;
};

/// Walks call graphs whose functions are \p NodeT (a DenseMap key) and whose
/// calls are \p EdgeT, remembering across walks how deep each function was
/// expanded.
template <typename NodeT, typename EdgeT> class CallChainWalker {
public:
  using Step = ChainStep<NodeT, EdgeT>;

  explicit CallChainWalker(unsigned MaxCallDepth) : MaxCallDepth(MaxCallDepth) {}

  /// Visits \p Root and the functions it reaches within MaxCallDepth calls:
  /// \p Visit(Node, Chain) with the shortest chain from \p Root (empty for
  /// \p Root itself). \p Calls(Node) gives a node's outgoing edges (a range
  /// of EdgeT), \p Callee(Edge) the node an edge enters, or std::nullopt
  /// for a function outside the graph.
  template <typename CallsFn, typename CalleeFn, typename VisitFn>
  void walk(NodeT Root, CallsFn Calls, CalleeFn Callee, VisitFn Visit) {
    struct Visited {
      NodeT Node;
      unsigned Depth;
      int Parent; // Index into Visits, -1 for the root.
      const EdgeT *Edge;
    };
    std::vector<Visited> Visits{{Root, 0, -1, nullptr}};
    llvm::DenseSet<NodeT> Seen{Root};
    std::vector<Step> Chain;
    for (size_t I = 0; I < Visits.size(); ++I) {
      const Visited Current = Visits[I];
      unsigned Remaining = MaxCallDepth - Current.Depth;
      auto [It, Inserted] = ExpandedDepth.try_emplace(Current.Node, Remaining);
      if (!Inserted) {
        if (It->second >= Remaining)
          continue;
        It->second = Remaining;
      }
      Chain.clear();
      for (int V = static_cast<int>(I); Visits[V].Edge; V = Visits[V].Parent)
        Chain.push_back({Visits[Visits[V].Parent].Node, Visits[V].Edge, Visits[V].Node});
      std::reverse(Chain.begin(), Chain.end());
      Visit(Current.Node, llvm::ArrayRef<Step>(Chain));
      if (Remaining == 0)
        continue;
      for (const EdgeT &Edge : Calls(Current.Node))
        if (auto Next = Callee(Edge); Next && Seen.insert(*Next).second)
          Visits.push_back({*Next, Current.Depth + 1, static_cast<int>(I), &Edge});
    }
  }

private:
  unsigned MaxCallDepth;
  llvm::DenseMap<NodeT, unsigned> ExpandedDepth;
};

} // namespace iismodel

#endif // IIS_TIDY_LIB_MEMORY_CALLCHAINS_H
