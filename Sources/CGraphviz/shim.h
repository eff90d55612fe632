/* The Graphviz headers ActorGraphGraphviz needs (from Debian's libgraphviz-dev). */
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
#include <stddef.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/*
 * gvRenderData's length parameter is `unsigned int *` in Graphviz 2.x (Debian 12 ships 2.42)
 * and `size_t *` in later releases. This wrapper picks the right call at compile time, so the
 * Swift side always sees `size_t *`.
 */
static inline int cgraphviz_render_data(GVC_t *gvc, graph_t *g, const char *format,
                                        char **result, size_t *length) {
    typedef int (*narrow_render_data)(GVC_t *, graph_t *, const char *, char **, unsigned int *);
    typedef int (*wide_render_data)(GVC_t *, graph_t *, const char *, char **, size_t *);
    if (_Generic(&gvRenderData, narrow_render_data: 1, default: 0)) {
        unsigned int narrow = 0;
        int status = ((narrow_render_data)&gvRenderData)(gvc, g, format, result, &narrow);
        *length = narrow;
        return status;
    }
    return ((wide_render_data)&gvRenderData)(gvc, g, format, result, length);
}
#endif
