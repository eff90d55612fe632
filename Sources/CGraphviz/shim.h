/* The Graphviz headers ActorGraphGraphviz needs (from Debian's libgraphviz-dev). */
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
