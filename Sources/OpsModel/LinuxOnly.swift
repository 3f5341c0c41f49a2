// opstop builds on Linux only: it follows files with inotify, reads with Glibc and draws with
// ncursesw. Say so at the first target that compiles instead of failing later on a missing module.
#if !os(Linux)
#error("opstop builds on Linux only (inotify, Glibc, ncursesw): build it on a Linux host or container")
#endif
