/* The Graphviz headers ActorGraphGraphviz needs (from Debian's libgraphviz-dev). */
#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
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
/*
 * Deterministic object ids for parsed graphs.
 *
 * cgraph's default id discipline (AgIdDisc) uses the address of a name's interned string as
 * the id of a named object, and keeps subgraphs in a dictionary ordered by id. So the order in
 * which Graphviz 2.x visits clusters -- in `dot`'s cluster ranking and crossing minimisation,
 * and in the order it writes them to SVG -- follows heap addresses, which differ from one
 * render to the next inside a long-lived process. (Later Graphviz releases keep subgraphs in
 * creation order.) This discipline gives named objects ids in order of first appearance
 * (2, 4, 6...; anonymous objects keep odd ids), so the same DOT text always yields the same
 * order and the same output. The names are still interned in the graph's string pool, exactly
 * as the default discipline does, so `agnameof` and `agstrfree` behave as usual.
 */
typedef struct {
    Agraph_t *graph;
    IDTYPE next_anonymous;
    char **names;                  /* names[i] is the interned name with id 2 * (i + 1) */
    size_t count, capacity;
    char **slots;                  /* open-addressing table of interned names... */
    size_t *slot_indices;          /* ...and their index in `names` */
    size_t slot_capacity;          /* a power of two, or 0 */
} cgraphviz_ids;

static inline size_t cgraphviz_ids_hash(const char *name, size_t capacity) {
    uint64_t x = (uint64_t)(uintptr_t)name;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x & (capacity - 1);
}

/* The index of the interned `name`, or (size_t)-1. */
static inline size_t cgraphviz_ids_find(const cgraphviz_ids *ids, const char *name) {
    if (ids->slot_capacity == 0) return (size_t)-1;
    for (size_t slot = cgraphviz_ids_hash(name, ids->slot_capacity);; slot = (slot + 1) & (ids->slot_capacity - 1)) {
        if (ids->slots[slot] == NULL) return (size_t)-1;
        if (ids->slots[slot] == name) return ids->slot_indices[slot];
    }
}

static inline void cgraphviz_ids_place(cgraphviz_ids *ids, char *name, size_t index) {
    size_t slot = cgraphviz_ids_hash(name, ids->slot_capacity);
    while (ids->slots[slot] != NULL) slot = (slot + 1) & (ids->slot_capacity - 1);
    ids->slots[slot] = name;
    ids->slot_indices[slot] = index;
}

/* Adds the interned `name` and returns its index, or (size_t)-1 when out of memory. */
static inline size_t cgraphviz_ids_add(cgraphviz_ids *ids, char *name) {
    if (ids->count == ids->capacity) {
        size_t capacity = ids->capacity ? ids->capacity * 2 : 64;
        char **names = (char **)realloc(ids->names, capacity * sizeof(char *));
        if (names == NULL) return (size_t)-1;
        ids->names = names;
        ids->capacity = capacity;
    }
    if ((ids->count + 1) * 2 > ids->slot_capacity) {
        size_t capacity = ids->slot_capacity ? ids->slot_capacity * 2 : 128;
        char **slots = (char **)calloc(capacity, sizeof(char *));
        size_t *indices = (size_t *)calloc(capacity, sizeof(size_t));
        if (slots == NULL || indices == NULL) { free(slots); free(indices); return (size_t)-1; }
        free(ids->slots);
        free(ids->slot_indices);
        ids->slots = slots;
        ids->slot_indices = indices;
        ids->slot_capacity = capacity;
        for (size_t index = 0; index < ids->count; index++) cgraphviz_ids_place(ids, ids->names[index], index);
    }
    ids->names[ids->count] = name;
    cgraphviz_ids_place(ids, name, ids->count);
    return ids->count++;
}

static inline void *cgraphviz_ids_open(Agraph_t *graph, Agdisc_t *disc) {
    (void)disc;
    cgraphviz_ids *ids = (cgraphviz_ids *)calloc(1, sizeof(cgraphviz_ids));
    if (ids == NULL) abort();                   /* as cgraph itself does when memory runs out */
    ids->graph = graph;
    ids->next_anonymous = 1;
    return ids;
}

static inline long cgraphviz_ids_map(void *state, int objtype, char *name, IDTYPE *id, int createflag) {
    cgraphviz_ids *ids = (cgraphviz_ids *)state;
    (void)objtype;
    if (name == NULL) {
        *id = ids->next_anonymous;
        ids->next_anonymous += 2;
        return 1;
    }
    char *interned = createflag ? agstrdup(ids->graph, name) : agstrbind(ids->graph, name);
    size_t index = interned ? cgraphviz_ids_find(ids, interned) : (size_t)-1;
    if (index == (size_t)-1 && interned && createflag) {
        index = cgraphviz_ids_add(ids, interned);
        if (index == (size_t)-1) abort();
    }
    *id = index == (size_t)-1 ? 0 : (IDTYPE)(index + 1) * 2;   /* 0: no object has this name */
    return 1;
}

static inline long cgraphviz_ids_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;                                   /* like AgIdDisc: no ids chosen by the caller */
}

static inline void cgraphviz_ids_free(void *state, int objtype, IDTYPE id) {
    cgraphviz_ids *ids = (cgraphviz_ids *)state;
    (void)objtype;
    if (id != 0 && id % 2 == 0 && id / 2 - 1 < ids->count) agstrfree(ids->graph, ids->names[id / 2 - 1]);
}

static inline char *cgraphviz_ids_print(void *state, int objtype, IDTYPE id) {
    cgraphviz_ids *ids = (cgraphviz_ids *)state;
    (void)objtype;
    if (id != 0 && id % 2 == 0 && id / 2 - 1 < ids->count) return ids->names[id / 2 - 1];
    return NULL;
}

static inline void cgraphviz_ids_close(void *state) {
    cgraphviz_ids *ids = (cgraphviz_ids *)state;
    free(ids->names);
    free(ids->slots);
    free(ids->slot_indices);
    free(ids);
}

static inline void cgraphviz_ids_register(void *state, int objtype, void *object) {
    (void)state; (void)objtype; (void)object;
}

/* The text being parsed by cgraphviz_read_graph. */
typedef struct {
    const char *data;
    size_t length;
    size_t position;
} cgraphviz_reader;

/* Hands the lexer one line at a time, as agmemread's reader does. */
static inline int cgraphviz_read_line(void *channel, char *buffer, int size) {
    cgraphviz_reader *reader = (cgraphviz_reader *)channel;
    if (size <= 0 || reader->position >= reader->length) return 0;
    int count = 0;
    char c;
    do {
        c = reader->data[reader->position++];
        buffer[count++] = c;
    } while (c != '\n' && count < size && reader->position < reader->length);
    return count;
}

/* Parses DOT text like agmemread, but with the deterministic id discipline above. */
static inline Agraph_t *cgraphviz_read_graph(const char *text) {
    static Agiddisc_t ids = {
        cgraphviz_ids_open, cgraphviz_ids_map, cgraphviz_ids_alloc, cgraphviz_ids_free,
        cgraphviz_ids_print, cgraphviz_ids_close, cgraphviz_ids_register,
    };
    /* Static, because cgraph's lexer keeps pointers to the discipline and the reader after the
       parse; the caller serialises every call into Graphviz anyway. */
    static Agiodisc_t io;
    static Agdisc_t disc;
    static cgraphviz_reader reader;
    io.afread = cgraphviz_read_line;
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    disc.mem = &AgMemDisc;
    disc.id = &ids;
    disc.io = &io;
    reader.data = text;
    reader.length = strlen(text);
    reader.position = 0;
    return agread(&reader, &disc);
}
#endif
