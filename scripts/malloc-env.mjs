// glibc malloc settings for every build and benchmark process (scripts/run.mjs, the benchmark's
// child builds). Plain JavaScript: scripts/run.mjs imports it on the old Node it replaces.
//
// MALLOC_ARENA_MAX: glibc gives every thread its own arena by default (8 per core); a build runs a
// dozen threads, and the idle arenas cost about 100 MB at 5,000 advisories. Two are enough.
// MALLOC_MMAP_THRESHOLD_: glibc's default, 128 KiB, but pinned. Left dynamic, it rises to the size
// of the largest block freed (a social card's 3 MB of pixels), after which such blocks come from
// the arenas and fragment them: the build process held about 180 MB more at 5,000 advisories.
/** @type {Readonly<Record<string, string>>} */
export const MALLOC_ENV = Object.freeze({ MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072' });
